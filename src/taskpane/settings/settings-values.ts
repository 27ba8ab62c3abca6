// Parsing and checking what the user types in Settings (pure, tested without a DOM).
import { normaliseHost, type DomainKnowledge } from '../../compliance/knowledge/domains';

/** Roaming settings hold 32 KB for everything; a signature is far smaller than this. */
export const MAX_SAVED_SIGNATURE = 2000;
export const MAX_COMPANY_DOMAINS = 20;
/** The company domains field's length cap (20 long domains and their separators). */
export const MAX_DOMAINS_TEXT = 600;

export type DomainsParse =
  /** `notes`: how an accepted form was read (e.g. "*.mycompany.com" as mycompany.com). */
  | { ok: true; domains: string[]; notes: string[] }
  /** `problems`: one sentence per kind of refusal, saying why. */
  | { ok: false; problems: string[] };

const list = (items: readonly string[]) => items.join(', ');

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
  const problems: string[] = [];
  if (invalid.length > 0) problems.push(`Not a domain: ${list(invalid)}`);
  if (freeMail.length > 0)
    problems.push(
      `${list(freeMail)}: personal/free-mail ${freeMail.length === 1 ? 'provider' : 'providers'} that anyone can sign up to, so not your company's domain (IBM does not accept requests from them).`,
    );
  if (suffixes.length > 0)
    problems.push(
      `${list(suffixes)}: ${suffixes.length === 1 ? 'an ending' : 'endings'} under which anyone can register a domain (like .com or .co.uk), so not your company's domain. Enter the domain itself, e.g. mycompany.co.uk.`,
    );
  const domains = [...new Set(valid)];
  if (problems.length === 0 && domains.length > MAX_COMPANY_DOMAINS)
    problems.push(
      `At most ${MAX_COMPANY_DOMAINS} domains; remove ${domains.length - MAX_COMPANY_DOMAINS}: ${list(domains.slice(MAX_COMPANY_DOMAINS))}.`,
    );
  if (problems.length > 0) return { ok: false, problems };
  const notes = wildcards.map(
    (w) =>
      `${w} is kept as ${normaliseHost(w.slice(2))}: a company domain covers the domain and all its subdomains.`,
  );
  return { ok: true, domains, notes };
}
