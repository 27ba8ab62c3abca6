// Builds the engine's plain HTML tree (html.ts) with htmlparser2: no DOM needed, so it runs in the
// send-time handler's JavaScript-only runtime and in node tests. Character references are decoded
// here, on each text and attribute value, by char-refs.ts: htmlparser2 tokenizes faster with its
// own decoding off (it can skip ahead to the next "<" or quote), the text offsets then stay those
// of the source, and the builds leave its entity table out (htmlparser2-decoder-stub.ts). Tag and attribute names are
// lower-cased. Every node carries source offsets (start/end/innerEnd on
// elements, start on text), which body-merge.ts uses to splice the original string.
//
// Imported by path where needed: htmlparser2 is ~7 KB gzip and the pane parses with DOMParser,
// so only the callers that need it import this file by path.
import { Parser } from 'htmlparser2';
import { decodeHtmlAttribute, decodeHtmlText } from './char-refs';
import type { ElementNode, HtmlNode, ParseHtml, ParseHtmlOptions, TextNode } from './html';

const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/** Lower-cased names (the first of duplicates wins, as in HTML) and decoded values. */
function attributes(attribs: Record<string, string>): Record<string, string> {
  let out: Record<string, string> | null = null;
  for (const name in attribs) {
    const value = attribs[name] as string;
    const lower = /[A-Z]/.test(name) ? name.toLowerCase() : name;
    const decoded = value.indexOf('&') === -1 ? value : decodeHtmlAttribute(value);
    if (out === null && lower === name && decoded === value) continue;
    if (out === null) {
      out = {};
      for (const n in attribs) {
        if (n === name) break;
        out[n] = attribs[n] as string;
      }
    }
    if (!Object.prototype.hasOwnProperty.call(out, lower)) out[lower] = decoded;
  }
  return out ?? attribs;
}

const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

export const parseHtmlWithHtmlparser2: ParseHtml = (html: string, options?: ParseHtmlOptions): HtmlNode[] => {
  const stopAt = options?.stopAt;
  let stopped = false;
  const source = typeof html === 'string' ? html : String(html ?? '');
  const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [] };
  const stack: ElementNode[] = [root];
  let lastText: TextNode | null = null;
  /** Inside <script>/<style>: text is not decoded (as in HTML). */
  let raw = 0;
  let ended = false;
  // Assigned in onparserinit, before any other callback runs.
  let parser = null as unknown as Parser;

  const atOrAfter = (ch: string, from: number): number => {
    const i = source.indexOf(ch, Math.max(0, from));
    return i === -1 ? Math.max(0, Math.min(from, source.length)) : i;
  };
  const top = (): ElementNode => stack[stack.length - 1] as ElementNode;

  const handler = {
    onparserinit(p: Parser) {
      parser = p;
    },
    onopentag(name: string, attribs: Record<string, string>) {
      if (stopped) return;
      const node: ElementNode = {
        type: 'element',
        // Already lower-cased by htmlparser2; `attribs` is a fresh object per tag.
        tag: name,
        attrs: attributes(attribs),
        children: [],
        // parser.startIndex can sit before the "<" (after an end tag like "</div >"), never after it.
        start: atOrAfter('<', parser.startIndex),
        // Set when the element closes; declared now so every node has the same shape (faster).
        end: undefined,
        innerEnd: undefined,
      };
      top().children.push(node);
      stack.push(node);
      if (RAW_TEXT.has(name)) raw++;
      lastText = null;
      if (stopAt !== undefined && stopAt(node)) {
        stopped = true;
        parser.pause();
      }
    },
    ontext(data: string) {
      if (stopped) return;
      // Raw text (entities are decoded here): parser.endIndex is its last character.
      const start = parser.endIndex + 1 - data.length;
      const text = raw > 0 || data.indexOf('&') === -1 ? data : decodeHtmlText(data);
      if (lastText !== null) {
        lastText.text += text;
        return;
      }
      const node: TextNode = { type: 'text', text, start };
      top().children.push(node);
      lastText = node;
    },
    onclosetag(name: string, isImplied: boolean) {
      // htmlparser2 only reports close events for elements on its stack, in order.
      if (stopped || stack.length <= 1) return;
      const node = stack.pop() as ElementNode;
      lastText = null;
      if (node.tag !== name) {
        // Defensive: should not happen; keep the tree consistent anyway.
        stack.push(node);
        return;
      }
      if (RAW_TEXT.has(node.tag)) raw--;
      if (ended) {
        node.innerEnd = source.length;
        node.end = source.length;
      } else if (VOID.has(node.tag)) {
        const gt = source.indexOf('>', parser.endIndex);
        node.innerEnd = node.end = gt === -1 ? source.length : gt + 1;
      } else if (isImplied) {
        node.innerEnd = node.end = parser.startIndex;
      } else {
        node.innerEnd = parser.startIndex;
        const gt = source.indexOf('>', parser.endIndex);
        node.end = gt === -1 ? source.length : gt + 1;
      }
    },
    oncomment() {
      lastText = null;
    },
  };

  try {
    const p = new Parser(handler, {
      // Must stay false: the builds give htmlparser2 no entity decoder (htmlparser2-decoder-stub.ts).
      decodeEntities: false,
      lowerCaseTags: true,
      lowerCaseAttributeNames: false,
    });
    p.write(source);
    if (!stopped) {
      ended = true;
      p.end();
    }
  } catch {
    // htmlparser2 is not known to throw on text input; if it ever does, keep what was built.
  }
  return root.children;
};

export default parseHtmlWithHtmlparser2;
