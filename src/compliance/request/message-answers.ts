// Works out, from a message as it will leave (subject, body, From), the answers the pane would have
// given — so the send-time handler can run the same rules without the pane. Our own request block
// is read exactly (request-reader.ts); a message written by hand is read leniently from its own
// text (above the signature and the quoted thread): an "Account number" or the subject's number,
// a sentence that gives a reason, "I am the current primary contact" or "our primary contact has…",
// labelled "Name:/Email:/Phone:" lines for the new contact, a "Region:" line. The pane's stored
// form is used only for what the message does not say, and only when it is about the same account.
// Pure: no Office, no DOM.
import { normaliseAccountNumber } from './account';
import { REGIONS } from '../knowledge/desks';
import { restoreForm } from './stored-form';
import type { ParseHtml } from '../mail/html';
import { freeTextStillAtCompany, SELF_PREFIX } from './reasons';
import { readRequest } from './request-reader';
import { isClosingLine, parseSignatureLines, readSignatureDetailed } from '../mail/signature';
import type { ComposeBody, MailAddress, Person, RegionId, RequestAnswers, Role, Signature } from '../types';
import { ACCOUNT_PLACEHOLDER, REQUEST_LINE, SUBJECT_PREFIX } from '../mail/wording';

export interface MessageToRead {
  subject: string;
  body: ComposeBody;
  /** The From of the message (the new contact is "self" when the block names this address). */
  sender: MailAddress;
  savedSignature?: string | undefined;
  /** The pane's stored form (roaming settings `form`), any shape. */
  storedForm?: unknown;
  /** The region of the desk the message is addressed to, used when the message states none. */
  deskRegion: RegionId | null;
}

export type AnswerSource = 'message' | 'form' | 'default';

export interface MessageAnswers {
  answers: RequestAnswers;
  /** True when the message is about a primary contact at all (subject or text, or our block). */
  isRequest: boolean;
  /** True when the body holds our request block (the pane inserted it). */
  fromTemplate: boolean;
  /** Where the role came from: the message's wording, the stored form, or the default (manager). */
  roleSource: AnswerSource;
  /** True when a region was stated (a "Region:" line, or chosen in the pane), not just taken from the desk. */
  regionStated: boolean;
  /** The signature as IBM will see it (pass it on to evaluate() to read the body once). */
  signature: Signature;
}

/** A stored form's fields the handler can use: the pane's own reading of it (stored-form.ts). */
export interface StoredFormHints {
  /** null when the stored form states no role (an empty or foreign shape). */
  role: Role | null;
  accountNumber: string;
  region: RegionId | null;
  regionChosen: boolean;
}

export function storedFormHints(stored: unknown): StoredFormHints {
  const form = restoreForm(stored);
  const role = (stored as { role?: unknown } | null | undefined)?.role;
  return {
    role: role === 'primary-contact' || role === 'manager' ? form.role : null,
    accountNumber: form.accountNumber,
    region: form.region || null,
    regionChosen: form.regionChosen,
  };
}

// ------------------------------------------------------------------ reading lines

const REQUEST_WORDS = /\bprimary\s+(company\s+)?contact\b|\bPCC\b/i;
const GREETING_LIKE =
  /^(dear|hello|hi|hey|good\s+(morning|afternoon|evening|day)|to whom it may concern|greetings)\b/i;
const SELF_CUES =
  /\bI\s*(am|'m|’m)\s+(the\s+|your\s+|our\s+)?(current\s+)?primary\s+(company\s+)?contact\b|\bas\s+the\s+(current\s+)?primary\s+(company\s+)?contact\b/i;
const MANAGER_CUES =
  /\b(our|the)\s+(current\s+|former\s+|previous\s+)?primary\s+(company\s+)?contact\s*(,[^,]{1,60},\s*)?(has|had|is|was|no longer|left|moved|retired|resigned)\b|\bI\s*(am|'m|’m)\s+(his|her|their|the)\s+manager\b/i;
const REASON_LABEL = /^reason(\s+for\s+(the\s+)?change)?\s*[:：]\s*/i;
const REASON_CUE = /\b(because|due\s+to|since\s+(he|she|they)|reason)\b/i;
const ACCOUNT_LABEL = /^(account|site)\s*(number|no\.?|nr\.?|#|id)?\s*[:：#]\s*/i;
const ACCOUNT_ANYWHERE =
  /\b(?:account|site)\s*(?:number|no\.?|nr\.?|#|id)?\s*[:：#]?\s*([0-9０-９][0-9０-９\s-]{2,}[0-9０-９])/i;
const REGION_LABEL = /^region\s*[:：]\s*/i;
const FIELD_LABELS: Array<[keyof Person, RegExp]> = [
  ['name', /^(full\s+)?name\s*[:：]\s*/i],
  ['title', /^(job\s+title|title|position|role)\s*[:：]\s*/i],
  ['email', /^(e-?mail|email\s+address|e-mail\s+address)\s*[:：]\s*/i],
  ['phone', /^(phone|telephone|tel\.?|mobile|phone\s+number)\s*[:：]\s*/i],
];
const NEW_CONTACT_LABEL = /^new\s+(primary\s+)?(company\s+)?contact\b.*[:：]?\s*$/i;

function squash(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

function sameText(a: string, b: string): boolean {
  const k = (s: string) =>
    squash(s)
      .toLowerCase()
      .replace(/[\s.:;,!]+$/, '');
  return k(a) === k(b);
}

/** The first token of an account value: a run of digits (with spaces/dashes), else the first word. */
function accountToken(rest: string): string {
  // The template's placeholder, kept whole so the account-number check can name it.
  if (squash(rest).toLowerCase().startsWith(ACCOUNT_PLACEHOLDER)) return ACCOUNT_PLACEHOLDER;
  const tokens = squash(rest).split(' ');
  const numeric = /^[0-9０-９][0-9０-９-]*$/;
  if (!numeric.test(tokens[0] ?? '')) return (tokens[0] ?? '').replace(/[.,;:)]+$/, '');
  const run: string[] = [];
  for (const t of tokens) {
    if (!numeric.test(t)) break;
    run.push(t);
  }
  return run.join(' ').replace(/-+$/, '');
}

function labelledValue(lines: readonly string[], label: RegExp): string | null {
  for (const l of lines) {
    const m = label.exec(l);
    if (m) return l.slice(m[0].length).trim();
  }
  return null;
}

function regionNamed(text: string): RegionId | null {
  const t = squash(text)
    .toLowerCase()
    .replace(/[.;]+$/, '');
  if (t === '') return null;
  const r = REGIONS.find((x) => x.name.toLowerCase() === t || x.id === t || x.desk === t);
  return r?.id ?? null;
}

/** The account number the subject states ("primary contact update for account N" or "account N"). */
function accountFromSubject(subject: string): string {
  const s = squash(subject);
  const prefix = SUBJECT_PREFIX.trim().toLowerCase();
  const at = s.toLowerCase().indexOf(prefix);
  if (at !== -1) {
    const rest = s.slice(at + prefix.length).replace(/^\s*(number|no\.?|nr\.?|#)?\s*[:#]?\s*/i, '');
    const token = accountToken(rest);
    if (token !== '') return token;
  }
  const m = ACCOUNT_ANYWHERE.exec(s);
  return m ? accountToken(m[1] ?? '') : '';
}

function accountFromLines(lines: readonly string[]): string {
  const labelled = labelledValue(lines, ACCOUNT_LABEL);
  if (labelled !== null && labelled !== '') return accountToken(labelled);
  for (const l of lines) {
    const m = ACCOUNT_ANYWHERE.exec(l);
    if (m) return accountToken(m[1] ?? '');
  }
  return '';
}

function isLabelledLine(l: string): boolean {
  return (
    REASON_LABEL.test(l) ||
    ACCOUNT_LABEL.test(l) ||
    REGION_LABEL.test(l) ||
    NEW_CONTACT_LABEL.test(l) ||
    FIELD_LABELS.some(([, re]) => re.test(l))
  );
}

/** The reason a hand-written message gives ('' when none). */
function reasonFromLines(lines: readonly string[]): string {
  const requestAt = lines.findIndex((l) => sameText(l, REQUEST_LINE));
  if (requestAt !== -1) {
    // IBM's wording without our exact greeting: the reason is what stands between the greeting and it.
    let from = 0;
    for (let i = requestAt - 1; i >= 0; i--) {
      if (GREETING_LIKE.test(lines[i] as string) && (lines[i] as string).length <= 60) {
        from = i + 1;
        break;
      }
    }
    return squash(lines.slice(from, requestAt).join(' '));
  }
  const labelled = labelledValue(lines, REASON_LABEL);
  if (labelled !== null) return labelled;
  const own = lines.filter(
    (l) => !isLabelledLine(l) && !isClosingLine(l) && !(GREETING_LIKE.test(l) && l.length <= 60),
  );
  return own.find((l) => freeTextStillAtCompany(l) !== null) ?? own.find((l) => REASON_CUE.test(l)) ?? '';
}

function roleFromText(text: string): Role | null {
  if (SELF_CUES.test(text)) return 'primary-contact';
  if (MANAGER_CUES.test(text)) return 'manager';
  return null;
}

/** Labelled new-contact fields in the message's own lines, else the lines under a "New primary contact" label. */
function contactFromLines(lines: readonly string[]): Person | null {
  const person: Person = { name: '', title: '', email: '', phone: '' };
  let found = false;
  for (const [field, re] of FIELD_LABELS) {
    const v = labelledValue(lines, re);
    if (v !== null && v !== '') {
      person[field] = v;
      found = true;
    }
  }
  if (found) return person;
  const at = lines.findIndex((l) => NEW_CONTACT_LABEL.test(l));
  if (at === -1) return null;
  const inline = squash((lines[at] as string).replace(/^[^:：]*[:：]/, ''));
  const block: string[] = inline !== '' && inline !== lines[at] ? [inline] : [];
  for (let i = at + 1; i < lines.length && block.length < 6; i++) {
    const l = lines[i] as string;
    if (isClosingLine(l) || sameText(l, REQUEST_LINE) || isLabelledLine(l)) break;
    block.push(l);
  }
  const parsed = parseSignatureLines(block.flatMap((l) => l.split(/\s*[,;|]\s*/)));
  if (parsed.name === '' && parsed.email === '') return null;
  return { name: parsed.name, title: parsed.title, email: parsed.email, phone: parsed.phone };
}

// ------------------------------------------------------------------ answers

function contactAnswer(person: Person | null, sender: MailAddress): RequestAnswers['newContact'] {
  const empty: Person = { name: '', title: '', email: '', phone: '' };
  if (person === null) return { mode: 'self', person: empty };
  const email = squash(person.email).toLowerCase();
  const self = email !== '' && email === squash(sender.address ?? '').toLowerCase();
  if (self || (email === '' && squash(person.name) === '')) return { mode: 'self', person: empty };
  return { mode: 'other', person };
}

/** The answers a message gives, with where they came from. Never throws. */
export function answersFromMessage(message: MessageToRead, parseHtml: ParseHtml): MessageAnswers {
  const reading = readSignatureDetailed(message.body, parseHtml, message.savedSignature, {
    sender: message.sender,
  });
  const { rendered, range } = reading;
  // The message's own text: above the quoted thread, without the signature.
  const own: string[] = [];
  for (let i = 0; i < rendered.cut; i++) {
    if (range !== null && i >= range.from && i < range.to) continue;
    own.push((rendered.lines[i] as { text: string }).text);
  }
  const subject = String(message.subject ?? '');
  let block: ReturnType<typeof readRequest> = null;
  try {
    block = readRequest(message.body, parseHtml, subject);
  } catch {
    block = null;
  }

  let role: Role | null;
  let reason: string;
  let accountNumber: string;
  let region: RegionId | null;
  let contact: Person | null;
  if (block !== null) {
    reason = block.reason;
    // The block's sentence says who is asking, unless it is empty (both paths then read the same).
    role = reason !== '' ? block.role : roleFromText(own.join('\n'));
    accountNumber = block.accountNumber !== '' ? accountToken(block.accountNumber) : accountFromLines(own);
    region = block.region ?? regionNamed(labelledValue(own, REGION_LABEL) ?? '');
    const c = block.newContact;
    contact = c.name || c.email || c.title || c.phone ? c : contactFromLines(own);
  } else {
    reason = reasonFromLines(own);
    if (reason.startsWith(SELF_PREFIX)) reason = reason.slice(SELF_PREFIX.length).trim() || reason;
    role = roleFromText(own.join('\n'));
    accountNumber = accountFromSubject(subject) || accountFromLines(own);
    region = regionNamed(labelledValue(own, REGION_LABEL) ?? '');
    contact = contactFromLines(own);
  }

  // The pane's stored form fills in only what the message leaves open, and only for the same account.
  const form = storedFormHints(message.storedForm);
  const sameAccount =
    accountNumber !== '' &&
    normaliseAccountNumber(form.accountNumber) === normaliseAccountNumber(accountNumber);
  let roleSource: AnswerSource = 'message';
  if (role === null) {
    if (sameAccount && form.role !== null) {
      role = form.role;
      roleSource = 'form';
    } else {
      // IBM's own example is the manager path, and it is the pane's default.
      role = 'manager';
      roleSource = 'default';
    }
  }
  let regionStated = region !== null;
  if (region === null && sameAccount && form.regionChosen && form.region !== null) {
    region = form.region;
    regionStated = true;
  }
  if (region === null) region = message.deskRegion;

  const text = `${subject}\n${own.join('\n')}`;
  return {
    answers: {
      role,
      reason,
      accountNumber,
      region,
      newContact: contactAnswer(contact, message.sender),
    },
    isRequest: block !== null || REQUEST_WORDS.test(text),
    fromTemplate: block !== null,
    roleSource,
    regionStated,
    signature: reading.signature,
  };
}
