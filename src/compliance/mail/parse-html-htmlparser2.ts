// Builds the engine's plain HTML tree (html.ts) with htmlparser2: no DOM needed, so it runs in the
// send-time handler's JavaScript-only runtime and in node tests. Character references are decoded
// here, on each text and attribute value, by char-refs.ts: htmlparser2 tokenizes faster with its
// own decoding off (it can skip ahead to the next "<" or quote), the text offsets then stay those
// of the source, and the builds leave its entity table out (htmlparser2-decoder-stub.ts). Tag and attribute names are
// lower-cased. Every node carries source offsets (start/end/innerEnd on
// elements, start on text), which body-merge.ts uses to splice the original string.
//
// `scan` is the same parse reported as events (html.ts's HtmlSink) with no tree: no node, children
// array or attribute copy per element, only the strings the sink asks for. The rules use it.
//
// Imported by path where needed: htmlparser2 is ~7 KB gzip and the pane parses with DOMParser,
// so only the callers that need it import this file by path.
import { Parser, type Handler } from 'htmlparser2';
import { decodeHtmlAttribute, decodeHtmlText } from './char-refs';
import type {
  ElementNode,
  HtmlNode,
  HtmlSink,
  ParseHtml,
  ParseHtmlOptions,
  ScanHtmlOptions,
  TextNode,
} from './html';

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

function parseTree(html: string, options?: ParseHtmlOptions): HtmlNode[] {
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
}

/** An attribute's value as the tree gives it: decoded. */
function decoded(value: string): string {
  return value.indexOf('&') === -1 ? value : decodeHtmlAttribute(value);
}

/**
 * The events of parseTree's tree, without the tree: the same elements (names as parseTree gives
 * them), the same text nodes (adjacent text merged, split at comments, decoded outside raw-text
 * elements), and the same early stop (options.stopAt inside content the sink skips; the sink stops
 * itself elsewhere).
 *
 * Attributes arrive one by one (onattribute), so htmlparser2 builds no attribute object per
 * element; an element is handed to the sink at the next event, once its attributes are all known.
 * Two cases need more, both so that the events stay exactly parseTree's: while a <form> is open,
 * htmlparser2 drops a nested <form> start tag but still reports its attributes, so the handler then
 * also takes onopentag (htmlparser2 builds the attribute object only for the tags it keeps) and
 * reads them from there; and a start tag cut off by the end of the input is no element.
 */
function scan(html: string, sink: HtmlSink, options?: ScanHtmlOptions): void {
  const stopAt = options?.stopAt;
  const source = typeof html === 'string' ? html : String(html ?? '');
  /** The text node being gathered (htmlparser2 may report one in pieces). */
  let text = '';
  let hasText = false;
  /** Inside <script>/<style>: text is not decoded (as in HTML). */
  let raw = 0;
  /** The depth inside an element the sink skips (its content is not reported). */
  let skip = 0;
  let stopped = false;
  /** The start tag being read (null: none) and its id, class and name (first of duplicates wins). */
  let tag: string | null = null;
  let id: string | null = null;
  let cls: string | null = null;
  let name: string | null = null;
  /** Open <form> elements: while any is, attributes come from onopentag. */
  let forms = 0;
  /** The names of the open elements, as parseTree's stack (skipped content included). */
  const names: string[] = [];
  // Assigned in onparserinit, before any other callback runs.
  let parser = null as unknown as Parser;

  const flushText = () => {
    if (!hasText) return;
    const t = text;
    text = '';
    hasText = false;
    sink.text(t, null);
  };
  const stop = () => {
    stopped = true;
    parser.pause();
  };
  /** Hands the start tag read so far to the sink (its attributes are complete). */
  const opened = () => {
    const t = tag as string;
    tag = null;
    names.push(t);
    if (RAW_TEXT.has(t)) raw++;
    const i = id === null ? '' : decoded(id);
    const n = name === null || t !== 'a' ? '' : decoded(name);
    if (skip > 0) {
      skip++;
      if (stopAt !== undefined && stopAt(t, i, n)) stop();
      return;
    }
    const r = sink.open(t, i, cls === null ? '' : decoded(cls), n, null);
    if (r === 'skip') skip = 1;
    else if (r === 'stop') stop();
  };
  /** Before any other event: the pending start tag is complete. */
  const settle = () => {
    if (tag !== null) opened();
    if (hasText && !stopped) flushText();
  };

  // While a <form> is open: the start tag is complete here, before htmlparser2 reads the next one
  // (which may be a dropped <form> whose attributes would otherwise join this tag's).
  const onopentag = (_name: string, attribs: Record<string, string>) => {
    if (stopped || tag === null) return;
    id = attribs['id'] ?? null;
    cls = attribs['class'] ?? null;
    name = attribs['name'] ?? null;
    opened();
  };
  const handler: Partial<Handler> = {
    onparserinit(p: Parser) {
      parser = p;
    },
    onopentagname(n: string) {
      if (stopped) return;
      settle();
      if (stopped) return;
      tag = n;
      id = cls = name = null;
      if (n === 'form' && forms++ === 0) handler.onopentag = onopentag;
    },
    onattribute(n: string, value: string) {
      if (tag === null) return;
      if (n === 'id') id ??= value;
      else if (n === 'class') cls ??= value;
      else if (n === 'name') name ??= value;
    },
    ontext(data: string) {
      if (stopped) return;
      if (tag !== null) opened();
      if (stopped || skip > 0) return;
      text += raw > 0 || data.indexOf('&') === -1 ? data : decodeHtmlText(data);
      hasText = true;
    },
    onclosetag(n: string) {
      if (stopped) return;
      if (n === 'form' && forms > 0 && --forms === 0) delete handler.onopentag;
      settle();
      // As parseTree: a close for anything but the innermost element it opened is ignored (the end
      // of the input closes a start tag it cut off, which was never opened).
      if (stopped || names.length === 0 || names[names.length - 1] !== n) return;
      names.pop();
      if (RAW_TEXT.has(n)) raw--;
      if (skip > 0) skip--;
      else sink.close();
    },
    oncomment() {
      if (!stopped) settle();
    },
  };

  try {
    const p = new Parser(handler, {
      // Must stay false: the builds give htmlparser2 no entity decoder (htmlparser2-decoder-stub.ts).
      decodeEntities: false,
      lowerCaseTags: true,
      // First of duplicates wins either way, as in parseTree's attributes().
      lowerCaseAttributeNames: true,
    });
    p.write(source);
    if (!stopped) {
      // A start tag still being read when the input ends (no ">" yet: the last event, the tag or
      // its last attribute, does not end at one) is dropped, as parseTree drops it (onopentag
      // never comes).
      if (tag !== null && source.charCodeAt(parser.endIndex) !== 62 /* > */) tag = null;
      p.end();
      settle();
    }
  } catch {
    // htmlparser2 is not known to throw on text input; if it ever does, keep what was reported.
  }
}

/** htmlparser2 as the engine's parser: a tree with offsets, and the same parse as events (`scan`). */
export const parseHtmlWithHtmlparser2: ParseHtml = Object.assign(parseTree, { scan });

export default parseHtmlWithHtmlparser2;
