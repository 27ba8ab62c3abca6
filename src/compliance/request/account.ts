// IBM's example: "Subject: primary contact update for account 0001234567" — 10 digits.
import { ACCOUNT_PLACEHOLDER } from '../mail/wording';

/**
 * The account number with spaces (any Unicode space) and dashes removed, and full-width digits
 * (as typed with a Japanese or Chinese input method) turned into ASCII digits.
 */
export function normaliseAccountNumber(input: string): string {
  return String(input ?? '')
    .replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\-\u2010-\u2015\u2212\uff0d]/g, '')
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

export type AccountNumberCheck =
  | { kind: 'empty' }
  /** The template's "[account number]", still in the subject. */
  | { kind: 'placeholder' }
  /** A minus sign before the digits ("-1"): not a separator, and not part of an account number. */
  | { kind: 'negative'; normalised: string }
  | { kind: 'not-digits'; normalised: string }
  | { kind: 'unusual-length'; normalised: string }
  | { kind: 'ok'; normalised: string };

export const ACCOUNT_NUMBER_LENGTH = 10;

export function checkAccountNumber(input: string): AccountNumberCheck {
  const text = String(input ?? '').trim();
  if (text.toLowerCase() === ACCOUNT_PLACEHOLDER) return { kind: 'placeholder' };
  const normalised = normaliseAccountNumber(input);
  if (normalised === '') return { kind: 'empty' };
  // Dashes between digit groups are separators; one in front is a minus sign.
  if (/^[-\u2010-\u2015\u2212\uff0d]/.test(text) && /^[0-9]+$/.test(normalised))
    return { kind: 'negative', normalised };
  if (!/^[0-9]+$/.test(normalised)) return { kind: 'not-digits', normalised };
  if (normalised.length !== ACCOUNT_NUMBER_LENGTH) return { kind: 'unusual-length', normalised };
  return { kind: 'ok', normalised };
}
