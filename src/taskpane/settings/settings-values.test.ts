import { basicDomainKnowledge } from '../../compliance/knowledge/domains';
import { loadFullDomainKnowledge } from '../../compliance/knowledge/domain-data';
import type { DomainKnowledge } from '../../compliance/knowledge/domains';
import { EN } from '../../compliance/catalogue/en';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { say, type Catalogue } from '../../compliance/catalogue/say';
import { MAX_COMPANY_DOMAINS, parseCompanyDomains as parsePhrases } from './settings-values';

const ENGLISH: Catalogue = { locale: 'en', messages: { ...EN, ...EN_PANE_LATER } };
/** The parse with its problems and notes in English words. */
const parseCompanyDomains = (...args: Parameters<typeof parsePhrases>) => {
  const r = parsePhrases(...args);
  return r.ok
    ? { ...r, notes: r.notes.map((p) => say(p, ENGLISH)) }
    : { ...r, problems: r.problems.map((p) => say(p, ENGLISH)) };
};

let full: DomainKnowledge;
beforeAll(async () => {
  full = await loadFullDomainKnowledge();
});

describe('parseCompanyDomains', () => {
  it('accepts commas, spaces, semicolons and a leading @, and normalises', () => {
    expect(
      parseCompanyDomains(' MyCompany.com, @mycompany.co.uk;sub.mycompany.de  mycompany.com ', full),
    ).toEqual({
      ok: true,
      domains: ['mycompany.com', 'mycompany.co.uk', 'sub.mycompany.de'],
      notes: [],
    });
  });
  it('empty text means no configured domains', () => {
    expect(parseCompanyDomains('   ')).toEqual({ ok: true, domains: [], notes: [] });
  });
  it('names what is not a domain', () => {
    expect(parseCompanyDomains('mycompany.com, jane@mycompany.com, localhost, a..b')).toEqual({
      ok: false,
      problems: ['Not a domain: jane@mycompany.com, localhost, a..b'],
    });
  });
  it(`refuses more than ${MAX_COMPANY_DOMAINS} domains, naming the extra ones`, () => {
    const many = Array.from({ length: MAX_COMPANY_DOMAINS + 1 }, (_, i) => `d${i}.com`).join(' ');
    expect(parseCompanyDomains(many)).toEqual({
      ok: false,
      problems: [`At most ${MAX_COMPANY_DOMAINS} domains; remove 1: d${MAX_COMPANY_DOMAINS}.com.`],
    });
  });
  it('refuses a free-mail provider with a sentence why (the small list, before the full one loads, too)', () => {
    for (const knowledge of [basicDomainKnowledge(), full]) {
      const got = parseCompanyDomains('mycompany.com, gmail.com', knowledge);
      expect(got).toEqual({
        ok: false,
        problems: [
          "gmail.com: personal/free-mail provider that anyone can sign up to, so not your company’s domain (IBM does not accept requests from them).",
        ],
      });
    }
    expect(parseCompanyDomains('gmail.com outlook.com', full)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^gmail\.com, outlook\.com: personal\/free-mail providers /)],
    });
  });
  it('refuses a public suffix (co.uk, com.au) with a sentence why, once the public-suffix list is known', () => {
    expect(parseCompanyDomains('co.uk', full)).toEqual({
      ok: false,
      problems: [
        "co.uk: an ending under which anyone can register a domain (like .com or .co.uk), so not your company’s domain. Enter the domain itself, e.g. mycompany.co.uk.",
      ],
    });
    expect(parseCompanyDomains('mycompany.com.au, com.au', full)).toMatchObject({ ok: false });
    // Without the list, a subdomain cannot be told from a suffix: nothing is refused for it.
    expect(parseCompanyDomains('sub.mycompany.de', basicDomainKnowledge())).toMatchObject({ ok: true });
  });
  it('reads "*.mycompany.com" as mycompany.com and its subdomains, and says so', () => {
    expect(parseCompanyDomains('*.MyCompany.com', full)).toEqual({
      ok: true,
      domains: ['mycompany.com'],
      notes: [
        '*.MyCompany.com is kept as mycompany.com: a company domain covers the domain and all its subdomains.',
      ],
    });
    expect(parseCompanyDomains('*.gmail.com', full)).toMatchObject({ ok: false });
  });
});
