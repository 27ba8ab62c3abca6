// Renders the engine's verdicts, the pane's words and the send-time summary. A phrase carries a
// message key and its parameters; the words are in one catalogue per language (English: en.ts,
// en-pane.ts, en-send.ts; the others: locales/<id>.json), rendered through say().
//
// Catalogue entries are plain strings with named parameters, "{address} is at {domain}.", or,
// where a number decides the wording, one string per CLDR plural category ({ one, other }, or
// { one, few, many, other }…), chosen from the `count` parameter with Intl.PluralRules in the
// catalogue's language; "other" is always there. A parameter is a string, a number (written the
// language's way), another phrase, or a list of those: "{missing}" joins a list as "a, b and c"
// (the catalogue's list.and), "{lines:comma}" with the language's comma; "{country:country}" names
// an ISO country code in the language (Intl.DisplayNames).
import { EN } from './en';
import { LOCALES, PSEUDO_LOCALE } from './locales';
import type { EN_PANE } from './en-pane';
import type { EN_PANE_LATER } from './en-pane-later';
import type { EN_SEND } from './en-send';

/** Every key of the catalogue: the verdicts' (en.ts), the pane's (en-pane*.ts) and the send-time dialog's (en-send.ts). */
export type MessageKey =
  keyof typeof EN | keyof typeof EN_PANE | keyof typeof EN_PANE_LATER | keyof typeof EN_SEND;
export type Param = string | number | Phrase | readonly (string | Phrase)[];
export type Params = Readonly<Record<string, Param>>;

export interface Phrase {
  key: MessageKey;
  params?: Params;
}

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type Entry = string | ({ other: string } & Partial<Record<PluralCategory, string>>);
export type Messages = Readonly<Partial<Record<MessageKey, Entry>>>;

export interface Catalogue {
  /** BCP 47 tag of the language (for plural rules, numbers and <html lang>). */
  locale: string;
  /** A runtime may carry only the part it shows (the pane has no send-time dialog words). */
  messages: Messages;
}

export const ENGLISH: Catalogue = { locale: 'en', messages: EN };

/** A catalogue over another: keys the first lacks come from the second (English for missing words). */
export function withFallback(catalogue: Catalogue, fallback: Catalogue): Catalogue {
  return { locale: catalogue.locale, messages: { ...fallback.messages, ...catalogue.messages } };
}

/** A phrase: the key and, when there are any, its parameters. */
export function phrase(key: MessageKey, params?: Params): Phrase {
  return params ? { key, params } : { key };
}

// Intl is in every runtime we support; a runtime without it still gets English-style plurals.
const hasIntl = typeof Intl === 'object' && Intl !== null;
const pluralRules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of a count in this language. */
export function pluralOf(count: number, locale: string): PluralCategory {
  if (!hasIntl || typeof Intl.PluralRules !== 'function') return count === 1 ? 'one' : 'other';
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) as PluralCategory;
}

// Intl formatters are slow to make (the first one of a language loads its data) and the pane
// renders dozens of phrases per change: one of each per language, made when first needed.
const numberFormats = new Map<string, Intl.NumberFormat>();
const countryNames = new Map<string, Intl.DisplayNames | null>();

// Every language we have words for writes numbers with Latin digits (say.test.ts checks it against
// Intl): a count there is its own digits, and needs no formatter — the first Intl.NumberFormat of
// a page costs ~15 ms of the pane's start-up, for "3 passed".
const LATIN_DIGITS: ReadonlySet<string> = new Set<string>([...LOCALES, PSEUDO_LOCALE]);

function formatNumber(n: number, locale: string): string {
  if (Number.isSafeInteger(n) && n >= 0 && LATIN_DIGITS.has(locale)) return String(n);
  if (!hasIntl || typeof Intl.NumberFormat !== 'function') return String(n);
  let format = numberFormats.get(locale);
  // Grouping off: counts are small, and a digit count next to a number must not read as one.
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale, { useGrouping: false })));
  return format.format(n);
}

/** A country's name in the language (ISO 3166 code in, e.g. "JP" → "Japan" / "日本"); the code without Intl.DisplayNames. */
function countryName(code: string, locale: string): string {
  let names = countryNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region' });
    } catch {
      names = null;
    }
    countryNames.set(locale, names);
  }
  try {
    return names?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** One phrase in words. */
export function say(p: Phrase, catalogue: Catalogue = ENGLISH): string {
  const entry = catalogue.messages[p.key] ?? p.key;
  const params = p.params ?? {};
  const text =
    typeof entry === 'string'
      ? entry
      : (entry[pluralOf(Number(params.count ?? 0), catalogue.locale)] ?? entry.other);
  return text.replace(/\{(\w+)(?::(\w+))?\}/g, (_, name: string, style?: string) => {
    const value = params[name];
    if (value === undefined) return '';
    if (Array.isArray(value)) {
      const items = value.map((v) => word(v, catalogue));
      const comma = say(phrase('list.comma'), catalogue);
      if (style === 'comma' || items.length <= 1) return items.join(comma);
      return say(
        phrase('list.and', { head: items.slice(0, -1).join(comma), last: items[items.length - 1] ?? '' }),
        catalogue,
      );
    }
    if (style === 'country' && typeof value === 'string') return countryName(value, catalogue.locale);
    return word(value as string | number | Phrase, catalogue);
  });
}

/** Several phrases as one text, sentence after sentence (the catalogue's sentence gap: " " or ""). */
export function sayAll(phrases: readonly Phrase[], catalogue: Catalogue = ENGLISH): string {
  const gap = catalogue.messages['list.sentence-gap'];
  return phrases.map((p) => say(p, catalogue)).join(typeof gap === 'string' ? gap : ' ');
}

function word(value: string | number | Phrase, catalogue: Catalogue): string {
  if (typeof value === 'number') return formatNumber(value, catalogue.locale);
  return typeof value === 'object' ? say(value, catalogue) : value;
}
