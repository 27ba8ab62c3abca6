// The locator of a signature Outlook did not mark (typed or pasted by hand, or from a client
// that adds no marker) and that follows no closing line: read from the end of the user's own text,
// line by line, with the signals signature extraction uses (short lines, no sentence punctuation,
// the sender's name, contact lines, job-title words, capitalised words). Conservative: a block
// counts only when it is anchored by the sender's name, or by a name line with a title or contact
// line and contact details below; otherwise the message has no signature and the user is told
// so, never guessed at. Importing this module installs it in the signature reader (signature.ts).
import {
  COMPANY_SUFFIX,
  installUnmarkedReader,
  isClientBoilerplate,
  isContactLine,
  looksLikeName,
  parseSignatureLines,
  TITLE_WORDS,
  type SenderHint,
} from './signature';

/** Pronouns and verbs: a line with one is running text, never a job title ("Ask your manager", "Kim is the manager"). */
const SENTENCE_SET = new Set(
  'i me my we us our you your he she him her they them is are was were be been am will would can could should shall may might do does did have has had'.split(
    ' ',
  ),
);
/** Lines that start like an instruction ("Please…", "Ask…", "See below"). */
const IMPERATIVE_START =
  /^(please|ask|call|contact|see|let|send|forward|tell|thanks?|hope|hi|hello|dear)\b(?!\s*[:#])/i;
/** "Inc.", "Corp.", "Jr.", "Co.", "L.P.", "Ltd.", "St.": a final period that is not a full stop. */
const ABBREVIATION_END = /(\b[A-Z][a-z]{0,4}\.|\b(?:[A-Za-z]\.){1,4})$/;

/** Words with a letter or digit. */
export function words(line: string): string[] {
  return line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A line of running text: a sentence, a question, or too many small words for a signature. */
export function isSentenceLine(line: string): boolean {
  const t = line.trim();
  if (t.length > 100) return true;
  const ws = words(t);
  if (ws.length > 12) return true;
  // "IS Manager", "IT Director": an acronym in capitals is not the verb or pronoun it spells,
  // unless the whole line is in capitals.
  const caps = t === t.toUpperCase();
  const bare = ws
    .filter((w) => caps || !/^\p{Lu}{2,}\W*$/u.test(w))
    .map((w) => w.toLowerCase().replace(/[^\p{L}']/gu, ''));
  if (bare.some((w) => SENTENCE_SET.has(w)) || IMPERATIVE_START.test(t)) return true;
  // Titles are capitalised; four words in lower case are running text.
  if (ws.filter((w) => /^\p{Ll}/u.test(w)).length >= 4) return true;
  if (/[?!:]$/.test(t)) return true;
  if (/\.$/.test(t) && !ABBREVIATION_END.test(t) && ws.length >= 3) return true;
  return false;
}

/** At most this many lines are read upwards from the end as an unmarked signature. */
const MAX_UNMARKED_LINES = 12;
/**
 * "Label: value" that is no contact line (those are read first): a field of a form or of our
 * request block ("Job title: IT Manager"), never a signature line.
 */
const LABELLED_FIELD = /^\s*[\p{L}][\p{L} .'/-]{0,24}:\s*\S/u;

/** Lower-case words of letters. */
function letterWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '');
}

/**
 * A test for lines naming the sender: a word of their display name or address ("Ward, Kim S"
 * and kim.ward@… → "Kim Ward"), their initials, or the address's "initial + surname" ("Randy
 * Bowers" for rbowers@…).
 */
function senderNamer(sender: SenderHint | undefined): (line: string) => boolean {
  const local = (sender?.address ?? '').split('@')[0] ?? '';
  const name = letterWords(sender?.displayName ?? '');
  const tokens = new Set(
    [...name, ...(/\d/.test(local) ? [] : letterWords(local))].filter((w) => w.length >= 2),
  );
  const initials = name.map((w) => w[0]).join('');
  const joined = local.toLowerCase().replace(/[^\p{L}]/gu, '');
  return (line) => {
    const ws = letterWords(line);
    if (ws.length === 0 || ws.length > 6) return false;
    if (ws.some((w) => w.length >= 2 && tokens.has(w))) return true;
    const first = ws[0] as string;
    const last = ws[ws.length - 1] as string;
    // Initials ("DG" for Darron Giron, in either order).
    if (
      ws.length === 1 &&
      first.length > 1 &&
      first.length < 4 &&
      [...first].every((c) => initials.includes(c))
    )
      return true;
    return ws.length >= 2 && joined.length >= 4 && (joined === first[0] + last || joined === first + last);
  };
}

/** Mostly capitalised short words: a company, department or place ("West Gas Origination", "USG CORPORATION"). */
function isCapitalisedLine(line: string): boolean {
  const ws = words(line);
  if (ws.length === 0 || ws.length > 7) return false;
  const capital = ws.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w) || /^(&|of|and|the|for|a)$/.test(w));
  return capital.length * 2 > ws.length;
}

function isTitleLine(line: string): boolean {
  return TITLE_WORDS.test(line) && words(line).length <= 10;
}

/** A phone, fax, pager or extension line in any layout ("713.789.4449 fax", "(O) 713.289.5504", "x54979"). */
function isNumberLine(line: string): boolean {
  const t = line.trim();
  if (/^(x|ext\.?|extension)\s*[:.]?\s*\d{3,6}$/i.test(t)) return true;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 7 && words(t.replace(/[\d()+./-]+/g, ' ')).length <= 5;
}

/** A line that may belong to a signature (it is still read only when the block is anchored). */
function isSignatureLike(line: string): boolean {
  // Quoted text ("> Project Manager") is never the user's signature; nor is a form field
  // ("Job title: IT Manager", "Name: Jane Doe"), unlike a labelled phone or email line.
  // Signature lines are short (and a long line is never scanned for addresses here).
  if (line.length > 150 || /^\s*>/.test(line)) return false;
  if (isContactLine(line) || isNumberLine(line)) return true;
  if (LABELLED_FIELD.test(line) || isSentenceLine(line)) return false;
  return looksLikeName(line) || isTitleLine(line) || COMPANY_SUFFIX.test(line) || isCapitalisedLine(line);
}

/**
 * Indexes of lines [from, to) that form a signature typed at the end with no marker, or null when
 * the end of the message does not read as one.
 */
export function locateUnmarkedSignature(
  texts: readonly string[],
  from: number,
  to: number,
  sender?: SenderHint,
  skip: (i: number) => boolean = () => false,
): number[] | null {
  const namesSender = senderNamer(sender);
  const block: number[] = [];
  for (let i = to - 1; i >= from && block.length < MAX_UNMARKED_LINES; i--) {
    // Lines the reader bounds it with (our own request block read as if absent, a <blockquote>).
    if (skip(i)) break;
    const t = texts[i] as string;
    if (isClientBoilerplate(t)) continue;
    if (!isSignatureLike(t)) break;
    block.unshift(i);
  }
  if (block.length === 0) return null;
  const text = (i: number) => texts[i] as string;
  const isName = (i: number) => namesSender(text(i)) && !isContactLine(text(i));
  const isContact = (i: number) => isContactLine(text(i)) || isNumberLine(text(i));
  const nameAndTitle = (i: number) => {
    const fields = parseSignatureLines([text(i)]);
    return fields.name !== '' && fields.title !== '';
  };
  // A list of people with their titles ("Jan Wilson - Manager" / "Eric Le Dain - Director") is
  // message text, not one person's signature.
  if (block.filter(nameAndTitle).length >= 2) return null;
  // The signature starts at the first line naming the sender. Without one (the signature names
  // someone other than the mailbox), it starts at a name line followed by a title or contact
  // line, or at a "name, title" line, and must hold contact details below it. Lines above the
  // start are the end of the message text.
  let start = block.findIndex(isName);
  if (start === -1) {
    start = block.findIndex((i, k) => {
      const next = block[k + 1];
      if (next === undefined) return false;
      return (looksLikeName(text(i)) && (isTitleLine(text(next)) || isContact(next))) || nameAndTitle(i);
    });
    if (start === -1 || !block.slice(start + 1).some(isContact)) return null;
  }
  return block.slice(start);
}

installUnmarkedReader({ locate: locateUnmarkedSignature, isSentence: isSentenceLine });
