// IBM: ""As mentioned below" means the details of the new PCC follow in the email (name, job title,
// email, phone), who must also be at the company's domain."
import { phrase as p, type Phrase } from '../catalogue/say';
import { configuredDomainOf, normaliseHost, organisationOf, sameOrganisation } from '../knowledge/domains';
import { isInternetHost, parseAddress } from '../knowledge/address';
import { newContactPerson } from '../request/new-contact';
import type { Person } from '../types';
import type { Check, Context, Outcome } from './context';

const details = (person: Person) =>
  [person.name, person.title, person.email, person.phone].filter((s) => s !== '');

/** The words for the details that are missing: name, job title, phone number. */
function missing(person: Person, fields: readonly ('name' | 'title' | 'phone')[]): Phrase[] {
  return fields.filter((f) => person[f] === '').map((f) => p(`field.${f}`));
}

export const checkNewContact: Check = (ctx) => {
  const { input } = ctx;
  const person = newContactPerson(input, ctx.signature);
  if (input.answers.newContact?.mode !== 'other') {
    if (input.answers.role === 'primary-contact') {
      return {
        status: 'warn',
        message: [p('contact.self-is-current')],
        fix: [p('contact.self-is-current.fix')],
      };
    }
    const gaps = missing(person, ['name', 'title', 'phone']);
    if (gaps.length > 0) {
      return {
        status: 'warn',
        message: [p('contact.self-missing', { missing: gaps })],
        fix: [p('contact.self-missing.fix', { missing: gaps })],
      };
    }
    return { status: 'pass', message: [p('contact.self', { details: details(person) })] };
  }
  return someoneElse(ctx, person);
};

function someoneElse({ env, sender, companyDomains }: Context, person: Person): Outcome {
  const fails: Phrase[] = [];
  const fixes: Phrase[] = [];
  const fail = (message: Phrase, fix: Phrase) => {
    fails.push(message);
    fixes.push(fix);
  };
  let unconfirmed: Phrase | null = null;
  if (person.name === '') fail(p('contact.no-name'), p('contact.no-name.fix'));
  if (person.email === '') {
    fail(p('contact.no-email'), p('contact.no-email.fix'));
  } else {
    const addr = parseAddress(person.email);
    if (addr === null || !isInternetHost(addr.host)) {
      fail(p('address.invalid', { address: person.email }), p('contact.invalid-email.fix'));
    } else if (companyDomains.length > 0) {
      if (configuredDomainOf(addr.host, companyDomains) === null) {
        fail(
          p('address.not-configured', { address: addr.address, domains: companyDomains }),
          p('contact.not-configured.fix', { domains: companyDomains }),
        );
      }
    } else if (env.domains.isFreeMail(addr.host)) {
      fail(p('contact.free-mail', { address: addr.address }), p('contact.free-mail.fix'));
    } else {
      const senderHost = sender?.host ?? '';
      const same = sameOrganisation(addr.host, senderHost, env.domains, companyDomains);
      if (same === 'different') {
        const theirs = organisationOf(addr.host, env.domains, companyDomains) ?? addr.host;
        const ours = organisationOf(senderHost, env.domains, companyDomains) ?? senderHost;
        fail(
          p('contact.other-company', { address: addr.address, theirs, ours }),
          p('contact.other-company.fix'),
        );
      } else if (same === 'unknown') {
        const ours = normaliseHost(senderHost) || p('contact.your-address');
        unconfirmed = p('contact.unconfirmed', { address: addr.address, ours });
      }
    }
  }
  if (fails.length > 0) return { status: 'fail', message: fails, fix: fixes };
  const gaps = missing(person, ['title', 'phone']);
  if (unconfirmed !== null || gaps.length > 0) {
    const message: Phrase[] = [];
    const fix: Phrase[] = [];
    if (unconfirmed !== null) {
      message.push(unconfirmed);
      fix.push(p('contact.unconfirmed.fix'));
    }
    if (gaps.length > 0) {
      message.push(p('contact.missing', { missing: gaps }));
      fix.push(p('contact.missing.fix', { missing: gaps }));
    }
    return { status: 'warn', message, fix };
  }
  return { status: 'pass', message: [p('contact.other', { details: details(person) })] };
}
