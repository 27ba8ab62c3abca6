// Parsing and checking what the user types in Settings (pure, tested without a DOM).
import { normaliseHost } from '../../compliance/knowledge/domains';

/** Roaming settings hold 32 KB for everything; a signature is far smaller than this. */
export const MAX_SAVED_SIGNATURE = 2000;
export const MAX_COMPANY_DOMAINS = 20;

export type DomainsParse = { ok: true; domains: string[] } | { ok: false; invalid: string[] };

/** "mycompany.com, @mycompany.co.uk  sub.mycompany.de" → normalised, de-duplicated domains. */
export function parseCompanyDomains(text: string): DomainsParse {
  const parts = text
    .split(/[\s,;]+/)
    .map((p) => p.trim().replace(/^@/, ''))
    .filter((p) => p !== '');
  const invalid = parts.filter((p) => normaliseHost(p) === '' || !normaliseHost(p).includes('.'));
  if (invalid.length > 0) return { ok: false, invalid };
  const domains = [...new Set(parts.map((p) => normaliseHost(p)))];
  if (domains.length > MAX_COMPANY_DOMAINS) return { ok: false, invalid: domains.slice(MAX_COMPANY_DOMAINS) };
  return { ok: true, domains };
}
