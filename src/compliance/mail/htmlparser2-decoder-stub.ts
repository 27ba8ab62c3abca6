// Stands in for `entities/decode` inside htmlparser2 (webpack resolve.alias and jest's
// moduleNameMapper point htmlparser2's import here). Our parser runs htmlparser2 with
// decodeEntities: false and decodes text and attributes itself (char-refs.ts), so htmlparser2's
// Tokenizer only constructs its decoder and never calls it; this spares every bundle that parses
// with htmlparser2 the 2,231-name trie (13 KB gzip). Should a call ever reach it, it throws, and a
// test (parse-html-htmlparser2.test.ts) would fail rather than text silently going undecoded.

export enum DecodingMode {
  Legacy = 0,
  Strict = 1,
  Attribute = 2,
}

export const htmlDecodeTree = new Uint16Array(0);
export const xmlDecodeTree = new Uint16Array(0);

export class EntityDecoder {
  constructor(..._args: unknown[]) {}
  startEntity(_mode: DecodingMode): never {
    throw new Error('htmlparser2 must run with decodeEntities: false (see char-refs.ts)');
  }
  write(_input: string, _offset: number): never {
    throw new Error('htmlparser2 must run with decodeEntities: false (see char-refs.ts)');
  }
  end(): never {
    throw new Error('htmlparser2 must run with decodeEntities: false (see char-refs.ts)');
  }
}
