// The signature reader: finds the user's own signature in a compose body from any Outlook client
// and picks name, job title, email and phone from it. Works on the plain tree of html.ts (never on
// markup), never reads the quoted thread below appendonsend / a reply header, and never throws.
//
// Order: OWA/new Outlook div#Signature (x_Signature) → mobile #ms-outlook-mobile-signature →
// classic Windows <a name="_MailAutoSig"> → the trailing block after a closing line ("Kind
// regards", "Thanks", "--"...) → a signature typed at the end with no marker and no closing
// (signature-unmarked.ts, when loaded) → the signature saved in the pane → none.
import { parseAddress } from '../knowledge/address';
import type { ParseHtml } from './html';
import { emptyRendered, renderBody, type LineRange, type Rendered, type RenderedLine } from './lines';
import type { ComposeBody, Signature, SignatureSource } from '../types';

/** Lines mail apps add on their own ("Get Outlook for iOS", "Sent from my iPhone"): not the user's signature. */
const CLIENT_BOILERPLATE =
  /^(get|download)\s+(the\s+)?outlook\s+for\s+(ios|android|mac|windows)\b|^sent\s+from\s+(my\s+)?(outlook|mail for windows|iphone|ipad|android|samsung|galaxy|mobile|blackberry|huawei|xiaomi|pixel)\b|^sent\s+from\s+outlook\s+for\s+(ios|android)\b/i;

export function isClientBoilerplate(line: string): boolean {
  return CLIENT_BOILERPLATE.test(line.trim());
}

/** At most this many lines are taken from a marked signature (a signature is short). */
const MAX_SIGNATURE_LINES = 20;
/** A trailing block longer than this after a closing line is message text, not a signature. */
const MAX_CLOSING_BLOCK = 10;

/** Closing lines, lower case, trailing punctuation removed. */
const CLOSINGS = new Set(
  (
    'regards|kind regards|kindest regards|best regards|warm regards|warmest regards|' +
    'with kind regards|with best regards|with regards|many regards|best|all the best|' +
    'best wishes|thanks|thank you|many thanks|thanks again|thanks in advance|' +
    'thank you in advance|thanks and regards|thanks & regards|thanks and best regards|' +
    'thanks & best regards|regards and thanks|thanks, regards|cheers|sincerely|' +
    'yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|rgds|br|--|' +
    'mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|' +
    'viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|gruß|grüße|cordialement|' +
    'bien cordialement|bien à vous|salutations|meilleures salutations|saludos|' +
    'saludos cordiales|un saludo|atentamente|cordiali saluti|distinti saluti|saluti|' +
    'met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|groeten|' +
    'atenciosamente|abraços|cumprimentos|med vänliga hälsningar|vänliga hälsningar|hälsningar|' +
    'med venlig hilsen|venlig hilsen|med vennlig hilsen|vennlig hilsen|pozdrawiam|' +
    'z poważaniem|s pozdravem|с уважением|よろしくお願いします|よろしくお願いいたします|此致|此致敬礼|谢谢'
  ).split('|'),
);

/** A line that closes a message: "Kind regards", "Thanks!", "Best,", "--"... */
export function isClosingLine(text: string): boolean {
  const t = text.trim();
  if (t === '--' || t === '-- ' || t === '—') return true;
  if (t.length > 40) return false;
  const k = t
    .toLowerCase()
    .replace(/[\s,.!;:、。]+$/u, '')
    .replace(/\s+/g, ' ');
  return CLOSINGS.has(k);
}

// Bounded parts (an address has at most 64 + 255 characters): an unbounded pattern takes
// quadratic time on a long line without "@" (a pasted blob after "Thanks").
const EMAIL_TOKEN = /[^\s<>()[\]:;,"'|/\\]{1,64}@[^\s<>()[\]:;,"'|/\\]{1,253}\.[^\s<>()[\]:;,"'|/\\.]{2,63}/u;
const URL_LIKE =
  /(https?:\/\/|\bwww\.|\b[a-z0-9-]+\.(com|net|org|io|co|de|uk|fr|jp|cn|in|au|br|ca|eu|info|biz)(\/|\b)(?!@))/i;
const PHONE_LABEL =
  /^(tel|tel\.|telephone|phone|ph|mobile|mob|cell|cellphone|direct|office|work|main|landline|handy|t|m|p|d|o|w|☎|📞|✆)(?!\p{L})\s*[.:]?\s*/iu;
const FAX_LABEL = /^(fax\b|f\s*[.:])/i;
const PHONE_BODY = /^\+?[\d(][\d\s().\-/\u00a0]{5,}\d(\s*(x|ext\.?|extension)\s*\d{1,6})?$/i;
const SEGMENT_SPLIT = /\s+[|•·]\s+|\s*[|•·]\s*|\s{3,}|\t+/u;
export const COMPANY_SUFFIX =
  /\b(inc|inc\.|ltd|ltd\.|llc|llp|plc|gmbh|ag|kg|sa|s\.a\.|sarl|s\.r\.l\.|srl|bv|b\.v\.|nv|n\.v\.|oy|ab|as|a\/s|kk|k\.k\.|pty|pte|corp|corp\.|corporation|company|co\.|limited|group|holding|holdings)\s*$/i;
const ADDRESS_WORDS =
  /\b(street|st\.|road|rd\.|avenue|ave\.?|boulevard|blvd|suite|floor|fl\.|building|bldg|lane|drive|dr\.|way|court|ct\.|square|sq\.|place|pl\.|p\.?\s?o\.?\s?box|straße|strasse|str\.|weg|platz|allee|gasse|rue|avenue|via|viale|piazza|calle|avenida|rua|laan|straat|gatan|vej|veien|ul\.|丁目|番地)\b/iu;

/** Words that make a line read as a job title. Word boundaries, case-insensitive. */
export const TITLE_WORDS =
  /\b(manager|managers|mgr|management|managing|director|head|lead|leader|officer|administrator|admin|engineer|analyst|specialist|consultant|president|vp|svp|evp|avp|chief|coordinator|co-ordinator|owner|architect|executive|supervisor|partner|founder|co-founder|principal|developer|technician|assistant|associate|representative|controller|accountant|buyer|procurement|purchasing|secretary|advisor|adviser|strategist|planner|scientist|ceo|cto|cio|cfo|coo|ciso|cso|cdo|superintendent|clerk|agent|expert|steward|treasurer|auditor|counsel|attorney|lawyer|intern|trainee|sysadmin|dba|devops|administratrice|administrateur|responsable|directeur|directrice|gerente|jefe|jefa|direktor|leiter|leiterin|geschäftsführer|sachbearbeiter|referent|ingenieur|ingénieur|responsabile|dirigente|部長|課長|マネージャー|经理|主管)\b/iu;

export function extractEmail(line: string): string {
  const m = EMAIL_TOKEN.exec(line.replace(/^mailto:/i, ''));
  if (!m) return '';
  const token = m[0].replace(/^mailto:/i, '').replace(/[.,;:]+$/, '');
  const parsed = parseAddress(token);
  return parsed !== null && parsed.host.includes('.') ? parsed.address : '';
}

/** The phone number a line (or one of its "|"-separated parts) gives, else ''. Fax numbers are not phones. */
export function extractPhone(line: string): string {
  for (const segment of line.split(SEGMENT_SPLIT)) {
    const s = segment.trim();
    if (s === '' || FAX_LABEL.test(s)) continue;
    const body = s.replace(PHONE_LABEL, '').trim();
    if (!PHONE_BODY.test(body)) continue;
    const digits = body.replace(/\D/g, '');
    if (digits.length >= 7 && digits.length <= 18) return body;
  }
  return '';
}

function isUrlLine(line: string): boolean {
  return URL_LIKE.test(line) && !/\s\S+\s\S+\s/.test(line.replace(URL_LIKE, ''));
}

function isAddressLine(line: string): boolean {
  return /\d/.test(line) && (ADDRESS_WORDS.test(line) || /\b\d{4,6}\b.*,|,.*\b\d{4,6}\b/.test(line));
}

/** Not a title or name: an email, phone, web address, postal address or a closing. */
export function isContactLine(line: string): boolean {
  return (
    extractEmail(line) !== '' ||
    extractPhone(line) !== '' ||
    isUrlLine(line) ||
    isAddressLine(line) ||
    isClosingLine(line)
  );
}

/** A line that reads as a person's name: 1–5 words of letters, no digits, no title words. */
export function looksLikeName(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 60) return false;
  if (/[\d@:/\\|<>{}[\]=_#*+]/.test(t)) return false;
  if (TITLE_WORDS.test(t) || COMPANY_SUFFIX.test(t) || isClosingLine(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  if (!words.every((w) => /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*,?$/u.test(w))) return false;
  // "jane doe" is fine, "IT OPERATIONS TEAM" style all-caps phrases of 3+ words are not names.
  return /\p{L}/u.test(t);
}

function titleSegment(line: string): string {
  const segments = line
    .split(SEGMENT_SPLIT)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return segments.find((s) => TITLE_WORDS.test(s) && !isContactLine(s)) ?? '';
}

// ------------------------------------------------------------ unmarked signatures
// A signature Outlook did not mark and that follows no closing line is found by the locator in
// signature-unmarked.ts, which installs itself here when loaded: the send-time handler loads it at
// once, the pane beside its first read of the message (it is kept off the first screen's bytes).
// Without it such a signature is not read ("no signature found"), never guessed.

/** What the locator knows about the sender (the From of the message). */
export interface SenderHint {
  displayName?: string | undefined;
  address?: string | undefined;
}

/** What signature-unmarked.ts installs: the locator, and its test for lines of running text. */
export interface UnmarkedReader {
  locate(
    texts: readonly string[],
    from: number,
    to: number,
    sender?: SenderHint,
    skip?: (i: number) => boolean,
  ): number[] | null;
  isSentence(line: string): boolean;
}

let unmarkedReader: UnmarkedReader | null = null;

/** Installs the reader of signatures Outlook did not mark (signature-unmarked.ts calls it). */
export function installUnmarkedReader(reader: UnmarkedReader): void {
  unmarkedReader = reader;
}

/**
 * Whether a line reads as running text (a sentence), so that it never supplies a job title in a
 * signature Outlook did not mark. Known once signature-unmarked.ts is loaded; until then false.
 */
export function readsAsSentence(line: string): boolean {
  return unmarkedReader?.isSentence(line) ?? false;
}

export type SignatureFields = Omit<Signature, 'source' | 'lines'>;

/** Picks name, job title, email and phone from a signature's lines. */
export function parseSignatureLines(lines: readonly string[]): SignatureFields {
  let email = '';
  let phone = '';
  for (const line of lines) {
    if (email === '') email = extractEmail(line);
    if (phone === '') phone = extractPhone(line);
  }

  let name = '';
  let nameIndex = -1;
  let title = '';
  let titleLine: string | undefined;
  for (let i = 0; i < lines.length && nameIndex === -1; i++) {
    const line = lines[i] as string;
    if (looksLikeName(line)) {
      name = line.replace(/,$/, '');
      nameIndex = i;
      break;
    }
    // "Jane Doe | IT Manager" or "Jane Doe, IT Manager": a name and a title on one line.
    const parts = line
      .split(/\s*[|•·,]\s*|\s+[-–—]\s+/u)
      .map((s) => s.trim())
      .filter((s) => s !== '');
    if (
      parts.length >= 2 &&
      looksLikeName(parts[0] as string) &&
      TITLE_WORDS.test(parts.slice(1).join(' '))
    ) {
      name = parts[0] as string;
      nameIndex = i;
      title = parts.slice(1).join(', ');
      titleLine = line;
    }
  }

  if (title === '') {
    // A line with a title word, preferring the first one after the name.
    const order = [...lines.keys()].filter((i) => i !== nameIndex);
    order.sort((a, b) => Number(a < nameIndex) - Number(b < nameIndex) || a - b);
    for (const i of order) {
      const line = lines[i] as string;
      if (isContactLine(line) || line.length > 120) continue;
      const seg = titleSegment(line);
      if (seg !== '') {
        title = seg;
        titleLine = line;
        break;
      }
    }
  }
  if (title === '' && nameIndex !== -1 && nameIndex + 1 < lines.length) {
    // Else the line right after the name, if it is not contact details or a company name.
    const next = lines[nameIndex + 1] as string;
    if (!isContactLine(next) && !COMPANY_SUFFIX.test(next) && next.length <= 80 && /\p{L}/u.test(next)) {
      title = next;
      titleLine = next;
    }
  }
  const result: SignatureFields = { name, title, email, phone };
  if (titleLine !== undefined) result.titleLine = titleLine;
  return result;
}

export interface SignatureReading {
  signature: Signature;
  /** The laid-out body the signature was read from. */
  rendered: Rendered;
  /** The lines of `rendered` that form the signature (null for a saved signature or none). */
  range: LineRange | null;
  /** For source 'closing': the index of the closing line, else -1. */
  closingLine: number;
}

export interface ReadSignatureOptions {
  /**
   * Read as if our own request block were not there (the template and the body merge use this,
   * so that inserting twice gives the same result). Default false: what IBM will see.
   */
  outsideRequest?: boolean;
  /** The From of the message: its name anchors a signature Outlook did not mark. */
  sender?: SenderHint | undefined;
}

function none(saved: string | undefined): { source: SignatureSource; lines: string[] } {
  const lines = String(saved ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .slice(0, MAX_SIGNATURE_LINES);
  return lines.length > 0 ? { source: 'saved', lines } : { source: 'none', lines: [] };
}

/** Reads the signature and tells where it is (for the template and the body merge). */
export function readSignatureDetailed(
  body: ComposeBody,
  parseHtml: ParseHtml,
  savedSignature?: string,
  options: ReadSignatureOptions = {},
): SignatureReading {
  let rendered: Rendered;
  try {
    rendered = renderBody(body, parseHtml);
  } catch {
    rendered = emptyRendered([], 0);
  }
  const { lines, cut } = rendered;
  const request = options.outsideRequest ? rendered.request : null;
  const skip = (i: number) => request !== null && i >= request.from && i < request.to;
  const take = (from: number, to: number, max: number): number[] => {
    const out: number[] = [];
    for (let i = from; i < Math.min(to, cut) && out.length < max; i++) {
      if (!skip(i) && !isClientBoilerplate((lines[i] as RenderedLine).text)) out.push(i);
    }
    return out;
  };
  const finish = (source: SignatureSource, idx: number[], closingLine = -1): SignatureReading => {
    const texts = idx.map((i) => (lines[i] as RenderedLine).text);
    const signature: Signature = { source, lines: texts, ...parseSignatureLines(texts) };
    const range = idx.length > 0 ? { from: idx[0] as number, to: (idx[idx.length - 1] as number) + 1 } : null;
    return { signature, rendered, range, closingLine };
  };

  const marked: Array<[SignatureSource, LineRange | null]> = [
    ['owa', rendered.owa],
    ['mobile', rendered.mobile],
    ['classic', rendered.classic],
  ];
  for (const [source, range] of marked) {
    if (range === null || range.from >= cut) continue;
    const idx = take(range.from, range.to, MAX_SIGNATURE_LINES);
    if (idx.length > 0) return finish(source, idx);
  }

  for (let i = cut - 1; i >= 0; i--) {
    if (skip(i) || !isClosingLine((lines[i] as RenderedLine).text)) continue;
    const idx = take(i + 1, cut, MAX_CLOSING_BLOCK + 1);
    if (idx.length >= 1 && idx.length <= MAX_CLOSING_BLOCK) return finish('closing', idx, i);
    break;
  }

  const unmarked =
    unmarkedReader?.locate(
      lines.slice(0, cut).map((l) => l.text),
      0,
      cut,
      options.sender,
      // Our block (read as if absent) and quoted text bound it.
      (i) => skip(i) || (lines[i] as RenderedLine).quoted === true,
    ) ?? null;
  if (unmarked !== null) return finish('unmarked', unmarked);

  const fallback = none(savedSignature);
  return {
    signature: { ...fallback, ...parseSignatureLines(fallback.lines) },
    rendered,
    range: null,
    closingLine: -1,
  };
}

/**
 * The user's signature in a compose body (or the saved one). Never throws; never returns text from
 * the quoted thread below appendonsend or a reply header.
 */
export function readSignature(
  body: ComposeBody,
  parseHtml: ParseHtml,
  savedSignature?: string,
  sender?: SenderHint,
): Signature {
  try {
    return readSignatureDetailed(body, parseHtml, savedSignature, { sender }).signature;
  } catch {
    return { source: 'none', lines: [], name: '', title: '', email: '', phone: '' };
  }
}
