import { EN } from './en';
import { EN_SEND } from './en-send';
import { LOCALES, PSEUDO_LOCALE } from './locales';
import { ENGLISH, phrase, say, sayAll, type Catalogue } from './say';
import { RULE_ORDER } from '../rules/verdict';

describe('say', () => {
  test('fills named parameters', () => {
    expect(
      say(phrase('domain.organisation', { address: 'jane@mycompany.com', domain: 'mycompany.com' })),
    ).toBe("jane@mycompany.com is at your company's domain mycompany.com.");
  });

  test('numbers and country names are written the language\'s way, again and again (formatters are reused)', () => {
    const de: Catalogue = { locale: 'de', messages: { 'list.and': '{head} und {last} ({n}, {c:country})' } };
    for (let i = 0; i < 3; i++) {
      expect(say(phrase('list.and', { head: 'a', last: 'b', n: 1234.5, c: 'JP' }), de)).toBe('a und b (1234,5, Japan)');
      expect(say(phrase('list.and', { head: 'a', last: 'b', n: 1234.5, c: 'JP' }))).toBe('a and b');
    }
    // An unknown country code stays as it is.
    expect(say(phrase('list.and', { head: 'a', last: 'b', n: 2, c: 'not a code' }), de)).toBe('a und b (2, not a code)');
  });

  test.each([...LOCALES, PSEUDO_LOCALE])(
    'a count in %s is written as Intl writes it (the digits are taken as they are, without a formatter)',
    (locale) => {
      const words: Catalogue = { locale, messages: { 'list.and': '{head}{last}' } };
      for (const n of [0, 1, 7, 42, 1234, 100000, 2 ** 40])
        expect(say(phrase('list.and', { head: '', last: n }), words)).toBe(
          new Intl.NumberFormat(locale, { useGrouping: false }).format(n),
        );
    },
  );

  test('chooses the plural form from the count', () => {
    const digits = (n: number) =>
      say(phrase('account.length', { number: '1'.repeat(n), count: n, expected: 10 }));
    expect(digits(1)).toBe("1 has 1 digit; IBM's example has 10 digits, e.g. 0001234567.");
    expect(digits(5)).toContain('11111 has 5 digits;');
  });

  test('joins lists with "and", or with commas when the entry says so', () => {
    const missing = [phrase('field.name'), phrase('field.title'), phrase('field.phone')];
    expect(say(phrase('contact.missing.fix', { missing }))).toBe(
      'Add their name, job title and phone number.',
    );
    expect(say(phrase('contact.missing.fix', { missing: [phrase('field.phone')] }))).toBe(
      'Add their phone number.',
    );
    expect(say(phrase('contact.other', { details: ['Bob', 'IT', 'bob@x.com'] }))).toBe(
      'New primary contact: Bob, IT, bob@x.com.',
    );
  });

  test('renders phrases given as parameters, and sentences one after another', () => {
    const where = phrase('title.where.signature');
    expect(sayAll([phrase('title.manager', { line: 'IT Manager', where }), phrase('reason.empty')])).toBe(
      'Took "IT Manager" from your signature as your title: it contains the word "manager". No reason for the change is given.',
    );
  });

  test('another catalogue phrases the same verdict its own way', () => {
    const bracketed: Catalogue = {
      messages: Object.fromEntries(
        Object.entries(EN).map(([k, v]) => [k, typeof v === 'string' ? `[${v}]` : v]),
      ) as Catalogue['messages'],
      locale: 'en',
    };
    expect(say(phrase('domain.free-mail', { host: 'gmail.com' }), bracketed)).toBe(
      '[gmail.com is a personal/free-mail provider; IBM does not accept the request from it.]',
    );
  });

  test('the pane carries no send-time dialog words; a key without words shows as itself', () => {
    expect(ENGLISH.messages['send.open-pane']).toBeUndefined();
    expect(say(phrase('send.open-pane'))).toBe('send.open-pane');
    expect(say(phrase('send.open-pane'), { ...ENGLISH, messages: { ...EN, ...EN_SEND } })).toBe(
      'Open the add-in',
    );
  });

  test('every rule has a topic, and every placeholder is a plain name', () => {
    for (const id of RULE_ORDER) expect(EN[`topic.${id}`]).toMatch(/\w/);
    for (const entry of [...Object.values(EN), ...Object.values(EN_SEND)]) {
      for (const text of typeof entry === 'string' ? [entry] : Object.values(entry)) {
        expect(text.match(/\{[^}]*\}/g)?.filter((m) => !/^\{\w+(:comma|:country)?\}$/.test(m)) ?? []).toEqual(
          [],
        );
      }
    }
  });
});
