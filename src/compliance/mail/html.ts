// A plain HTML tree that any parser can build: htmlparser2 in the send-time handler and tests
// (parse-html-htmlparser2.ts), DOMParser in the pane. The engine reads HTML only through it,
// never with regular expressions over markup.
//
// Building it from a DOM: one ElementNode per Element (tag = localName lower-cased, attrs from
// `attributes` with lower-cased names), one TextNode per Text node (its `data`, entities already
// decoded), comments and processing instructions dropped. `start`/`end` offsets are optional:
// only body-merge.ts needs them, and it brings its own htmlparser2 builder when they are missing.

export interface ElementNode {
  type: 'element';
  /** Lower-case tag name, e.g. "div", "a", "o:p". */
  tag: string;
  /** Attributes, lower-case names, decoded values. */
  attrs: Record<string, string>;
  children: HtmlNode[];
  /** Offset of the element's "<" in the source, when the parser knows it. */
  start?: number;
  /** Offset just past the element's end (after its end tag, or where it was implicitly closed). */
  end?: number;
  /** Offset where the element's content ends (the "<" of its end tag, when it has one). */
  innerEnd?: number;
}

export interface TextNode {
  type: 'text';
  /** Decoded text. */
  text: string;
  /** Offset of the text's first character in the source, when the parser knows it. */
  start?: number;
}

export type HtmlNode = ElementNode | TextNode;

export interface ParseHtmlOptions {
  /**
   * An optimisation a parser may honour: when an element for which this returns true opens, the
   * parser may include that element (its children need not be parsed) and stop, leaving out
   * everything after it. The engine passes it to skip a long quoted thread below appendonsend;
   * results are the same whether or not the parser honours it.
   */
  stopAt?: (element: ElementNode) => boolean;
}

/** Parses an HTML string into its top-level nodes. Must not throw on any input. */
export type ParseHtml = (html: string, options?: ParseHtmlOptions) => HtmlNode[];

/** Builds an element node (handy for tests and for DOM-based builders). */
export function el(tag: string, attrs: Record<string, string> = {}, children: HtmlNode[] = []): ElementNode {
  return { type: 'element', tag: tag.toLowerCase(), attrs, children };
}

/** Builds a text node. */
export function txt(text: string): TextNode {
  return { type: 'text', text };
}

/** Depth-first, document-order search; returns the first element for which `test` is true. */
export function findElement(
  nodes: readonly HtmlNode[],
  test: (e: ElementNode) => boolean,
): ElementNode | null {
  // Iterative, so that deeply nested (hostile) markup cannot overflow the stack.
  const stack: HtmlNode[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as HtmlNode);
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (node.type !== 'element') continue;
    if (test(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return null;
}

/** The text content of a subtree, concatenated (no layout). */
export function textContent(node: HtmlNode): string {
  if (node.type === 'text') return node.text;
  let out = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as HtmlNode;
    if (n.type === 'text') out += n.text;
    else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as HtmlNode);
  }
  return out;
}

/** Lower-case id of an element ('' when none). */
export function idOf(e: ElementNode): string {
  return (e.attrs['id'] ?? '').trim().toLowerCase();
}

/**
 * Wraps a parser so that parsing the same string again (with the same options) returns the trees
 * already built: evaluate, the template and the send-time readers each parse the same body, and a
 * megabyte body costs tens of milliseconds to parse. Remembers only the last few inputs. The
 * engine never mutates trees, so sharing them is safe.
 */
export function memoizeParseHtml(parse: ParseHtml, size = 2): ParseHtml {
  const cache: Array<{ html: string; stopAt: ParseHtmlOptions['stopAt']; nodes: HtmlNode[] }> = [];
  return (html: string, options?: ParseHtmlOptions): HtmlNode[] => {
    const stopAt = options?.stopAt;
    const hit = cache.find((c) => c.html === html && c.stopAt === stopAt);
    if (hit) return hit.nodes;
    const nodes = parse(html, options);
    cache.unshift({ html, stopAt, nodes });
    if (cache.length > size) cache.pop();
    return nodes;
  };
}
