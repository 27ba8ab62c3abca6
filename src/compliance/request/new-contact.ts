// The new primary contact as the email states it: someone the user names, or the sender
// themself with the details of their signature. Used by the template and the new-contact rule.
import type { ComplianceInput, Person, Signature } from '../types';

export function newContactPerson(input: ComplianceInput, signature: Signature): Person {
  const nc = input.answers.newContact;
  if (nc?.mode === 'other') {
    const p = nc.person ?? { name: '', title: '', email: '', phone: '' };
    return { name: clean(p.name), title: clean(p.title), email: clean(p.email), phone: clean(p.phone) };
  }
  return {
    name: clean(signature.name) || clean(input.sender?.displayName ?? ''),
    title: clean(signature.title),
    email: clean(input.sender?.address ?? ''),
    phone: clean(signature.phone),
  };
}

function clean(s: string): string {
  return String(s ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
