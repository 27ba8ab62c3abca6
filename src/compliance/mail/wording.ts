// The fixed wording of the request email (IBM's example) and the labels of the new contact's
// details. Shared by the template, the body merge and the readers that recognise our own block.

export const GREETING = 'Dear support,';
export const REQUEST_LINE = 'Can you please update the primary contact information as mentioned below';
export const CLOSING = 'Kind regards';
export const SUBJECT_PREFIX = 'primary contact update for account ';
export const SUBJECT_MAX = 255;
/**
 * Stands in the subject for an account number not given yet: visible to the user, and read back
 * by the account-number check (at send time too), so it never leaves as "…for account ".
 */
export const ACCOUNT_PLACEHOLDER = '[account number]';

/** True for a subject the template wrote: the prefix and the account's digits (or the placeholder; none, as older versions wrote). */
export function isRequestSubject(subject: string): boolean {
  const rest = subject.slice(SUBJECT_PREFIX.length);
  return subject.startsWith(SUBJECT_PREFIX) && (/^\d*$/.test(rest) || rest === ACCOUNT_PLACEHOLDER);
}

export const LABELS = {
  newContact: 'New primary contact:',
  name: 'Name:',
  title: 'Job title:',
  email: 'Email:',
  phone: 'Phone:',
  account: 'Account number:',
  region: 'Region:',
} as const;

/** Our block's outer element id (Outlook may render it as x_pcc-request). */
export const REQUEST_ID = 'pcc-request';
