// A plain HTML tree that any parser can build: htmlparser2 in the send-time handler and tests
// (parse-html-htmlparser2.ts), DOMParser in the pane. The engine reads HTML only through it, or
// through the same parse reported as events (HtmlSink), never with regular expressions over markup.
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

/**
 * What opening an element asks of the source that reports it (HtmlSink.open): 'in' — report its
 * content and then its close; 'skip' — report neither its content nor its close (the sink needs
 * nothing inside it); 'stop' — report nothing more at all.
 */
export type OpenResult = 'in' | 'skip' | 'stop';

/**
 * Receives a parse as events, in document order, with no tree in between: what the line layout
 * (lines.ts) is built on. `id` and `cls` are the element's id and class attributes, `name` the
 * name attribute of an <a> element ('' for any other element: the layout reads it only on links),
 * decoded, '' when absent: the only attributes the layout reads. `node` is the tree node the
 * event comes from when a tree is being walked, else null. Text is one whole text node (adjacent
 * text merged as the tree builder would merge it), entities decoded.
 */
export interface HtmlSink {
  open(tag: string, id: string, cls: string, name: string, node: ElementNode | null): OpenResult;
  text(text: string, node: TextNode | null): void;
  /** The innermost element reported open (and not skipped) closes. */
  close(): void;
}

export interface ScanHtmlOptions {
  /**
   * As ParseHtmlOptions.stopAt, for the content a sink skips (the sink stops on its own
   * elsewhere): a source whose tree parse honours stopAt stops here too, so that both give the same.
   */
  stopAt?: (tag: string, id: string, name: string) => boolean;
}

/** Reports an HTML string to a sink, as the parser's tree would be walked, without building it. */
export type ScanHtml = (html: string, sink: HtmlSink, options?: ScanHtmlOptions) => void;

/**
 * Parses an HTML string into its top-level nodes. Must not throw on any input. A parser may also
 * offer `scan`, the same parse as events: the rules then lay lines out with no tree of the body.
 */
export interface ParseHtml {
  (html: string, options?: ParseHtmlOptions): HtmlNode[];
  scan?: ScanHtml;
  /**
   * Set by memoizeParseHtml: returns what `compute` gave for the same html and kind among the last
   * few inputs, else computes it. The engine uses it for its line layout of a body.
   */
  remember?: <T>(html: string, kind: string, compute: () => T) => T;
}

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
 * already built, and what is computed from a string (the line layout, through `remember`) is
 * computed once: evaluate, the template and the readers each read the same body, and a megabyte
 * body costs milliseconds to parse. Remembers only the last few inputs. The engine never mutates
 * trees or layouts, so sharing them is safe.
 */
export function memoizeParseHtml(parse: ParseHtml, size = 2): ParseHtml {
  const cache: Array<{ html: string; stopAt: ParseHtmlOptions['stopAt']; nodes: HtmlNode[] }> = [];
  const memo: ParseHtml = (html: string, options?: ParseHtmlOptions): HtmlNode[] => {
    const stopAt = options?.stopAt;
    const hit = cache.find((c) => c.html === html && c.stopAt === stopAt);
    if (hit) return hit.nodes;
    const nodes = parse(html, options);
    cache.unshift({ html, stopAt, nodes });
    if (cache.length > size) cache.pop();
    return nodes;
  };
  if (parse.scan !== undefined) memo.scan = parse.scan;
  const computed = new Map<string, Array<{ html: string; value: unknown }>>();
  memo.remember = <T>(html: string, kind: string, compute: () => T): T => {
    let list = computed.get(kind);
    if (list === undefined) computed.set(kind, (list = []));
    const hit = list.find((c) => c.html === html);
    if (hit) return hit.value as T;
    const value = compute();
    list.unshift({ html, value });
    if (list.length > size) list.pop();
    return value;
  };
  return memo;
}
