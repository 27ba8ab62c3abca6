// The organisation's settings file (organization.json, deployed by the admin beside the pane):
// its company domains, its Passport Advantage sites and who helps with them. Read field by field:
// a bad field (or a bad entry in a list) is left out with a sentence for the admin, the rest is
// used. The rules match schemas/organization.schema.json (a test holds the two together).
import { REGIONS, type RegionId } from './desks';
import type { DomainKnowledge } from './domains';

export const ORGANIZATION_FILE = 'organization.json';

export interface OrganizationSite {
  /** Ten digits, as IBM writes it (0001234567). */
  accountNumber: string;
  /** The admin's name for the site ('' when none was given). */
  name: string;
  /** The site's eCustomerCare desk address (lower case). */
  desk: string;
  /** The region of that desk. */
  region: RegionId;
}

export interface OrganizationSettings {
  /** Lower-case domains; the sender must be at one of them (or a subdomain). Empty: no requirement. */
  companyDomains: string[];
  sites: OrganizationSite[];
  /** Who in the company helps with Passport Advantage ('' when not set). */
  helpContact: string;
}

export interface OrganizationRead {
  settings: OrganizationSettings;
  /** Sentences for the admin, each starting "organization.json: …"; empty when all was used. */
  problems: string[];
}

export const NO_ORGANIZATION: OrganizationSettings = Object.freeze({
  companyDomains: Object.freeze([]) as unknown as string[],
  sites: Object.freeze([]) as unknown as OrganizationSite[],
  helpContact: '',
});

export const KNOWN_FIELDS = ['companyDomains', 'sites', 'helpContact'] as const;
export const MAX_DOMAINS = 50;
export const MAX_SITES = 100;
export const MAX_SITE_NAME = 100;
export const MAX_HELP_CONTACT = 200;

/** A host name: letters, digits and hyphens in dot-separated labels, ending in an alphabetic TLD. */
const DOMAIN =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?|xn--[a-z0-9-]{1,59})$/;

const say = (sentence: string) => `${ORGANIZATION_FILE}: ${sentence}`;
const quote = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v)));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The domain in lower case, or null when it is not a plain domain name. */
export function organizationDomain(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Letters in any case (domains are case-insensitive); no spaces, no "@", no trailing dot.
  const d = value.toLowerCase();
  return DOMAIN.test(d) ? d : null;
}

/** What the reader can be told about domains (the pane passes its free-mail list and suffix rules). */
export type OrganizationDomainKnowledge = Pick<DomainKnowledge, 'isFreeMail' | 'organisationDomain'>;

/**
 * Why a syntactically valid domain cannot be a company's: a free-mail provider, or a public suffix
 * (co.uk) that is no one's domain. Only two-label names are judged as suffixes, because without the
 * public-suffix list the engine cannot tell a deep company subdomain from a registry's name.
 */
function notACompanyDomain(d: string, knowledge: OrganizationDomainKnowledge | undefined): string | null {
  if (!knowledge) return null;
  if (knowledge.isFreeMail(d)) return 'is a free-mail provider, not a company domain';
  if (d.split('.').length === 2 && knowledge.organisationDomain(d) === null)
    return "is a public suffix (a registry's name, not a company's domain)";
  return null;
}

function readDomains(value: unknown, problems: string[], knowledge?: OrganizationDomainKnowledge): string[] {
  if (!Array.isArray(value)) {
    problems.push(say('companyDomains must be a list of domains, e.g. ["mycompany.com"]; it is ignored'));
    return [];
  }
  const out: string[] = [];
  value.forEach((item, i) => {
    const d = organizationDomain(item);
    const why = d === null ? null : notACompanyDomain(d, knowledge);
    if (d === null) {
      const hint =
        typeof item === 'string' && item.startsWith('@')
          ? ' (write it without "@")'
          : typeof item === 'string' && item.startsWith('*.')
            ? ` (subdomains always count: write ${item.slice(2)})`
            : '';
      problems.push(say(`companyDomains[${i}] ${quote(item)} is not a domain${hint}; it is ignored`));
    } else if (why !== null) {
      problems.push(say(`companyDomains[${i}] ${quote(item)} ${why}; it is ignored`));
    } else if (out.includes(d)) {
      problems.push(say(`companyDomains[${i}] ${quote(item)} is listed twice; the repeat is ignored`));
    } else if (out.length >= MAX_DOMAINS) {
      problems.push(say(`companyDomains[${i}] is beyond the first ${MAX_DOMAINS} domains; it is ignored`));
    } else out.push(d);
  });
  return out;
}

function readSite(item: unknown, i: number, seen: Set<string>, problems: string[]): OrganizationSite | null {
  const where = `sites[${i}]`;
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    problems.push(say(`${where} must be an object with accountNumber, name and desk; it is ignored`));
    return null;
  }
  const site = item as Record<string, unknown>;
  const wrong: string[] = [];
  const unknown = Object.keys(site).filter((k) => !['accountNumber', 'name', 'desk'].includes(k));
  if (unknown.length)
    wrong.push(
      `${unknown.map((k) => JSON.stringify(k)).join(', ')} ${unknown.length === 1 ? 'is not a site field' : 'are not site fields'} (accountNumber, name, desk)`,
    );
  const number = typeof site.accountNumber === 'string' ? site.accountNumber : '';
  if (!/^[0-9]{10}$/.test(number))
    wrong.push('accountNumber must be the 10-digit account number as a string, e.g. "0001234567"');
  else if (seen.has(number)) wrong.push(`account number ${number} is listed twice`);
  // Exactly as IBM writes the address (lower case), like the schema's enum.
  const region = REGIONS.find((r) => r.desk === site.desk) ?? null;
  if (region === null)
    wrong.push(
      "desk must be one of IBM's four desk addresses (paonline@us.ibm.com, apecare@sg.ibm.com, paonline@jp.ibm.com, palogin@ie.ibm.com)",
    );
  let name = '';
  if (site.name !== undefined) {
    if (typeof site.name !== 'string' || site.name.trim() === '' || site.name.length > MAX_SITE_NAME)
      wrong.push(`name must be text of 1 to ${MAX_SITE_NAME} characters`);
    else name = site.name.trim();
  }
  if (wrong.length || region === null) {
    problems.push(say(`${where}: ${wrong.join('; ')}; this site is ignored`));
    return null;
  }
  if (seen.size >= MAX_SITES) {
    problems.push(say(`${where} is beyond the first ${MAX_SITES} sites; it is ignored`));
    return null;
  }
  seen.add(number);
  return { accountNumber: number, name, desk: region.desk, region: region.id };
}

function readSites(value: unknown, problems: string[]): OrganizationSite[] {
  if (!Array.isArray(value)) {
    problems.push(
      say(
        'sites must be a list of sites, e.g. [{ "accountNumber": "0001234567", "name": "Head office", "desk": "palogin@ie.ibm.com" }]; it is ignored',
      ),
    );
    return [];
  }
  const seen = new Set<string>();
  const out: OrganizationSite[] = [];
  value.forEach((item, i) => {
    const site = readSite(item, i, seen, problems);
    if (site) out.push(site);
  });
  return out;
}

function readHelpContact(value: unknown, problems: string[]): string {
  const v = typeof value === 'string' ? value.trim() : '';
  if (typeof value !== 'string' || v === '' || value.length > MAX_HELP_CONTACT) {
    problems.push(
      say(
        `helpContact must be text of 1 to ${MAX_HELP_CONTACT} characters (an address, a web page or a name); it is ignored`,
      ),
    );
    return '';
  }
  return v;
}

/** Reads the parsed JSON of organization.json; knowledge, when given, refuses free-mail and suffix domains. */
export function readOrganization(value: unknown, knowledge?: OrganizationDomainKnowledge): OrganizationRead {
  const problems: string[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      settings: NO_ORGANIZATION,
      problems: [
        say('must be a JSON object such as { "companyDomains": ["mycompany.com"] }; the file is ignored'),
      ],
    };
  }
  const file = value as Record<string, unknown>;
  const unknown = Object.keys(file).filter(
    (k) => k !== '$schema' && !(KNOWN_FIELDS as readonly string[]).includes(k),
  );
  for (const k of unknown)
    problems.push(
      say(
        `${JSON.stringify(k)} is not a setting the add-in knows (${KNOWN_FIELDS.join(', ')}); it is ignored`,
      ),
    );
  const settings: OrganizationSettings = {
    companyDomains:
      file.companyDomains === undefined ? [] : readDomains(file.companyDomains, problems, knowledge),
    sites: file.sites === undefined ? [] : readSites(file.sites, problems),
    helpContact: file.helpContact === undefined ? '' : readHelpContact(file.helpContact, problems),
  };
  return { settings, problems };
}

/** Reads the text of organization.json (not JSON: nothing is used, and the reason says why). */
export function readOrganizationText(
  text: string,
  knowledge?: OrganizationDomainKnowledge,
): OrganizationRead {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { settings: NO_ORGANIZATION, problems: [say(`is not valid JSON (${why}); the file is ignored`)] };
  }
  return readOrganization(value, knowledge);
}

/** A one-line summary for Settings, e.g. "2 company domains, 1 site, a help contact". */
export function describeOrganization(s: OrganizationSettings): string {
  const parts: string[] = [];
  if (s.companyDomains.length)
    parts.push(plural(s.companyDomains.length, 'company domain', 'company domains'));
  if (s.sites.length) parts.push(plural(s.sites.length, 'site', 'sites'));
  if (s.helpContact) parts.push('a help contact');
  return parts.join(', ');
}
