// Builds the engine's plain HTML tree (html.ts) with htmlparser2: no DOM needed, so it runs in the
// send-time handler's JavaScript-only runtime and in node tests. Entities are decoded; tag and
// attribute names are lower-cased. Every node carries source offsets (start/end/innerEnd on
// elements, start on text), which body-merge.ts uses to splice the original string.
//
// Not re-exported from index.ts: htmlparser2 is ~22 KB gzip and the pane parses with DOMParser,
// so only the callers that need it import this file by path.
import { Parser } from 'htmlparser2';
import type { ElementNode, HtmlNode, ParseHtml, TextNode } from './html';

const VOID = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

export const parseHtmlWithHtmlparser2: ParseHtml = (html: string): HtmlNode[] => {
  const source = typeof html === 'string' ? html : String(html ?? '');
  const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [] };
  const stack: ElementNode[] = [root];
  let lastText: TextNode | null = null;
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
      const node: ElementNode = {
        type: 'element',
        tag: name.toLowerCase(),
        attrs: { ...attribs },
        children: [],
        // parser.startIndex can sit before the "<" (after an end tag like "</div >"), never after it.
        start: atOrAfter('<', parser.startIndex),
      };
      top().children.push(node);
      stack.push(node);
      lastText = null;
    },
    ontext(data: string) {
      if (lastText !== null) {
        lastText.text += data;
        return;
      }
      // Raw text: parser.endIndex is its last character. Decoded entity: it starts with "&".
      const rawStart = parser.endIndex + 1 - data.length;
      const start = rawStart >= 0 && source.startsWith(data, rawStart) ? rawStart : atOrAfter('&', parser.startIndex);
      const node: TextNode = { type: 'text', text: data, start };
      top().children.push(node);
      lastText = node;
    },
    onclosetag(name: string, isImplied: boolean) {
      // htmlparser2 only reports close events for elements on its stack, in order.
      if (stack.length <= 1) return;
      const node = stack.pop() as ElementNode;
      lastText = null;
      if (node.tag !== name.toLowerCase()) {
        // Defensive: should not happen; keep the tree consistent anyway.
        stack.push(node);
        return;
      }
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
    const p = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    p.write(source);
    ended = true;
    p.end();
  } catch {
    // htmlparser2 is not known to throw on text input; if it ever does, keep what was built.
  }
  return root.children;
};

export default parseHtmlWithHtmlparser2;
