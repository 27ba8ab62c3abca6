// Suggests the eCustomerCare region from the sender's country: the country-code TLD of the address
// first, then the mailbox time zone (Windows names via windows-iana, IANA names via
// countries-and-timezones), then country → region from countries-list's continents with the
// corrections IBM's desks need. ~35 KB gzip of data: load this module on demand (`import()`);
// the rest of the engine does not import it.
import { countries, type ICountry } from 'countries-list';
import ct from 'countries-and-timezones';
import { findIana } from 'windows-iana';
import { parseAddress } from './address';
import type { RegionId, RegionSuggestion } from './desks';
import { phrase } from '../catalogue/say';

/** Asian countries IBM serves from the Europe, Middle East, Africa desk (Middle East, Caucasus, Central Asia). */
export const ASIA_TO_EMEA: ReadonlySet<string> = new Set([
  'AE',
  'SA',
  'IL',
  'QA',
  'KW',
  'BH',
  'OM',
  'JO',
  'LB',
  'IR',
  'IQ',
  'SY',
  'YE',
  'TR',
  'CY',
  'PS',
  'GE',
  'AM',
  'AZ',
  'KZ',
  'UZ',
  'KG',
  'TJ',
  'TM',
]);

/**
 * Country-code TLDs that are mostly used as generic names (.io, .co, .ai, .tv, .me...): they say
 * nothing about where the company is, so they give no suggestion.
 */
export const GENERIC_CCTLDS: ReadonlySet<string> = new Set([
  'io',
  'co',
  'ai',
  'tv',
  'me',
  'fm',
  'ly',
  'cc',
  'ws',
  'to',
  'la',
  'vc',
  'nu',
  'tk',
  'ac',
  'sh',
  'gg',
  'so',
  'am',
  'ag',
  'sc',
  'bz',
  'gl',
]);

const COUNTRY_DATA = countries as Record<string, ICountry>;

function country(code: string): ICountry | null {
  return COUNTRY_DATA[code.toUpperCase()] ?? null;
}

/** The desk region for an ISO 3166-1 alpha-2 country code, or null (unknown code, Antarctica). */
export function regionForCountry(code: string): RegionId | null {
  const c = String(code ?? '').toUpperCase();
  const data = country(c);
  if (data === null) return null;
  if (c === 'JP') return 'japan';
  switch (data.continent) {
    case 'NA':
    case 'SA':
      return 'americas';
    case 'EU':
    case 'AF':
      return 'emea';
    case 'AS':
      return ASIA_TO_EMEA.has(c) || (data.continents ?? []).includes('EU') ? 'emea' : 'asia-pacific';
    case 'OC':
      return 'asia-pacific';
    default:
      return null;
  }
}

/** The country a host's TLD names (".jp" → JP, ".uk" → GB), or null for generic TLDs. */
export function countryForHost(host: string): string | null {
  const tld =
    String(host ?? '')
      .toLowerCase()
      .replace(/\.$/, '')
      .split('.')
      .pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_CCTLDS.has(tld)) return null;
  const code = tld === 'uk' ? 'GB' : tld.toUpperCase();
  return country(code) !== null ? code : null;
}

/** IANA zone names for a Windows or IANA time zone name ([] when unknown). */
function ianaZones(timeZone: string): string[] {
  const tz = timeZone.trim();
  if (tz === '') return [];
  if (ct.getTimezone(tz) !== null) return [tz];
  try {
    return findIana(tz) ?? [];
  } catch {
    return [];
  }
}

/** The country of a time zone (Windows or IANA name), or null (UTC, unknown, several without a lead). */
export function countryForTimeZone(timeZone: string): string | null {
  for (const zone of ianaZones(String(timeZone ?? ''))) {
    if (/^(Etc\/|UTC$|GMT|UCT$|Universal$|Zulu$)/i.test(zone)) return null;
    const list = ct.getCountriesForTimezone(zone, { deprecated: true });
    const first = list[0];
    if (first) return first.id;
  }
  return null;
}

/**
 * The suggested region and why, from the sender's address (ccTLD) and then the mailbox time zone;
 * null when neither tells a country.
 */
export function suggestRegion(input: {
  senderAddress: string;
  timeZone?: string | undefined;
}): RegionSuggestion | null {
  try {
    const host = parseAddress(input.senderAddress ?? '')?.host ?? '';
    const tld = host.split('.').pop() ?? '';
    const byTld = countryForHost(host);
    if (byTld !== null) {
      const region = regionForCountry(byTld);
      if (region !== null) return { region, because: phrase('region.because.tld', { tld, country: byTld }) };
    }
    if (host !== '' && /^eu$/i.test(tld)) return { region: 'emea', because: phrase('region.because.eu') };
    const tz = String(input.timeZone ?? '').trim();
    const byZone = countryForTimeZone(tz);
    if (byZone !== null) {
      const region = regionForCountry(byZone);
      if (region !== null)
        return { region, because: phrase('region.because.zone', { zone: tz, country: byZone }) };
    }
  } catch {
    // A suggestion is a convenience: never let it break the pane.
  }
  return null;
}
