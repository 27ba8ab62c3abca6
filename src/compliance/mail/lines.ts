// Lays an HTML body (a parse reported as events, html.ts's HtmlSink) or a plain-text body out as
// the lines a reader sees, and notes where the markers the signature reader and body-merge need
// are: Outlook's signature elements, the classic-Windows _MailAutoSig bookmark, our own request
// block and the start of a quoted thread. One layout (LineBuilder), two drivers: a parser's own
// events (the rules: no tree of the body) and a walk over a tree (body-merge: nodes with offsets).
import type { ElementNode, HtmlNode, HtmlSink, OpenResult, ParseHtml, TextNode } from './html';
import type { ComposeBody } from '../types';
import { GREETING, LABELS, REQUEST_LINE } from './wording';

/** A line range [from, to) in Rendered.lines. */
export interface LineRange {
  from: number;
  to: number;
}

export interface MarkedRange extends LineRange {
  /**
   * The marker element when the layout walked a tree; null when it came from a parser's events
   * (no tree), and for our request block found by its wording in a plain-text body.
   */
  el: ElementNode | null;
}

export interface RenderedLine {
  /** Trimmed, whitespace collapsed, never empty. */
  text: string;
  /**
   * HTML: the node to insert before so that new content lands just above this line — the
   * outermost element that begins with this line, else the line's first text node.
   * Null when the layout came from a parser's events (no tree), and for plain text (see `offset`).
   */
  lead: HtmlNode | null;
  /** Plain text: offset of the line's first character in the body (HTML: -1). */
  offset: number;
  /** Plain text: offset just past the line's last character, before its line break (HTML: -1). */
  endOffset: number;
  /** HTML: the line is inside a <blockquote> (quoted text, even without a reply header). */
  quoted?: boolean;
}

export interface Rendered {
  lines: RenderedLine[];
  /** Index of the first line of a quoted thread (lines.length when there is none). Nothing at or after it is the user's. */
  cut: number;
  /** HTML walked as a tree: the element that starts the quoted thread (appendonsend, divRplyFwdMsg, _MailOriginal...), when one did. */
  cutNode: ElementNode | null;
  /** OWA / new Outlook: the first element with id Signature or x_Signature. */
  owa: MarkedRange | null;
  /** Outlook mobile: the element with id ms-outlook-mobile-signature. */
  mobile: MarkedRange | null;
  /** Classic Windows: from the <a name="_MailAutoSig"> bookmark to the end of its block's container. */
  classic: MarkedRange | null;
  /** Our own request block (div#pcc-request), when present before the quoted thread. */
  request: MarkedRange | null;
  /** HTML walked as a tree: the body (else html) element, to append at the end of its content. */
  container: ElementNode | null;
}

const SKIP = new Set([
  'head',
  'style',
  'script',
  'title',
  'xml',
  'template',
  'noscript',
  'object',
  'svg',
  'math',
  'select',
  'textarea',
  'iframe',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
  'listing',
  'plaintext',
  'xmp',
]);
/** Ids that start a quoted thread or forwarded message (lower case). */
const CUT_IDS = new Set([
  'appendonsend',
  'x_appendonsend',
  'divrplyfwdmsg',
  'x_divrplyfwdmsg',
  'mail-editor-reference-message-container',
  'x_mail-editor-reference-message-container',
]);
const SIGNATURE_IDS = new Set(['signature', 'x_signature']);
const MOBILE_IDS = new Set(['ms-outlook-mobile-signature', 'x_ms-outlook-mobile-signature']);
const REQUEST_IDS = new Set(['pcc-request', 'x_pcc-request']);
/** Parts of tables and lists: never insert inside them. */
const NO_DESCEND = new Set([
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
]);
/** Never used as an insertion point: inserting before them would put content outside the body. */
const NOT_LEAD = new Set(['html', 'body', 'head', '#root']);

// What the layout does with each tag, as bits (one lookup per element, kept on the stack of open
// elements so that closing one needs none).
const IS_SKIP = 1;
const IS_BLOCK = 2;
const IS_PRE = 4;
const IS_NO_DESCEND = 8;
const IS_NOT_LEAD = 16;
const IS_QUOTE = 32;
const KIND = new Map<string, number>();
const mark = (tags: Iterable<string>, bit: number) => {
  for (const t of tags) KIND.set(t, (KIND.get(t) ?? 0) | bit);
};
mark(SKIP, IS_SKIP);
mark(BLOCK, IS_BLOCK);
mark(['pre', 'listing', 'xmp', 'plaintext'], IS_PRE);
mark(NO_DESCEND, IS_NO_DESCEND);
mark(NOT_LEAD, IS_NOT_LEAD);
mark(['blockquote'], IS_QUOTE);

/** Whether an element with this id and class attribute is our request block. */
function isRequestBlock(id: string, cls: string): boolean {
  if (id !== '' && REQUEST_IDS.has(id.trim().toLowerCase())) return true;
  return cls.length >= 11 && /(^|\s)(x_)?pcc-request(\s|$)/i.test(cls);
}

const COLLAPSE = /(?:[\s\u00a0\u200b\u200c\u2060\ufeff]|\u200d)+/g;

/** Whether COLLAPSE would change the text: any whitespace other than single spaces (a fast pre-check). */
// eslint-disable-next-line no-control-regex -- control characters are whitespace to collapse here
const NEEDS_COLLAPSE = /[\0-\x1f\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;

function collapse(s: string): string {
  return NEEDS_COLLAPSE.test(s) ? s.replace(COLLAPSE, ' ') : s;
}

/**
 * Whether COLLAPSE would leave a single space or nothing (the "\n" between tags): checked without
 * the copy collapse() would make of every such text.
 */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 0xa0) return false;
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029) continue;
    if (c !== 0x202f && c !== 0x205f && c !== 0x2060 && c !== 0x3000 && c !== 0xfeff) return false;
  }
  return true;
}

/** Whether an element with this tag, id and name attribute (read on links only) starts a quoted thread. */
export function startsQuotedThread(tag: string, id: string, name: string): boolean {
  if (id !== '' && CUT_IDS.has(id.trim().toLowerCase())) return true;
  return tag === 'a' && name.toLowerCase() === '_mailoriginal';
}

/** An element that starts a quoted thread (appendonsend, divRplyFwdMsg, _MailOriginal...): nothing at or after it is the user's. */
export function isQuotedThreadStart(e: ElementNode): boolean {
  return startsQuotedThread(e.tag, e.attrs['id'] ?? '', e.tag === 'a' ? (e.attrs['name'] ?? '') : '');
}

/** A rendering with these lines and no markers found (yet). */
export function emptyRendered(lines: RenderedLine[], cut: number): Rendered {
  return {
    lines,
    cut,
    cutNode: null,
    owa: null,
    mobile: null,
    classic: null,
    request: null,
    container: null,
  };
}

/** A line layout being built: a sink for a parse's events, then the layout. */
export interface LineBuilder extends HtmlSink {
  /** The layout, once the source has reported everything it will. */
  finish(): Rendered;
}

/**
 * The one HTML layout: turns a parse, reported as events (HtmlSink), into lines and markers. A
 * streaming parser drives it directly (no tree of the body is built: what the rules use), and
 * walkTree drives it over a tree (body-merge, which needs the tree's offsets). It appends strings
 * and keeps only the stack of open elements: it runs on every evaluation, on bodies of megabytes.
 */
export function lineBuilder(): LineBuilder {
  const lines: RenderedLine[] = [];
  const result = emptyRendered(lines, -1);
  // The open elements (their KIND bits), innermost last, and what to do when each closes
  // (parallel stacks; index 0 is the document's root, never closed).
  const kinds: number[] = [IS_NOT_LEAD];
  const nodes: Array<ElementNode | null> = [null];
  const exits: Array<(() => void) | null> = [null];
  /** kinds[0..textDepth) have shown text already; deeper open elements have not. */
  let textDepth = 1;
  let pre = 0;
  /** Open <blockquote> elements. */
  let quote = 0;
  let line = '';
  let lineHasText = false;
  let lead: HtmlNode | null = null;
  let cutFound = false;

  const flush = () => {
    if (lineHasText) {
      const l: RenderedLine = { text: line.trim(), lead, offset: -1, endOffset: -1 };
      if (quote > 0) l.quoted = true;
      lines.push(l);
    }
    line = '';
    lineHasText = false;
    lead = null;
  };

  const addText = (node: TextNode | null, raw: string) => {
    if (isBlank(raw)) {
      if (line !== '' && line.charCodeAt(line.length - 1) !== 32) line += ' ';
      return;
    }
    if (!lineHasText) {
      // First visible text of a line. Among the open elements that have shown no text yet (they all
      // begin with this line), take the innermost block, without going inside a table or list part
      // (new content there would land in a cell); else the outermost inline wrapper; else the text.
      // Without a tree (node null) there is nothing to point at.
      let chosen: HtmlNode | null = node;
      if (node !== null) {
        let found = false;
        for (let i = textDepth; i < kinds.length; i++) {
          const kind = kinds[i] as number;
          if ((kind & IS_NOT_LEAD) !== 0) continue;
          const noDescend = (kind & IS_NO_DESCEND) !== 0;
          if (found && noDescend) break;
          if (!found || ((kind & IS_BLOCK) !== 0 && !noDescend)) {
            chosen = nodes[i] as ElementNode | null;
            found = true;
          }
          if (noDescend) break;
        }
      }
      lead = chosen;
      lineHasText = true;
    }
    line += collapse(raw);
    textDepth = kinds.length;
  };

  const range = (node: ElementNode | null): MarkedRange => {
    flush();
    return { el: node, from: lines.length, to: -1 };
  };
  const closeAt = (r: MarkedRange) => () => {
    if (r.to === -1) r.to = lines.length;
  };

  const close = () => {
    if (kinds.length <= 1) return;
    const kind = kinds.pop() as number;
    nodes.pop();
    const exit = exits.pop() ?? null;
    if (textDepth > kinds.length) textDepth = kinds.length;
    if ((kind & IS_BLOCK) !== 0) flush();
    if ((kind & IS_PRE) !== 0) pre--;
    if ((kind & IS_QUOTE) !== 0) quote--;
    if (exit !== null) {
      flush();
      exit();
    }
  };

  return {
    open(tag, id, cls, name, node): OpenResult {
      const kind = KIND.get(tag) ?? 0;
      if ((kind & IS_SKIP) !== 0) return 'skip';
      if (tag === 'br') {
        flush();
        return 'skip';
      }
      if (startsQuotedThread(tag, id, name)) {
        flush();
        result.cut = lines.length;
        result.cutNode = node;
        cutFound = true;
        return 'stop';
      }
      if ((kind & IS_BLOCK) !== 0) flush();
      if ((tag === 'body' || tag === 'html') && (result.container === null || tag === 'body'))
        result.container = node;
      let exit: (() => void) | null = null;
      const lowerId = id === '' ? '' : id.trim().toLowerCase();
      if (lowerId !== '' && result.owa === null && SIGNATURE_IDS.has(lowerId)) {
        exit = closeAt((result.owa = range(node)));
      } else if (lowerId !== '' && result.mobile === null && MOBILE_IDS.has(lowerId)) {
        exit = closeAt((result.mobile = range(node)));
      } else if (result.request === null && isRequestBlock(id, cls)) {
        exit = closeAt((result.request = range(node)));
      } else if (result.classic === null && tag === 'a' && name.toLowerCase() === '_mailautosig') {
        const r = (result.classic = range(node));
        // "Its block": the container of the anchor's nearest block ancestor (in Word HTML, the
        // WordSection1 div holding the paragraphs). The range ends where that container ends.
        let blockIndex = -1;
        for (let k = kinds.length - 1; k >= 1; k--) {
          if (((kinds[k] as number) & IS_BLOCK) !== 0) {
            blockIndex = k;
            break;
          }
        }
        const c = blockIndex > 1 ? blockIndex - 1 : -1;
        if (c !== -1 && ((kinds[c] as number) & IS_NOT_LEAD) === 0) {
          const previous = exits[c] ?? null;
          const end = closeAt(r);
          exits[c] = () => {
            previous?.();
            end();
          };
        }
      }
      if ((kind & IS_PRE) !== 0) pre++;
      if ((kind & IS_QUOTE) !== 0) quote++;
      kinds.push(kind);
      nodes.push(node);
      exits.push(exit);
      return 'in';
    },
    close,
    text(text, node) {
      if (pre > 0) {
        const parts = text.split(/\r\n|\r|\n/);
        for (let k = 0; k < parts.length; k++) {
          if (k > 0) flush();
          addText(node, parts[k] as string);
        }
      } else {
        addText(node, text);
      }
    },
    finish() {
      // A source that stopped early leaves elements open; close them as a tree walk would (not
      // after a quoted thread's start: nothing after it counts).
      if (!cutFound) while (kinds.length > 1) close();
      flush();
      if (result.cut === -1) result.cut = lines.length;
      for (const r of [result.owa, result.mobile, result.request, result.classic])
        if (r !== null && r.to === -1) r.to = lines.length;
      return result;
    },
  };
}

/** Reports a tree to a sink, in document order (iterative: hostile nesting cannot overflow the stack). */
export function walkTree(nodes: readonly HtmlNode[], sink: HtmlSink): void {
  const lists: Array<readonly HtmlNode[]> = [nodes];
  const next: number[] = [0];
  while (lists.length > 0) {
    const depth = lists.length - 1;
    const list = lists[depth] as readonly HtmlNode[];
    const i = next[depth] as number;
    if (i >= list.length) {
      lists.pop();
      next.pop();
      if (lists.length > 0) sink.close();
      continue;
    }
    next[depth] = i + 1;
    const node = list[i] as HtmlNode;
    if (node.type === 'text') {
      sink.text(node.text, node);
      continue;
    }
    const a = node.attrs;
    const r = sink.open(
      node.tag,
      a['id'] ?? '',
      a['class'] ?? '',
      node.tag === 'a' ? (a['name'] ?? '') : '',
      node,
    );
    if (r === 'stop') return;
    if (r === 'in') {
      lists.push(node.children);
      next.push(0);
    }
  }
}

/** Lays out an HTML tree as lines (lines carry their lead nodes; markers their elements). */
export function renderHtml(nodes: readonly HtmlNode[]): Rendered {
  const builder = lineBuilder();
  walkTree(nodes, builder);
  return builder.finish();
}

/**
 * Lays out an HTML body with the injected parser: from its events when it offers `scan` (no tree;
 * lines then carry no lead nodes), else by walking its tree. A parser that throws gives no lines.
 */
export function renderHtmlWith(content: string, parseHtml: ParseHtml): Rendered {
  try {
    if (parseHtml.scan !== undefined) {
      const builder = lineBuilder();
      parseHtml.scan(content, builder, { stopAt: startsQuotedThread });
      return builder.finish();
    }
    return renderHtml(parseHtml(content, { stopAt: isQuotedThreadStart }));
  } catch {
    return renderHtml([]);
  }
}

/** Lays out a plain-text body: one line per non-blank source line, with offsets. */
export function renderText(content: string): Rendered {
  const lines: RenderedLine[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  const push = (s: number, e: number) => {
    const raw = content.slice(s, e);
    const text = raw.replace(COLLAPSE, ' ').trim();
    if (text !== '') lines.push({ text, lead: null, offset: s, endOffset: e });
  };
  for (let m = re.exec(content); m !== null; m = re.exec(content)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, content.length);
  return emptyRendered(lines, lines.length);
}

const ORIGINAL_MESSAGE =
  /^[-_=]{2,}\s*(original message|forwarded message|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message transféré|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|doorgestuurd bericht|mensagem original|mensagem encaminhada|ursprungligt meddelande|oprindelig meddelelse|opprinnelig melding)\s*[-_=]{2,}$/i;
const BEGIN_FORWARDED = /^begin forwarded message:?$/i;
const HEADER_FROM = /^(from|von|de|da|van|från|fra|od|от|发件人|差出人)\s?[:：]/i;
const HEADER_SENT =
  /^(sent|date|gesendet|datum|envoyé|date d'envoi|enviado|fecha|inviato|data|verzonden|skickat|sendt|wysłano|отправлено|发送时间|日付|送信日時)\s?[:：]/i;
const ON_WROTE =
  /^(on|am|le|el|il|op|em|den|d\.)\b.{4,240}\b(wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|skrev|napisał)\s*:?$/i;

/** How every line the four patterns above can match begins: one test rules most lines out. */
const HEADER_START = /^(?:[-_=]{2}|begin|on|am|le|el|il|op|em|de|d\.|from|von|da|van|från|fra|od|от|发件人|差出人)/i;

/** Index of the first line in [from, to) that starts a quoted reply or forward, else `to`. */
export function findQuotedHeader(lines: readonly RenderedLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const text = (lines[i] as RenderedLine).text;
    if (text.length > 300 || !HEADER_START.test(text)) continue;
    if (ORIGINAL_MESSAGE.test(text) || BEGIN_FORWARDED.test(text) || ON_WROTE.test(text)) return i;
    if (HEADER_FROM.test(text)) {
      for (let j = i + 1; j < Math.min(to, i + 5); j++)
        if (HEADER_SENT.test((lines[j] as RenderedLine).text)) return i;
    }
  }
  return to;
}

const LABEL_VALUES: readonly string[] = Object.values(LABELS);

function isLabelled(text: string): boolean {
  return LABEL_VALUES.some((l) => text.startsWith(l));
}

/**
 * Our request block in a plain-text body: from the line "Dear support," (followed within three
 * lines by IBM's request sentence) through its last labelled line ("Name: …", "Region: …").
 * The closing and any signature after it are not part of this core.
 */
export function findRequestTextCore(lines: readonly RenderedLine[], to: number): LineRange | null {
  for (let i = 0; i < to; i++) {
    if ((lines[i] as RenderedLine).text !== GREETING) continue;
    let j = i + 1;
    let found = -1;
    for (; j < Math.min(to, i + 4); j++) {
      if ((lines[j] as RenderedLine).text === REQUEST_LINE) {
        found = j;
        break;
      }
    }
    if (found === -1) continue;
    let end = found + 1;
    while (end < to && isLabelled((lines[end] as RenderedLine).text)) end++;
    return { from: i, to: end };
  }
  return null;
}

/**
 * Lays out a compose body (HTML through the injected parser, or plain text), with the quoted
 * thread cut off (marker elements, then "From:/Sent:" style headers) and our request block located.
 */
export function renderBody(body: ComposeBody, parseHtml: ParseHtml): Rendered {
  let rendered: Rendered;
  const content = typeof body?.content === 'string' ? body.content : '';
  if (body?.type === 'html') {
    const layout = parseHtml.remember
      ? parseHtml.remember(content, 'lines', () => renderHtmlWith(content, parseHtml))
      : renderHtmlWith(content, parseHtml);
    // A copy: the cut and the request below are this call's, and the layout may be shared.
    rendered = { ...layout };
  } else {
    rendered = renderText(content);
  }
  rendered.cut = findQuotedHeader(rendered.lines, 0, rendered.cut);
  if (rendered.request !== null && rendered.request.from >= rendered.cut) rendered.request = null;
  if (body?.type !== 'html') {
    const core = findRequestTextCore(rendered.lines, rendered.cut);
    if (core !== null) rendered.request = { ...core, el: null };
  }
  return rendered;
}
