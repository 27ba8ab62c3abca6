// The region suggestion from the sender's country-code TLD only, in well under 1 KB: the slim path
// for the send-time handler, whose bundle (≤ 40 KB gzip) cannot carry region-suggest.ts's country
// and time-zone data (~35 KB gzip). The table is not maintained by hand: region-cctld.test.ts
// checks it, TLD by TLD, against region-suggest.ts (countries-list continents plus IBM's
// corrections, generic ccTLDs such as .io/.co left out), so the two cannot drift apart.
import { parseAddress } from './address';
import { regionById, type RegionId, type RegionSuggestion } from './desks';
import { phrase } from '../catalogue/say';

/**
 * The desk region of every two-letter TLD: row = first letter, column = second letter (a–z);
 * e = Europe/Middle East/Africa, a = Asia Pacific, m = the Americas, j = Japan, . = none (not a
 * country, a generic ccTLD such as .io/.co/.me, or Antarctica). ".uk" and ".eu" are EMEA.
 * A 26×26 grid is ~200 bytes gzip where a list per region was ~500.
 */
const GRID = [
  // columns: a b c … z
  '...eea.....e..e..maea.me.e', // a
  'em.aeeeeee.mmam.mmma..e.e.', // b
  'm..e.eeee.amea...m..memaee', // c
  '....e....ee.m.m..........e', // d
  '..m.e.ee.........eeee.....', // e
  '........eam...e..e........', // f
  'ee.mem.ee...ee.mee.ma.e.m.', // g
  '..........a..m...e.me.....', // h
  '...ae......eea..eeee......', // i
  '....e.......m.ej..........', // j
  '....e.eaa...em.a.a....e.me', // k
  '.em.....e.a......eeeee....', // l
  'e.ee.mea..eeaaaamemeeaemae', // m
  'e.a.eae.m..e..ea.a.......a', // n
  '............e.............', // o
  'm...maaa..aema...mee..a.m.', // p
  'e.........................', // q
  '....e.........e...e.e.e...', // r
  'ea.ee.a.eeeeee...mee.m.mee', // s
  'e.me..ea.e.aee...e.m..a..e', // t
  'e.....e...e.a.....m.....me', // u
  'e...m.m.m....a......a.....', // v
  '.....a....................', // w
  '..........e...............', // x
  '....e..............e......', // y
  'e...........e.........e...', // z
].join('');

const REGION_OF: Readonly<Record<string, RegionId>> = {
  e: 'emea',
  a: 'asia-pacific',
  m: 'americas',
  j: 'japan',
};

function lookup(tld: string): RegionId | null {
  const i = (tld.charCodeAt(0) - 97) * 26 + (tld.charCodeAt(1) - 97);
  return REGION_OF[GRID.charAt(i)] ?? null;
}

/** The region a host's country-code TLD points to ("x.co.jp" → japan), or null. */
export function regionForHostTld(host: string): RegionId | null {
  const tld =
    String(host ?? '')
      .trim()
      .toLowerCase()
      .replace(/\.$/, '')
      .split('.')
      .pop() ?? '';
  return /^[a-z]{2}$/.test(tld) ? lookup(tld) : null;
}

/** The region the sender's address suggests by its ccTLD, with the reason in words; null when it suggests none. */
export function suggestRegionFromAddress(address: string): RegionSuggestion | null {
  const host = parseAddress(address)?.host ?? '';
  const region = regionForHostTld(host);
  if (region === null) return null;
  const tld = host.split('.').pop() ?? '';
  return {
    region,
    because: phrase('region.because.tld-region', { tld, region: regionById(region)?.name ?? region }),
  };
}
