// IBM: "The sender's email address has the company's email domain (e.g. @mycompany.com) — a
// personal/free-mail address does not qualify."
import { phrase as p, type Phrase } from '../catalogue/say';
import { configuredDomainOf } from '../knowledge/domains';
import { isInternetHost } from '../knowledge/address';
import type { Check } from './context';

export const checkCompanyDomain: Check = ({ input, env, sender, companyDomains }) => {
  const raw = String(input.sender?.address ?? '').trim();
  const user = String(input.signedInUser?.address ?? '').trim();
  const delegated = user !== '' && raw !== '' && user.toLowerCase() !== raw.toLowerCase();
  const checked: Phrase[] = delegated ? [p('domain.checked', { from: raw, user })] : [];
  const fix = [p('domain.fix')];
  const fail = (message: Phrase) => ({ status: 'fail' as const, message: [...checked, message], fix });
  const pass = (message: Phrase) => ({ status: 'pass' as const, message: [...checked, message] });
  if (raw === '') return { status: 'fail', message: [p('domain.no-sender')], fix };
  if (sender === null) return fail(p('address.invalid', { address: raw }));
  const { host, address } = sender;
  if (!isInternetHost(host)) return fail(p('domain.not-internet', { address }));
  if (companyDomains.length > 0) {
    const domain = configuredDomainOf(host, companyDomains);
    if (domain !== null) return pass(p('domain.configured', { address, domain }));
    return {
      ...fail(p('address.not-configured', { address, domains: companyDomains })),
      fix: [p('domain.not-configured.fix', { domains: companyDomains, host })],
    };
  }
  if (env.domains.isFreeMail(host)) return fail(p('domain.free-mail', { host }));
  const org = env.domains.organisationDomain(host);
  if (org !== null) return pass(p('domain.organisation', { address, domain: org }));
  if (env.domains.hasPublicSuffixList) return fail(p('domain.not-registrable', { host }));
  return pass(p('domain.not-free-mail', { address, host }));
};
