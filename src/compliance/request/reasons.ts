// IBM rule 2: the request "details the reason for the change, e.g. 'no longer works for the company'".
import type { Role } from '../types';

export interface CommonReason {
  id: 'left-company' | 'changed-role' | 'other';
  /** What the pane offers, in IBM's words where IBM has them. */
  label: string;
  /**
   * Whether the current primary contact still works for the company after this change; null when
   * unknown (free text). IBM accepts a manager's request only when this is false.
   */
  stillAtCompany: boolean | null;
  /** The sentence used in the email when a manager sends it (IBM's example wording). */
  sentence: string;
  /** The sentence used when the current primary contact sends it. */
  selfSentence: string;
}

export const COMMON_REASONS: readonly CommonReason[] = Object.freeze([
  {
    id: 'left-company',
    label: 'No longer works for the company',
    stillAtCompany: false,
    sentence: 'Our primary contact has left the company.',
    selfSentence: 'I am the current primary contact and I am leaving the company.',
  },
  {
    id: 'changed-role',
    label: 'Moved to a different role',
    stillAtCompany: true,
    sentence: 'Our primary contact has moved to a different role.',
    selfSentence: 'I am the current primary contact and I have moved to a different role.',
  },
  {
    // Not a reason by itself: the pane shows a free-text field and puts its text in answers.reason.
    id: 'other',
    label: 'Other reason (describe it)',
    stillAtCompany: null,
    sentence: '',
    selfSentence: '',
  },
] as const satisfies readonly CommonReason[]);

/** The opening of the PCC path's free-text sentence; also lets readers of the email tell the path. */
export const SELF_PREFIX = 'I am the current primary contact.';

/** Free text shorter than this is not specific enough. */
export const MIN_FREE_TEXT_REASON = 10;

const PLACEHOLDERS = new Set([
  '',
  'n/a',
  'na',
  'n.a',
  'n.a.',
  'none',
  'nothing',
  'null',
  'nil',
  'tbd',
  'tba',
  'tbc',
  'todo',
  'to do',
  'xxx',
  'reason',
  'the reason',
  'my reason',
  'reason for change',
  'reason for the change',
  'change',
  'update',
  'other',
  'test',
  'testing',
  'asdf',
  'qwerty',
  'see above',
  'see below',
  'as above',
  'as below',
  'as discussed',
  'as mentioned',
  'no reason',
  'misc',
  'various',
  'placeholder',
  'enter reason',
  'enter a reason',
  'type here',
  'lorem ipsum',
]);

function squash(text: string): string {
  return String(text ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function key(text: string): string {
  return squash(text)
    .toLowerCase()
    .replace(/^[\s"'“”‘’([]+|[\s"'“”‘’)\].!?:;,]+$/g, '');
}

export type ResolvedReason =
  | { kind: 'common'; reason: CommonReason }
  | { kind: 'free'; text: string }
  | { kind: 'empty' }
  | { kind: 'placeholder'; text: string }
  | { kind: 'too-short'; text: string };

/** Interprets answers.reason: a common reason's id (or its label/sentence typed out), or free text. */
export function resolveReason(reason: string): ResolvedReason {
  const text = squash(reason);
  const k = key(text);
  if (k === '' || k === 'other') return { kind: 'empty' };
  for (const r of COMMON_REASONS) {
    if (r.id === 'other') continue;
    if (k === r.id || k === key(r.label) || k === key(r.sentence) || k === key(r.selfSentence))
      return { kind: 'common', reason: r };
  }
  if (isPlaceholder(k)) return { kind: 'placeholder', text };
  if (text.length < MIN_FREE_TEXT_REASON) return { kind: 'too-short', text };
  return { kind: 'free', text };
}

function isPlaceholder(k: string): boolean {
  if (PLACEHOLDERS.has(k)) return true;
  const compact = k.replace(/[\s.\-_]/g, '');
  if (compact === '') return true; // only dots, dashes, spaces
  if (/^(.)\1*$/u.test(compact)) return true; // "xxxxxxxxxx", "??????"
  if (/^(asdf|qwer|zxcv|hjkl|jkl;|test|xyz|abc)+$/.test(compact)) return true;
  if (k.startsWith('lorem ipsum')) return true;
  return false;
}

const STILL_AT_COMPANY =
  /\b(moved|changed|changing|new|different|another|other)\s+(role|roles|position|job|team|department|responsibilit(y|ies))\b|\b(transferred|promoted|reassigned|re-assigned|rotated)\b|\bon\s+(parental|maternity|paternity|long[- ]term|sick|extended)\s+leave\b/i;
const LEFT_COMPANY =
  /\bleft\b|\bleaving\b|\bno longer\b|\bresign(ed|s|ing)?\b|\bretir(ed|es|ing)\b|\bpassed away\b|\bdeceased\b|\bdied\b|\b(was|were|been|got)\s+(terminated|dismissed|laid off|let go)\b|\bdeparted\b|\bquit\b|\bnot\s+(with|at|employed by)\s+(the|our|this)\s+(company|organi[sz]ation|firm)\b/i;

/**
 * For free text on the manager path: does it say the current contact has left (false), still works
 * for the company (true), or can we not tell (null)?
 */
export function freeTextStillAtCompany(text: string): boolean | null {
  if (STILL_AT_COMPANY.test(text)) return true;
  if (LEFT_COMPANY.test(text)) return false;
  return null;
}

/** The email's reason sentence for this reason and sender role ('' when there is no usable reason). */
export function reasonSentence(reason: string, role: Role): string {
  const r = resolveReason(reason);
  if (r.kind === 'common') return role === 'primary-contact' ? r.reason.selfSentence : r.reason.sentence;
  if (r.kind === 'empty') return '';
  let text = r.text.replace(/[\r\n]+/g, ' ');
  if (!/[.!?]$/.test(text)) text += '.';
  text = text.charAt(0).toUpperCase() + text.slice(1);
  return role === 'primary-contact' ? `${SELF_PREFIX} ${text}` : text;
}
