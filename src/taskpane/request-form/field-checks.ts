// Which verdicts show at which question, the Fluent way (Field validationState/validationMessage),
// so the user fixes a problem where they type. Passed checks say nothing at the field.
import type { RuleId, RuleResult } from '../../compliance/rules/verdict';
import type { VerdictText } from '../../compliance/rules/verdict-text';

export type FieldKey = 'reason' | 'account' | 'region' | 'contact';

export interface FieldCheck {
  state: 'error' | 'warning';
  /** What is wrong and the fix, in one text. */
  text: string;
}

export type FieldChecks = Partial<Record<FieldKey, FieldCheck>>;

const FIELD_OF: Partial<Record<RuleId, FieldKey>> = {
  reason: 'reason',
  'account-number': 'account',
  'region-desk': 'region',
  'new-contact': 'contact',
};

/** Verdicts about the message, not the answer: Insert template settles them, nothing to type. */
const NOT_ABOUT_THE_FIELD = new Set(['desk.not-addressed']);

/** The rules the sender card shows: about the mailbox, not about an answer. */
export const MAILBOX_RULES: readonly RuleId[] = ['company-domain', 'sender-role', 'manager-title'];

export function fieldChecks(results: readonly RuleResult[], texts: readonly VerdictText[]): FieldChecks {
  const out: FieldChecks = {};
  results.forEach((r, i) => {
    const field = FIELD_OF[r.id];
    const t = texts[i];
    if (!field || !t || r.status === 'pass') return;
    if (r.message.every((p) => NOT_ABOUT_THE_FIELD.has(p.key))) return;
    out[field] = {
      state: r.status === 'fail' ? 'error' : 'warning',
      text: [t.message, t.fix].filter((s) => s !== '').join(' '),
    };
  });
  return out;
}
