// Parsing and checking what the user types in Settings (pure, tested without a DOM).
import { phrase, type Phrase } from '../../compliance/catalogue/say';
import { normaliseHost, type DomainKnowledge } from '../../compliance/knowledge/domains';

/** Roaming settings hold 32 KB for everything; a signature is far smaller than this. */
export const MAX_SAVED_SIGNATURE = 2000;
export const MAX_COMPANY_DOMAINS = 20;
/** The company domains field's length cap (20 long domains and their separators). */
export const MAX_DOMAINS_TEXT = 600;

export type DomainsParse =
  /** `notes`: how an accepted form was read (e.g. "*.mycompany.com" as mycompany.com). */
  | { ok: true; domains: string[]; notes: Phrase[] }
  /** `problems`: one sentence per kind of refusal, saying why. */
  | { ok: false; problems: Phrase[] };

/**
 * "mycompany.com, @mycompany.co.uk  *.mycompany.de" → normalised, de-duplicated domains. A company
 * domain already covers its subdomains, so "*.x" is read as "x". Refused, each with a sentence:
 * what is not a domain, free-mail providers (anyone can have an address there), and public
 * suffixes such as co.uk (anyone can register under them) — when the public-suffix list is known.
 */
export function parseCompanyDomains(text: string, knowledge?: DomainKnowledge): DomainsParse {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim().replace(/^@/, ''))
    .filter((p) => p !== '');
  const wildcards = parts.filter((p) => p.startsWith('*.'));
  const hosts = parts.map((p) => ({ typed: p, host: normaliseHost(p.replace(/^\*\./, '')) }));
  const invalid = hosts.filter((h) => h.host === '' || !h.host.includes('.')).map((h) => h.typed);
  const valid = hosts.filter((h) => h.host !== '' && h.host.includes('.')).map((h) => h.host);
  const freeMail = valid.filter((h) => knowledge?.isFreeMail(h));
  const suffixes = knowledge?.hasPublicSuffixList
    ? valid.filter((h) => !freeMail.includes(h) && knowledge.organisationDomain(h) === null)
    : [];
  const problems: Phrase[] = [];
  if (invalid.length > 0) problems.push(phrase('settings.domains.invalid', { domains: invalid }));
  if (freeMail.length > 0)
    problems.push(phrase('settings.domains.free-mail', { domains: freeMail, count: freeMail.length }));
  if (suffixes.length > 0)
    problems.push(phrase('settings.domains.suffix', { domains: suffixes, count: suffixes.length }));
  const domains = [...new Set(valid)];
  if (problems.length === 0 && domains.length > MAX_COMPANY_DOMAINS)
    problems.push(
      phrase('settings.domains.too-many', {
        max: MAX_COMPANY_DOMAINS,
        count: domains.length - MAX_COMPANY_DOMAINS,
        domains: domains.slice(MAX_COMPANY_DOMAINS),
      }),
    );
  if (problems.length > 0) return { ok: false, problems };
  const notes = wildcards.map((w) =>
    phrase('settings.domains.wildcard', { typed: w, domain: normaliseHost(w.slice(2)) }),
  );
  return { ok: true, domains, notes };
}
