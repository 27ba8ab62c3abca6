// Mail addresses are parsed with a real RFC 5322 parser (email-addresses), never a hand regex.
import emailAddresses from 'email-addresses';
import { normaliseHost } from './domains';

export interface ParsedAddress {
  /** local@domain as parsed (display name and comments removed). */
  address: string;
  local: string;
  /** Normalised host ('' when the domain is not a plain host name, e.g. an IP literal). */
  host: string;
}

// The checks run again on every change and parse the same few addresses (the sender's, the
// signature's, the new contact's) each time: the last answers are kept. Results are frozen.
const recent = new Map<string, Readonly<ParsedAddress> | null>();
const RECENT_MAX = 64;

/** Parses one mailbox ("jane@x.com" or "Jane <jane@x.com>"); null when it is not one valid address. */
export function parseAddress(input: string): Readonly<ParsedAddress> | null {
  const text = String(input ?? '').trim();
  const known = recent.get(text);
  if (known !== undefined) return known;
  const parsed = parseUncached(text);
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(text, parsed);
  return parsed;
}

function parseUncached(text: string): Readonly<ParsedAddress> | null {
  if (text === '' || text.length > 320) return null;
  let parsed: ReturnType<typeof emailAddresses.parseOneAddress>;
  try {
    parsed = emailAddresses.parseOneAddress({ input: text, rfc6532: true });
  } catch {
    return null;
  }
  if (parsed === null || parsed.type !== 'mailbox') return null;
  const host = normaliseHost(parsed.domain);
  return Object.freeze({ address: parsed.address, local: parsed.local, host });
}

/** True when the host looks like an Internet mail domain: at least two labels, letters in the TLD. */
export function isInternetHost(host: string): boolean {
  const h = normaliseHost(host);
  if (h === '') return false;
  const labels = h.split('.');
  const tld = labels[labels.length - 1] ?? '';
  return (
    labels.length >= 2 &&
    labels.every((l) => l.length > 0 && l.length <= 63) &&
    /^[\p{L}][\p{L}\p{N}-]*$/u.test(tld)
  );
}
