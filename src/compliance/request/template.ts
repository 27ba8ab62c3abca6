// The request email, in IBM's words (docs/ibm-procedure.md): subject, then an HTML block and a plain-text
// block meant to be inserted ABOVE the user's existing Outlook signature (body-merge.ts), so the
// signature is used as it is rather than copied. Every user or mailbox string is HTML-escaped; the
// HTML has no script, no event handler attribute, no URL and no external resource.
import { normaliseAccountNumber } from './account';
import { regionById } from '../knowledge/desks';
import { reasonSentence } from './reasons';
import { newContactPerson } from './new-contact';
import { isClosingLine, readSignatureDetailed } from '../mail/signature';
import type { ParseHtml } from '../mail/html';
import type { ComplianceInput } from '../types';
import {
  ACCOUNT_PLACEHOLDER,
  CLOSING,
  GREETING,
  LABELS,
  REQUEST_ID,
  REQUEST_LINE,
  SUBJECT_MAX,
  SUBJECT_PREFIX,
} from '../mail/wording';

export interface RequestTemplate {
  /** Exactly "primary contact update for account <digits>" (or "[account number]" for none yet). */
  subject: string;
  /** One element, <div id="pcc-request" class="pcc-request">…</div>. */
  html: string;
  /** Plain lines joined with "\n". */
  text: string;
  /** True when the block ends with a signature of its own (the body had none). */
  signatureIncluded: boolean;
  /** The desk address for To ('' when no region is chosen). */
  to: string;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes a string for HTML text or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return String(text ?? '').replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c] as string);
}

/** A single line of user text: whitespace runs (newlines included) become one space; control characters go. */
function oneLine(text: string): string {
  return (
    String(text ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
      .trim()
  );
}

/**
 * "primary contact update for account <digits>" — the digits of the account number, or the visible
 * placeholder "[account number]" when it is not all digits (never a subject ending in "account ").
 */
export function buildSubject(accountNumber: string): string {
  const n = normaliseAccountNumber(accountNumber);
  const digits = /^[0-9]+$/.test(n) ? n : ACCOUNT_PLACEHOLDER;
  return SUBJECT_PREFIX + digits.slice(0, SUBJECT_MAX - SUBJECT_PREFIX.length);
}

export interface TemplateParts {
  /** Paragraphs of lines; each inner array is one paragraph. */
  paragraphs: string[][];
  signatureIncluded: boolean;
}

/** The request's lines, grouped in paragraphs (shared by the HTML and text variants). */
export function templateParts(input: ComplianceInput, env: { parseHtml: ParseHtml }): TemplateParts {
  // Read as if our previous block were absent, so inserting again gives the same block.
  const reading = readSignatureDetailed(input.body, env.parseHtml, input.savedSignature, {
    outsideRequest: true,
    sender: input.sender,
  });
  const sig = reading.signature;
  const person = newContactPerson(input, sig);
  const answers = input.answers;
  const reason = oneLine(reasonSentence(answers.reason, answers.role));

  const opening = [GREETING];
  if (reason !== '') opening.push(reason);
  opening.push(REQUEST_LINE);

  const contact = [LABELS.newContact, `${LABELS.name} ${oneLine(person.name)}`];
  if (oneLine(person.title) !== '') contact.push(`${LABELS.title} ${oneLine(person.title)}`);
  contact.push(`${LABELS.email} ${oneLine(person.email)}`);
  if (oneLine(person.phone) !== '') contact.push(`${LABELS.phone} ${oneLine(person.phone)}`);

  const account: string[] = [];
  const number = oneLine(normaliseAccountNumber(answers.accountNumber));
  if (number !== '') account.push(`${LABELS.account} ${number}`);
  const region = regionById(answers.region);
  if (region !== null) account.push(`${LABELS.region} ${region.name}`);

  const paragraphs = [opening, contact];
  if (account.length > 0) paragraphs.push(account);

  // The closing and the signature: the body's own when it has them.
  let signatureIncluded = false;
  if (
    sig.source === 'owa' ||
    sig.source === 'classic' ||
    sig.source === 'mobile' ||
    sig.source === 'unmarked'
  ) {
    // Above the signature (Outlook's, or one typed at the end); its own closing ("Kind regards" as its first line) serves.
    const first = sig.lines[0] ?? '';
    if (!(isClosingLine(first) && !/^-{2,}$|^—$/.test(first.trim()))) paragraphs.push([CLOSING]);
  } else if (sig.source === 'closing') {
    // The user already closes the message ("Best regards" + their name): the block goes above
    // that closing and adds none of its own — except after a bare "--" delimiter.
    const closingText = reading.rendered.lines[reading.closingLine]?.text ?? '';
    const closingIsDelimiter = /^-{2,}$|^—$/.test(closingText);
    if (closingIsDelimiter) paragraphs.push([CLOSING]);
  } else {
    const tail = sig.source === 'saved' ? sig.lines.map(oneLine) : [oneLine(input.sender?.displayName ?? '')];
    const lines = tail.filter((l) => l !== '');
    signatureIncluded = lines.length > 0;
    paragraphs.push([CLOSING, ...lines]);
  }
  return { paragraphs, signatureIncluded };
}

/** Renders paragraphs as our one-element HTML block. */
export function templateHtml(paragraphs: readonly (readonly string[])[]): string {
  const body = paragraphs.map((p) => `<p>${p.map(escapeHtml).join('<br>')}</p>`).join('');
  return `<div id="${REQUEST_ID}" class="${REQUEST_ID}">${body}</div>`;
}

/** Renders paragraphs as plain lines, a blank line between paragraphs. */
export function templateText(paragraphs: readonly (readonly string[])[]): string {
  return paragraphs.map((p) => p.join('\n')).join('\n\n');
}

/** The subject, HTML and text of the request for this input. */
export function buildTemplate(input: ComplianceInput, env: { parseHtml: ParseHtml }): RequestTemplate {
  const { paragraphs, signatureIncluded } = templateParts(input, env);
  const region = regionById(input.answers.region);
  return {
    subject: buildSubject(input.answers.accountNumber),
    html: templateHtml(paragraphs),
    text: templateText(paragraphs),
    signatureIncluded,
    to: region?.desk ?? '',
  };
}
