// The sentence of IBM's procedure each rule implements, quoted as IBM writes it (the rules'
// traceability, shown in docs/rules.md and checked by the tests). Not in the catalogue: these are
// IBM's words, not the add-in's, and no screen shows them (so no bundle carries them).
import type { RuleId } from './verdict';

export const RULE_SOURCES: Readonly<Record<RuleId, string>> = {
  'company-domain':
    "The sender's email address has the company's email domain (e.g. @mycompany.com) — a personal/free-mail address does not qualify.",
  'sender-role':
    'It is sent by the current PCC of the site, or, if the current PCC no longer works for the company, by a manager from within the company/organisation.',
  'manager-title':
    '(Manager path) The manager\'s job title is in the signature and contains the word "manager" (e.g. "IT Manager").',
  reason: 'It details the reason for the change, e.g. "no longer works for the company".',
  'account-number': 'IBM\'s example email: "Subject: primary contact update for account 0001234567".',
  'new-contact':
    '"As mentioned below" means the details of the new PCC follow in the email (name, job title, email, phone), who must also be at the company\'s domain.',
  'region-desk': 'Only the customer can start the change, by email to their local eCustomerCare desk.',
};
