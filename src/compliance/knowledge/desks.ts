// IBM's four eCustomerCare desks, in the order and with the names of IBM's procedure. The one
// place a desk is defined: region ids (RegionId), the pane's region list, the desk addresses the
// send-time check recognises and the template's recipient all come from this table.
import type { Phrase } from '../catalogue/say';

const DESKS = [
  { id: 'americas', name: 'North America, Latin America', desk: 'paonline@us.ibm.com' },
  { id: 'asia-pacific', name: 'Asia Pacific', desk: 'apecare@sg.ibm.com' },
  { id: 'japan', name: 'Japan', desk: 'paonline@jp.ibm.com' },
  { id: 'emea', name: 'Europe, Middle East, Africa', desk: 'palogin@ie.ibm.com' },
] as const;

/** An eCustomerCare desk's region, by id. */
export type RegionId = (typeof DESKS)[number]['id'];

/** A region the engine suggests, and why, in words the user can check. */
export interface RegionSuggestion {
  region: RegionId;
  /** Why, as a phrase the pane or the dialog says in its language, e.g. "Your address ends in .jp (Japan)". */
  because: Phrase;
}

export interface Region {
  id: RegionId;
  /** The region exactly as IBM names it. */
  name: string;
  /** The desk's address. */
  desk: string;
}

export const REGIONS: readonly Region[] = Object.freeze(DESKS);

export function regionById(id: RegionId | string | null | undefined): Region | null {
  return REGIONS.find((r) => r.id === id) ?? null;
}

function bareAddress(address: string): string {
  const s = String(address ?? '').trim();
  const angle = /<([^<>]*)>\s*$/.exec(s);
  return (angle ? (angle[1] ?? '') : s).trim().toLowerCase();
}

/** The region whose desk this address is (case-insensitive; "Name <addr>" accepted), or null. */
export function regionForDesk(address: string): Region | null {
  const a = bareAddress(address);
  return REGIONS.find((r) => r.desk === a) ?? null;
}

export function isDeskAddress(address: string): boolean {
  return regionForDesk(address) !== null;
}
