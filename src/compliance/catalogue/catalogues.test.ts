// Every translation has exactly the English keys, in the same sections, with the same parameters,
// and the words every language must keep (IBM's names, the email's English phrases) — a missing or
// extra key fails here, not in front of a user.
import fs from 'node:fs';
import path from 'node:path';
import { EN } from './en';
import { EN_PANE } from './en-pane';
import { EN_PANE_LATER } from './en-pane-later';
import { EN_SEND } from './en-send';
import { LOCALES, resolveLocale } from './locales';
import { pseudoMessages, pseudoText } from './pseudo';
import { phrase, pluralOf, say, type Catalogue, type Entry, type Messages } from './say';

const ENGLISH_SECTIONS: Record<string, Messages> = {
  verdicts: EN,
  pane: { ...EN_PANE, ...EN_PANE_LATER },
  send: EN_SEND,
};
const DIR = path.join(__dirname, 'locales');
const TRANSLATED = LOCALES.filter((l) => l !== 'en');
const load = (id: string): Record<string, Record<string, Entry>> =>
  JSON.parse(fs.readFileSync(path.join(DIR, `${id}.json`), 'utf8'));
const catalogueOf = (id: string): Catalogue => ({
  locale: id,
  messages: Object.assign({}, ...Object.values(load(id))) as Messages,
});
const texts = (entry: Entry) => (typeof entry === 'string' ? [entry] : Object.values(entry));
const params = (entry: Entry) =>
  [...new Set(texts(entry).flatMap((t) => t.match(/\{[^}]*\}/g) ?? []))].sort();

describe('the catalogues', () => {
  test('one translation file per supported language, and nothing else', () => {
    expect(
      fs
        .readdirSync(DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.replace(/\.json$/, ''))
        .sort(),
    ).toEqual([...TRANSLATED].sort());
  });

  test.each(TRANSLATED)('%s has every English key in its section, and no other', (id) => {
    const file = load(id);
    expect(Object.keys(file).sort()).toEqual(Object.keys(ENGLISH_SECTIONS).sort());
    for (const [section, english] of Object.entries(ENGLISH_SECTIONS)) {
      const missing = Object.keys(english).filter((k) => !(k in (file[section] ?? {})));
      const extra = Object.keys(file[section] ?? {}).filter((k) => !(k in english));
      expect({ section, missing, extra }).toEqual({ section, missing: [], extra: [] });
    }
  });

  test.each(TRANSLATED)('%s keeps every parameter and plural form, and says something for each key', (id) => {
    const file = load(id);
    for (const [section, english] of Object.entries(ENGLISH_SECTIONS)) {
      for (const [key, en] of Object.entries(english) as [string, Entry][]) {
        const entry = file[section]?.[key];
        if (entry === undefined) continue; // reported by the key test
        expect({ key, params: params(entry) }).toEqual({ key, params: params(en) });
        expect(typeof entry).toBe(typeof en);
        if (typeof entry === 'object')
          expect({ key, other: typeof entry.other }).toEqual({ key, other: 'string' });
        // Separators may be empty (no space between Japanese sentences); words may not.
        if (!key.startsWith('list.'))
          for (const t of texts(entry)) expect({ key, t: t.trim() === '' }).toEqual({ key, t: false });
      }
    }
  });

  test.each(TRANSLATED)("%s: IBM's names stay as IBM writes them (glossary.md)", (id) => {
    const m = catalogueOf(id).messages;
    const text = (k: keyof typeof m) => texts(m[k] as Entry).join(' ');
    expect(text('app.intro')).toContain('Passport Advantage');
    expect(text('app.intro')).toContain('Primary Company Contact');
    expect(text('next.answer')).toContain('eCustomerCare');
    expect(text('next.rights')).toContain('Site Technical Contact');
    expect(text('next.spss')).toContain('SPSS License Key Center');
    // The sentence the user may add to the email is quoted in English: the email stays English.
    expect(text('send.say-role')).toContain('I am the current primary contact');
    // The manager-title rule needs the English word, and the check says so.
    expect(text('title.not-manager')).toMatch(/manager/i);
    expect(text('title.fix')).toContain('IT Manager');
  });

  test.each(TRANSLATED)('%s: the dialog button fits Outlook (20 characters at most)', (id) => {
    expect(say(phrase('send.open-pane'), catalogueOf(id)).length).toBeLessThanOrEqual(20);
  });

  test.each(TRANSLATED)('%s: plural forms cover the categories its language uses for counts', (id) => {
    const m = catalogueOf(id).messages;
    for (const n of [0, 1, 2, 5, 21]) {
      const category = pluralOf(n, id);
      const entry = m['checks.counts'] as Record<string, string>;
      // "other" stands in for a category a language uses only for large numbers (e.g. French "many").
      expect(entry[category] ?? entry.other).toBeTruthy();
    }
  });
});

describe('plurals and numbers follow the language', () => {
  const counts = (id: string, n: number) =>
    say(phrase('checks.counts', { passed: 3, count: n, failed: 0 }), catalogueOf(id));
  test('one and other, per language', () => {
    expect(counts('de', 1)).toBe('3 bestanden, 1 Warnung, 0 nicht bestanden');
    expect(counts('de', 2)).toBe('3 bestanden, 2 Warnungen, 0 nicht bestanden');
    // French: 0 is singular.
    expect(counts('fr', 0)).toContain('0 avertissement,');
    expect(counts('fr', 2)).toContain('2 avertissements');
    // Japanese has one form, whatever the count.
    expect(counts('ja', 1)).toBe('合格 3 件、警告 1 件、不合格 0 件');
    expect(counts('ja', 2)).toBe('合格 3 件、警告 2 件、不合格 0 件');
  });

  test('countries are named in the language', () => {
    const because = phrase('region.because.tld', { tld: 'jp', country: 'JP' });
    expect(say(because, catalogueOf('de'))).toBe('Ihre Adresse endet auf .jp (Japan)');
    expect(say(because, catalogueOf('ja'))).toContain('日本');
    expect(say(because, catalogueOf('fr'))).toContain('Japon');
  });

  test('lists are joined the language’s way', () => {
    const missing = [phrase('field.name'), phrase('field.phone')];
    expect(say(phrase('contact.missing.fix', { missing }), catalogueOf('de'))).toBe(
      'Ergänzen Sie: Name und Telefonnummer.',
    );
  });
});

describe('resolveLocale', () => {
  test.each([
    ['ja-JP', 'ja'],
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['es-MX', 'es'],
    ['it-IT', 'it'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['zh-CN', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-TW', 'en'],
    ['zh-Hant-HK', 'en'],
    ['ko-KR', 'ko'],
    ['en-GB', 'en'],
    ['nl-NL', 'en'],
    ['', 'en'],
    ['qps-ploc', 'qps-ploc'],
  ])('%j → %s', (tag, id) => {
    expect(resolveLocale(tag)).toBe(id);
  });
});

describe('the pseudo-locale', () => {
  test('accents every letter, keeps parameters, and is about 40% longer', () => {
    const english = 'You are signed in as {user}; IBM will see the From address above.';
    const pseudo = pseudoText(english);
    expect(pseudo).toContain('{user}');
    expect(pseudo.replace('{user}', '')).not.toMatch(/[A-Za-z]/);
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.floor(english.length * 1.35));
  });

  test('covers every English key', () => {
    const all = { ...EN, ...EN_PANE, ...EN_PANE_LATER };
    expect(Object.keys(pseudoMessages(all)).sort()).toEqual(Object.keys(all).sort());
  });
});
