// Lays an HTML tree (html.ts) or a plain-text body out as the lines a reader sees, and notes where
// the markers the signature reader and body-merge need are: Outlook's signature elements, the
// classic-Windows _MailAutoSig bookmark, our own request block and the start of a quoted thread.
import { idOf, type ElementNode, type HtmlNode, type ParseHtml, type TextNode } from './html';
import type { ComposeBody } from '../types';
import { GREETING, LABELS, REQUEST_LINE } from './wording';

/** A line range [from, to) in Rendered.lines. */
export interface LineRange {
  from: number;
  to: number;
}

export interface MarkedRange extends LineRange {
  /** The marker element (null for our request block found by its wording in a plain-text body). */
  el: ElementNode | null;
}

export interface RenderedLine {
  /** Trimmed, whitespace collapsed, never empty. */
  text: string;
  /**
   * HTML: the node to insert before so that new content lands just above this line — the
   * outermost element that begins with this line, else the line's first text node.
   * Plain text: null (see `offset`).
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
  /** HTML: the element that starts the quoted thread (appendonsend, divRplyFwdMsg, _MailOriginal...), when one did. */
  cutNode: ElementNode | null;
  /** OWA / new Outlook: the first element with id Signature or x_Signature. */
  owa: MarkedRange | null;
  /** Outlook mobile: the element with id ms-outlook-mobile-signature. */
  mobile: MarkedRange | null;
  /** Classic Windows: from the <a name="_MailAutoSig"> bookmark to the end of its block's container. */
  classic: MarkedRange | null;
  /** Our own request block (div#pcc-request), when present before the quoted thread. */
  request: MarkedRange | null;
  /** HTML: the body (else html) element, to append at the end of its content. */
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

export function isRequestElement(e: ElementNode): boolean {
  if (e.attrs['id'] !== undefined && REQUEST_IDS.has(idOf(e))) return true;
  const cls = e.attrs['class'];
  return cls !== undefined && cls.length >= 11 && /(^|\s)(x_)?pcc-request(\s|$)/i.test(cls);
}

const COLLAPSE = /(?:[\s\u00a0\u200b\u200c\u2060\ufeff]|\u200d)+/g;

/** Whether COLLAPSE would change the text: any whitespace other than single spaces (a fast pre-check). */
// eslint-disable-next-line no-control-regex -- control characters are whitespace to collapse here
const NEEDS_COLLAPSE = /[\0-\x1f\x85\xa0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]| {2}/;

function collapse(s: string): string {
  return NEEDS_COLLAPSE.test(s) ? s.replace(COLLAPSE, ' ') : s;
}

function isPre(tag: string): boolean {
  return tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'plaintext';
}

/** An element that starts a quoted thread (appendonsend, divRplyFwdMsg, _MailOriginal...): nothing at or after it is the user's. */
export function isQuotedThreadStart(e: ElementNode): boolean {
  const id = e.attrs['id'];
  if (id !== undefined && CUT_IDS.has(id.trim().toLowerCase())) return true;
  return e.tag === 'a' && (e.attrs['name'] ?? '').toLowerCase() === '_mailoriginal';
}

/**
 * Lays out an HTML tree as lines. Iterative (hostile nesting depth cannot overflow the stack) and
 * allocation-light: it runs on every evaluation, on bodies up to several MB.
 */
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

export function renderHtml(nodes: readonly HtmlNode[]): Rendered {
  const lines: RenderedLine[] = [];
  const result = emptyRendered(lines, -1);

  // The open elements, their next child index and what to do when they close (parallel stacks).
  const rootEl: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: nodes as HtmlNode[] };
  const open: ElementNode[] = [rootEl];
  const next: number[] = [0];
  const onExit: Array<(() => void) | null> = [null];
  /** open[0..textDepth) have shown text already; deeper open elements have not. */
  let textDepth = 1;
  let pre = 0;
  let line = '';
  let lineHasText = false;
  let lead: HtmlNode | null = null;

  /** Open <blockquote> elements. */
  let quote = 0;
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

  const addText = (node: TextNode, raw: string) => {
    const piece = collapse(raw);
    if (piece === '' || piece === ' ') {
      if (line !== '' && line.charCodeAt(line.length - 1) !== 32) line += ' ';
      return;
    }
    if (!lineHasText) {
      // First visible text of a line. Among the open elements that have shown no text yet (they all
      // begin with this line), take the innermost block, without going inside a table or list part
      // (new content there would land in a cell); else the outermost inline wrapper; else the text.
      let chosen: HtmlNode = node;
      let found = false;
      for (let i = textDepth; i < open.length; i++) {
        const e = open[i] as ElementNode;
        if (NOT_LEAD.has(e.tag)) continue;
        const noDescend = NO_DESCEND.has(e.tag);
        if (found && noDescend) break;
        if (!found || (BLOCK.has(e.tag) && !noDescend)) {
          chosen = e;
          found = true;
        }
        if (noDescend) break;
      }
      lead = chosen;
      lineHasText = true;
    }
    line += piece;
    textDepth = open.length;
  };

  const range = (node: ElementNode): MarkedRange => {
    flush();
    return { el: node, from: lines.length, to: -1 };
  };
  const closeAt = (r: MarkedRange) => () => {
    if (r.to === -1) r.to = lines.length;
  };

  walk: while (open.length > 0) {
    const depth = open.length - 1;
    const parent = open[depth] as ElementNode;
    const i = next[depth] as number;
    if (i >= parent.children.length) {
      // Close the element.
      open.pop();
      next.pop();
      const exit = onExit.pop() ?? null;
      if (textDepth > open.length) textDepth = open.length;
      if (BLOCK.has(parent.tag)) flush();
      if (isPre(parent.tag)) pre--;
      if (parent.tag === 'blockquote') quote--;
      if (exit !== null) {
        flush();
        exit();
      }
      continue;
    }
    next[depth] = i + 1;
    const node = parent.children[i] as HtmlNode;
    if (node.type === 'text') {
      if (pre > 0) {
        const parts = node.text.split(/\r\n|\r|\n/);
        for (let k = 0; k < parts.length; k++) {
          if (k > 0) flush();
          addText(node, parts[k] as string);
        }
      } else {
        addText(node, node.text);
      }
      continue;
    }
    const tag = node.tag;
    if (SKIP.has(tag)) continue;
    if (tag === 'br') {
      flush();
      continue;
    }
    if (isQuotedThreadStart(node)) {
      flush();
      result.cut = lines.length;
      result.cutNode = node;
      break walk;
    }
    if (BLOCK.has(tag)) flush();
    if ((tag === 'body' || tag === 'html') && (result.container === null || tag === 'body'))
      result.container = node;
    let exit: (() => void) | null = null;
    const rawId = node.attrs['id'];
    const id = rawId === undefined ? '' : rawId.trim().toLowerCase();
    if (id !== '' && result.owa === null && SIGNATURE_IDS.has(id)) {
      result.owa = range(node);
      exit = closeAt(result.owa);
    } else if (id !== '' && result.mobile === null && MOBILE_IDS.has(id)) {
      result.mobile = range(node);
      exit = closeAt(result.mobile);
    } else if (result.request === null && isRequestElement(node)) {
      result.request = range(node);
      exit = closeAt(result.request);
    } else if (
      result.classic === null &&
      tag === 'a' &&
      (node.attrs['name'] ?? '').toLowerCase() === '_mailautosig'
    ) {
      const r = range(node);
      result.classic = r;
      // "Its block": the container of the anchor's nearest block ancestor (in Word HTML, the
      // WordSection1 div holding the paragraphs). The range ends where that container ends.
      let blockIndex = -1;
      for (let k = open.length - 1; k >= 1; k--) {
        if (BLOCK.has((open[k] as ElementNode).tag)) {
          blockIndex = k;
          break;
        }
      }
      const c = blockIndex > 1 ? blockIndex - 1 : -1;
      if (c !== -1 && !NOT_LEAD.has((open[c] as ElementNode).tag)) {
        const previous = onExit[c] ?? null;
        const close = closeAt(r);
        onExit[c] = () => {
          previous?.();
          close();
        };
      }
    }
    if (isPre(tag)) pre++;
    if (tag === 'blockquote') quote++;
    open.push(node);
    next.push(0);
    onExit.push(exit);
  }
  flush();

  if (result.cut === -1) result.cut = lines.length;
  for (const r of [result.owa, result.mobile, result.request, result.classic])
    if (r !== null && r.to === -1) r.to = lines.length;
  return result;
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

/** Index of the first line in [from, to) that starts a quoted reply or forward, else `to`. */
export function findQuotedHeader(lines: readonly RenderedLine[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const text = (lines[i] as RenderedLine).text;
    if (text.length > 300) continue;
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
    let nodes: HtmlNode[] = [];
    try {
      nodes = parseHtml(content, { stopAt: isQuotedThreadStart });
    } catch {
      nodes = [];
    }
    rendered = renderHtml(nodes);
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
