// The fixed wording of the request email (IBM's example) and the labels of the new contact's
// details. Shared by the template, the body merge and the readers that recognise our own block.

export const GREETING = 'Dear support,';
export const REQUEST_LINE = 'Can you please update the primary contact information as mentioned below';
export const CLOSING = 'Kind regards';
export const SUBJECT_PREFIX = 'primary contact update for account ';
export const SUBJECT_MAX = 255;

/** True for a subject the template wrote: the prefix and the account's digits (none yet, too). */
export function isRequestSubject(subject: string): boolean {
  return subject.startsWith(SUBJECT_PREFIX) && /^\d*$/.test(subject.slice(SUBJECT_PREFIX.length));
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
