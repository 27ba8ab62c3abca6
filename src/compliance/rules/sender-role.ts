// IBM: "It is sent by the current PCC of the site, or, if the current PCC no longer works for the
// company, by a manager from within the company/organisation."
import { phrase as p } from '../catalogue/say';
import { freeTextStillAtCompany, resolveReason } from '../request/reasons';
import type { Check } from './context';

export const checkSenderRole: Check = ({ input: { answers } }) => {
  if (answers.role === 'primary-contact') return { status: 'pass', message: [p('role.primary-contact')] };
  const r = resolveReason(answers.reason);
  const still =
    r.kind === 'common' ? r.reason.stillAtCompany : r.kind === 'free' ? freeTextStillAtCompany(r.text) : null;
  if (still === true) {
    const reason = r.kind === 'common' ? p(`reason.${r.reason.id}`) : p('role.still-works');
    return { status: 'warn', message: [p('role.still-there', { reason })], fix: [p('role.still-there.fix')] };
  }
  if (still === null && r.kind === 'free') {
    const left = p('reason.left-company');
    return { status: 'warn', message: [p('role.unclear')], fix: [p('role.unclear.fix', { reason: left })] };
  }
  return { status: 'pass', message: [p(still === false ? 'role.manager-left' : 'role.manager')] };
};
