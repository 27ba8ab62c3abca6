// Puts the request block into the user's body without losing anything: pure string splicing, so
// everything outside the spliced range stays byte for byte as it was (Outlook's body.setAsync
// replaces the whole body, so the caller writes back exactly this string).
//
// Where: immediately before the user's signature (div#Signature / x_Signature, the
// <a name="_MailAutoSig"> block, the mobile signature, or the closing line of a typed signature),
// else before the quoted thread (appendonsend, reply header), else at the end of the body content
// (before </body>). A previous block of ours (div#pcc-request, or its wording in a text body) is
// replaced instead of a second one being added.
//
// Offsets: this module needs source offsets, which a DOMParser-built tree cannot give. It therefore
// parses with htmlparser2 (parse-html-htmlparser2.ts) unless the caller passes a parser whose tree
// carries offsets. It runs only on Insert, so loading htmlparser2 there (a lazy chunk in the pane)
// costs the first screen nothing.
import type { ElementNode, HtmlNode, ParseHtml } from './html';
import { isQuotedThreadStart, type RenderedLine } from './lines';
import { parseHtmlWithHtmlparser2 } from './parse-html-htmlparser2';
import { readSignatureDetailed, type SenderHint } from './signature';
import type { ComposeBody } from '../types';
import { CLOSING } from './wording';

export interface RequestBlock {
  html: string;
  text: string;
}

/** A splice: replace content[start, end) with `insert`. */
export interface InsertPlan {
  start: number;
  end: number;
  insert: string;
  /** Why there: 'replace' (our previous block), 'signature', 'closing', 'quote' or 'end'. */
  where: 'replace' | 'signature' | 'closing' | 'quote' | 'end';
}

function hasOffsets(nodes: readonly HtmlNode[]): boolean {
  for (const n of nodes) {
    if (n.type === 'element') return typeof n.start === 'number' && typeof n.end === 'number';
    if (typeof n.start !== 'number') return false;
  }
  return true;
}

function startOf(node: HtmlNode | null | undefined): number | null {
  return node && typeof node.start === 'number' ? node.start : null;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

function planHtml(
  content: string,
  block: RequestBlock,
  parseHtml?: ParseHtml,
  sender?: SenderHint,
): InsertPlan {
  let nodes: HtmlNode[] = [];
  if (parseHtml !== undefined) {
    try {
      nodes = parseHtml(content, { stopAt: isQuotedThreadStart });
    } catch {
      nodes = [];
    }
  }
  if (parseHtml === undefined || !hasOffsets(nodes))
    nodes = parseHtmlWithHtmlparser2(content, { stopAt: isQuotedThreadStart });
  const reading = readSignatureDetailed({ type: 'html', content }, () => nodes, undefined, {
    outsideRequest: true,
    sender,
  });
  const { rendered, signature } = reading;
  const at = (pos: number | null, where: InsertPlan['where']): InsertPlan | null =>
    pos === null
      ? null
      : { start: clamp(pos, content.length), end: clamp(pos, content.length), insert: block.html, where };

  const req = rendered.request?.el ?? null;
  if (req !== null && typeof req.start === 'number' && typeof req.end === 'number' && req.end >= req.start) {
    return { start: req.start, end: clamp(req.end, content.length), insert: block.html, where: 'replace' };
  }
  const lead = (i: number): number | null => startOf((rendered.lines[i] as RenderedLine | undefined)?.lead);
  let plan: InsertPlan | null = null;
  if (signature.source === 'owa') plan = at(startOf(rendered.owa?.el), 'signature');
  else if (signature.source === 'mobile') plan = at(startOf(rendered.mobile?.el), 'signature');
  else if (signature.source === 'classic' && rendered.classic)
    plan = at(lead(rendered.classic.from) ?? startOf(rendered.classic.el), 'signature');
  else if (signature.source === 'closing') plan = at(lead(reading.closingLine), 'closing');
  else if (signature.source === 'unmarked' && reading.range) plan = at(lead(reading.range.from), 'signature');
  if (plan !== null) return plan;
  if (rendered.cut < rendered.lines.length) plan = at(lead(rendered.cut), 'quote');
  else if (rendered.cutNode !== null) plan = at(startOf(rendered.cutNode), 'quote');
  if (plan !== null) return plan;
  const container: ElementNode | null = rendered.container;
  const end = container && typeof container.innerEnd === 'number' ? container.innerEnd : content.length;
  return {
    start: clamp(end, content.length),
    end: clamp(end, content.length),
    insert: block.html,
    where: 'end',
  };
}

function planText(content: string, block: RequestBlock, sender?: SenderHint): InsertPlan {
  const eol = content.includes('\r\n') ? '\r\n' : '\n';
  const text = block.text.replace(/\r\n|\r|\n/g, eol);
  const reading = readSignatureDetailed({ type: 'text', content }, () => [], undefined, {
    outsideRequest: true,
    sender,
  });
  const { rendered, signature } = reading;
  const lines = rendered.lines;

  const core = rendered.request;
  if (core !== null && core.to > core.from) {
    let last = core.to - 1;
    // Our previous closing and signature lines, when the new block has them too.
    const blockLines = block.text
      .split(/\r\n|\r|\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
    const closingAt = blockLines.indexOf(CLOSING);
    if (closingAt !== -1 && lines[last + 1]?.text === CLOSING) {
      last++;
      for (const tail of blockLines.slice(closingAt + 1)) {
        if (lines[last + 1]?.text !== tail) break;
        last++;
      }
    }
    const first = lines[core.from] as RenderedLine;
    const end = (lines[last] as RenderedLine).endOffset;
    return { start: first.offset, end, insert: text, where: 'replace' };
  }

  const before = (i: number, where: InsertPlan['where']): InsertPlan => {
    const pos = (lines[i] as RenderedLine).offset;
    const prefix =
      pos === 0 || /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)[ \t]*$/.test(content.slice(0, pos)) ? '' : eol;
    return { start: pos, end: pos, insert: prefix + text + eol + eol, where };
  };
  if (signature.source === 'closing' && reading.closingLine >= 0)
    return before(reading.closingLine, 'closing');
  if (signature.source === 'unmarked' && reading.range) return before(reading.range.from, 'signature');
  if (rendered.cut < lines.length) return before(rendered.cut, 'quote');
  let sep = '';
  if (content.trim() !== '') {
    if (/(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)[ \t]*$/.test(content)) sep = '';
    else if (/(\r\n|\r|\n)$/.test(content)) sep = eol;
    else sep = eol + eol;
  }
  return { start: content.length, end: content.length, insert: sep + text, where: 'end' };
}

/** Where and what mergeRequestIntoBody splices (exposed for tests and diagnostics). */
export function planInsert(
  body: ComposeBody,
  block: RequestBlock,
  parseHtml?: ParseHtml,
  sender?: SenderHint,
): InsertPlan {
  const content = typeof body?.content === 'string' ? body.content : '';
  return body?.type === 'html'
    ? planHtml(content, block, parseHtml, sender)
    : planText(content, block, sender);
}

/**
 * The body with the request block inserted above the signature (or replacing our previous block).
 * `parseHtml` is optional and used only if its tree carries source offsets; otherwise htmlparser2.
 */
export function mergeRequestIntoBody(
  body: ComposeBody,
  block: RequestBlock,
  parseHtml?: ParseHtml,
  sender?: SenderHint,
): ComposeBody {
  const content = typeof body?.content === 'string' ? body.content : '';
  const plan = planInsert(body, block, parseHtml, sender);
  return {
    type: body?.type === 'html' ? 'html' : 'text',
    content: content.slice(0, plan.start) + plan.insert + content.slice(plan.end),
  };
}
