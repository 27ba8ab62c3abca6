// The pane's form, in the procedure's words: its shape as kept in the mailbox's settings, how it is
// read back (restoreForm: the one reader of that stored shape, used by the pane and the send-time
// check) and how it maps to the engine's answers (toAnswers).
import { regionById } from '../knowledge/desks';
import type { Person, RegionId, RequestAnswers, Role } from '../types';

export const OTHER_REASON = 'other';

export interface RequestFormState {
  role: Role;
  /** A common reason's id, or OTHER_REASON to type one. */
  reasonChoice: string;
  reasonText: string;
  accountNumber: string;
  /** '' until the user picks a region or a suggestion fills it. */
  region: RegionId | '';
  /** True once the user chose the region themself: suggestions then never override it. */
  regionChosen: boolean;
  contactMode: 'self' | 'other';
  contact: Person;
}

export const EMPTY_FORM: RequestFormState = {
  role: 'manager',
  reasonChoice: '',
  reasonText: '',
  accountNumber: '',
  region: '',
  regionChosen: false,
  contactMode: 'self',
  contact: { name: '', title: '', email: '', phone: '' },
};

/** Field length caps: generous for real data, small enough for roaming settings (32 KB). */
export const MAX_LENGTH = {
  reasonText: 500,
  accountNumber: 40,
  name: 120,
  title: 120,
  email: 254,
  phone: 40,
} as const;

export function toAnswers(form: RequestFormState): RequestAnswers {
  return {
    role: form.role,
    reason: form.reasonChoice === OTHER_REASON ? form.reasonText : form.reasonChoice,
    accountNumber: form.accountNumber,
    region: form.region || null,
    newContact: { mode: form.contactMode, person: form.contact },
  };
}

/** Reads a stored form defensively: roaming settings may hold an older or foreign shape. */
export function restoreForm(stored: unknown): RequestFormState {
  if (!stored || typeof stored !== 'object') return EMPTY_FORM;
  const s = stored as Record<string, unknown>;
  const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
  const contact = (s.contact && typeof s.contact === 'object' ? s.contact : {}) as Record<string, unknown>;
  return {
    role: s.role === 'primary-contact' ? 'primary-contact' : 'manager',
    reasonChoice: str(s.reasonChoice, 60),
    reasonText: str(s.reasonText, MAX_LENGTH.reasonText),
    accountNumber: str(s.accountNumber, MAX_LENGTH.accountNumber),
    region: regionById(typeof s.region === 'string' ? s.region : null)?.id ?? '',
    regionChosen: s.regionChosen === true,
    contactMode: s.contactMode === 'other' ? 'other' : 'self',
    contact: {
      name: str(contact.name, MAX_LENGTH.name),
      title: str(contact.title, MAX_LENGTH.title),
      email: str(contact.email, MAX_LENGTH.email),
      phone: str(contact.phone, MAX_LENGTH.phone),
    },
  };
}
