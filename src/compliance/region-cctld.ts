// The region suggestion from the sender's country-code TLD only, in well under 1 KB: the slim path
// for the send-time handler, whose bundle (≤ 50 KB gzip) cannot carry region-suggest.ts's country
// and time-zone data (~35 KB gzip). The table is not maintained by hand: region-cctld.test.ts
// checks it, TLD by TLD, against region-suggest.ts (countries-list continents plus IBM's
// corrections, generic ccTLDs such as .io/.co left out), so the two cannot drift apart.
import { parseAddress } from './address';
import { regionById } from './desks';
import type { RegionId, RegionSuggestion } from './types';

/** ccTLDs per desk region (".uk" and ".eu" included; generic ccTLDs and Antarctica absent). */
const CCTLDS: Readonly<Record<RegionId, string>> = {
  emea:
    'ad ae al ao at ax az ba be bf bg bh bi bj bw by cd cf cg ch ci cm cv cy cz de dj dk dz ee eg eh er es et eu fi fo ' +
    'fr ga gb ge gh gi gm gn gq gr gw hr hu ie il im iq ir is it je jo ke kg km kw kz lb li lr ls lt lu lv ma mc md mg ' +
    'mk ml mr mt mu mw mz na ne ng nl no om pl ps pt qa re ro rs ru rw sa sd se si sj sk sl sm sn ss st sy sz ta td tg ' +
    'tj tm tn tr tz ua ug uk uz va xk ye yt za zm zw',
  'asia-pacific':
    'af as au bd bn bt ck cn cx fj gu hk id in kh ki kp kr lk mh mm mn mo mp mv my nc nf np nr nz pf pg ph pk pn pw ' +
    'sb sg th tl tw um vn vu wf',
  americas:
    'ar aw bb bl bm bo bq br bs ca cl cr cu cw dm do ec fk gd gf gp gt gy hn ht jm kn ky lc mf mq ms mx ni pa pe pm ' +
    'pr py sr sv sx tc tt us uy ve vg vi',
  japan: 'jp',
};

let table: Map<string, RegionId> | null = null;

function lookup(tld: string): RegionId | null {
  if (table === null) {
    table = new Map();
    for (const [region, list] of Object.entries(CCTLDS) as [RegionId, string][]) {
      for (const t of list.split(' ')) table.set(t, region);
    }
  }
  return table.get(tld) ?? null;
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
  return { region, because: `Your address ends in .${tld} (${regionById(region)?.name ?? region})` };
}
