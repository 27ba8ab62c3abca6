// What the engine knows about mail domains, injected so the large data stays out of the first
// screen: basicDomainKnowledge() ships only email-providers' common list (~2 KB gzip) and no
// public-suffix list; domain-data.ts loads the full free-mail list and the ICANN public-suffix
// list (tldts-icann) on demand.
import commonFreeMail from 'email-providers/common.json';

export interface DomainKnowledge {
  /**
   * The registrable ("organisation") domain of a host, e.g. uk.mycompany.co.uk → mycompany.co.uk;
   * null when it cannot be told (no public-suffix list and an ambiguous host, or not a domain).
   */
  organisationDomain(host: string): string | null;
  /** True when the host or any parent domain is a known free-mail/consumer provider. */
  isFreeMail(host: string): boolean;
  /** True when a public-suffix list backs organisationDomain (full knowledge). */
  readonly hasPublicSuffixList?: boolean;
}

export interface DomainKnowledgeOptions {
  freeMailDomains: Iterable<string>;
  /** Registrable domain from a public-suffix list (e.g. tldts-icann's getDomain). */
  getDomain?: ((host: string) => string | null) | undefined;
}

/** Lower-case, trimmed, without a trailing dot; '' for anything that is not a plain host name. */
export function normaliseHost(host: string): string {
  const h = String(host ?? '')
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');
  if (h === '' || h.startsWith('[') || /[\s@/\\:]/.test(h) || h.startsWith('.') || h.includes('..'))
    return '';
  return h;
}

/** host equals parent or is a subdomain of it (label-wise, so "notmycompany.com" is not under "mycompany.com"). */
export function isSameOrSubdomain(host: string, parent: string): boolean {
  const h = normaliseHost(host);
  const p = normaliseHost(parent);
  if (h === '' || p === '') return false;
  return h === p || h.endsWith('.' + p);
}

/** An IPv4 literal written as a host ("192.168.0.1"): never a company mail domain. */
export function isIpLike(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

// Second-level labels that registries use under country-code TLDs (co.uk, com.au, ac.jp...).
// Only used when there is no public-suffix list, to refuse a guess rather than make a bad one.
const GENERIC_SLD = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'go',
  'gob',
  'gov',
  'govt',
  'int',
  'ltd',
  'mil',
  'ne',
  'net',
  'nic',
  'or',
  'org',
  'plc',
  'sch',
]);

/**
 * Registrable domain without a public-suffix list. Careful by design: it answers only where the
 * answer is unambiguous and returns null otherwise (callers then compare hosts directly).
 * - generic TLDs (.com, .org, .io-like 3+ letter TLDs): the last two labels;
 * - country-code TLDs: "x.cc" → x.cc unless x is a registry label (co.uk itself is not a domain),
 *   "name.co.uk" style → the last three labels, anything deeper under a ccTLD → null.
 */
export function fallbackOrganisationDomain(host: string): string | null {
  const h = normaliseHost(host);
  if (h === '' || isIpLike(h)) return null;
  const labels = h.split('.');
  if (labels.length < 2 || labels.some((l) => l === '')) return null;
  const tld = labels[labels.length - 1] as string;
  const sld = labels[labels.length - 2] as string;
  if (/^\d+$/.test(tld)) return null;
  if (tld.length !== 2) return labels.slice(-2).join('.');
  if (GENERIC_SLD.has(sld)) return labels.length >= 3 ? labels.slice(-3).join('.') : null;
  return labels.length === 2 ? h : null;
}

export function createDomainKnowledge(options: DomainKnowledgeOptions): DomainKnowledge {
  const free = new Set<string>();
  for (const d of options.freeMailDomains) {
    const n = normaliseHost(d);
    if (n !== '') free.add(n);
  }
  const getDomain = options.getDomain;
  return {
    hasPublicSuffixList: getDomain !== undefined,
    organisationDomain(host: string): string | null {
      const h = normaliseHost(host);
      if (h === '' || isIpLike(h)) return null;
      if (getDomain === undefined) return fallbackOrganisationDomain(h);
      try {
        const d = getDomain(h);
        return d ? normaliseHost(d) || null : null;
      } catch {
        return null;
      }
    },
    isFreeMail(host: string): boolean {
      let h = normaliseHost(host);
      while (h !== '') {
        if (free.has(h)) return true;
        const dot = h.indexOf('.');
        if (dot === -1) return false;
        h = h.slice(dot + 1);
      }
      return false;
    },
  };
}

let basic: DomainKnowledge | null = null;

/** Common free-mail providers only, no public-suffix list: small enough for the first screen and the send-time handler. */
export function basicDomainKnowledge(): DomainKnowledge {
  if (basic === null) basic = createDomainKnowledge({ freeMailDomains: commonFreeMail as string[] });
  return basic;
}

/** The configured company domain the host falls under (the broadest one), or null. */
export function configuredDomainOf(host: string, companyDomains: readonly string[]): string | null {
  let best: string | null = null;
  for (const d of companyDomains) {
    const n = normaliseHost(d.replace(/^@/, ''));
    if (n === '' || !isSameOrSubdomain(host, n)) continue;
    if (best === null || n.length < best.length) best = n;
  }
  return best;
}

/**
 * The organisation a host belongs to: a configured company domain it falls under first (the
 * send-time handler has no public-suffix list and relies on this), else the knowledge's answer.
 */
export function organisationOf(
  host: string,
  knowledge: DomainKnowledge,
  companyDomains: readonly string[],
): string | null {
  return configuredDomainOf(host, companyDomains) ?? knowledge.organisationDomain(host);
}

export type SameOrganisation = 'same' | 'different' | 'unknown';

/**
 * Whether two hosts belong to the same organisation. Never a pass from a guess: when either
 * organisation cannot be told, only "same host or one is a subdomain of the other" counts as same,
 * and anything else is 'unknown'.
 */
export function sameOrganisation(
  a: string,
  b: string,
  knowledge: DomainKnowledge,
  companyDomains: readonly string[],
): SameOrganisation {
  const ha = normaliseHost(a);
  const hb = normaliseHost(b);
  if (ha === '' || hb === '') return 'unknown';
  if (isSameOrSubdomain(ha, hb) || isSameOrSubdomain(hb, ha)) return 'same';
  const ca = configuredDomainOf(ha, companyDomains);
  const cb = configuredDomainOf(hb, companyDomains);
  if (ca !== null && cb !== null) return 'same';
  const oa = organisationOf(ha, knowledge, companyDomains);
  const ob = organisationOf(hb, knowledge, companyDomains);
  if (oa !== null && ob !== null) return oa === ob ? 'same' : 'different';
  return 'unknown';
}

/**
 * The company domains the checks use: the organisation's (organization.json), then the user's own
 * additions from Settings. A user can add domains but cannot remove the organisation's.
 */
export function effectiveCompanyDomains(organization: readonly string[], user: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of [...organization, ...user]) {
    const n = String(d ?? '')
      .trim()
      .toLowerCase();
    if (n !== '' && !out.includes(n)) out.push(n);
  }
  return out;
}
