import { loadFullDomainKnowledge } from './domain-data';
import {
  basicDomainKnowledge,
  configuredDomainOf,
  createDomainKnowledge,
  fallbackOrganisationDomain,
  isSameOrSubdomain,
  organisationOf,
  sameOrganisation,
  type DomainKnowledge,
} from './domains';

let full: DomainKnowledge;
beforeAll(async () => {
  full = await loadFullDomainKnowledge();
});

describe('free-mail detection', () => {
  test.each([
    ['gmail.com', true],
    ['outlook.com', true],
    ['hotmail.com', true],
    ['yahoo.co.uk', true],
    ['mail.yahoo.co.uk', true], // a parent is on the list
    ['GMAIL.COM', true],
    ['mycompany.com', false],
    ['uk.mycompany.co.uk', false],
    ['notgmail.com', false], // label-wise, not a string suffix
  ])('basic list: %s → %s', (host, expected) => {
    expect(basicDomainKnowledge().isFreeMail(host)).toBe(expected);
  });

  test('the full list knows providers the common list does not', () => {
    expect(basicDomainKnowledge().isFreeMail('googlemail.com')).toBe(false);
    expect(full.isFreeMail('googlemail.com')).toBe(true);
    expect(full.isFreeMail('gmx.de')).toBe(true);
    expect(full.isFreeMail('mycompany.com')).toBe(false);
  });

  test('createDomainKnowledge matches the domain or any parent', () => {
    const k = createDomainKnowledge({ freeMailDomains: ['free.example'] });
    expect(k.isFreeMail('free.example')).toBe(true);
    expect(k.isFreeMail('a.b.free.example')).toBe(true);
    expect(k.isFreeMail('unfree.example')).toBe(false);
    expect(k.isFreeMail('')).toBe(false);
  });
});

describe('organisation domain', () => {
  test.each([
    ['jane@uk.mycompany.co.uk host', 'uk.mycompany.co.uk', 'mycompany.co.uk'],
    ['plain .com', 'mycompany.com', 'mycompany.com'],
    ['subdomain of .com', 'mail.mycompany.com', 'mycompany.com'],
    ['.com.au', 'sydney.mycompany.com.au', 'mycompany.com.au'],
    ['a public suffix itself', 'co.uk', null],
    ['no dot', 'mycompany', null],
    ['IP address', '192.168.1.1', null],
  ])('full knowledge (public-suffix list): %s', (_, host, expected) => {
    expect(full.organisationDomain(host)).toBe(expected);
  });

  test.each([
    ['mycompany.com', 'mycompany.com'],
    ['uk.mycompany.com', 'mycompany.com'],
    ['mycompany.co.uk', 'mycompany.co.uk'],
    ['uk.mycompany.co.uk', 'mycompany.co.uk'],
    ['mycompany.de', 'mycompany.de'],
    ['uk.mycompany.de', null], // ambiguous without the list: refuse to guess
    ['co.uk', null],
    ['localhost', null],
    ['10.0.0.1', null],
  ])('basic fallback without the list: %s → %s', (host, expected) => {
    expect(fallbackOrganisationDomain(host)).toBe(expected);
    expect(basicDomainKnowledge().organisationDomain(host)).toBe(expected);
  });

  test('configured company domains count as organisation domains (suffix match, broadest wins)', () => {
    const domains = ['mycompany.de', 'uk.mycompany.de'];
    expect(configuredDomainOf('uk.mycompany.de', domains)).toBe('mycompany.de');
    expect(organisationOf('mail.uk.mycompany.de', basicDomainKnowledge(), domains)).toBe('mycompany.de');
    expect(configuredDomainOf('notmycompany.de', domains)).toBeNull();
  });

  test('isSameOrSubdomain is label-wise', () => {
    expect(isSameOrSubdomain('a.mycompany.com', 'mycompany.com')).toBe(true);
    expect(isSameOrSubdomain('mycompany.com', 'mycompany.com')).toBe(true);
    expect(isSameOrSubdomain('evilmycompany.com', 'mycompany.com')).toBe(false);
  });
});

describe('same organisation', () => {
  test.each([
    ['same host', 'mycompany.com', 'mycompany.com', [], 'same'],
    ['subdomain', 'uk.mycompany.de', 'mycompany.de', [], 'same'],
    ['two companies', 'mycompany.com', 'othercorp.com', [], 'different'],
    ['ambiguous hosts without the list', 'uk.mycompany.de', 'fr.mycompany.de', [], 'unknown'],
    [
      'ambiguous hosts under a configured domain',
      'uk.mycompany.de',
      'fr.mycompany.de',
      ['mycompany.de'],
      'same',
    ],
  ] as const)('basic: %s', (_, a, b, configured, expected) => {
    expect(sameOrganisation(a, b, basicDomainKnowledge(), configured)).toBe(expected);
  });

  test('full knowledge resolves what the basic one cannot', () => {
    expect(sameOrganisation('uk.mycompany.de', 'fr.mycompany.de', full, [])).toBe('same');
    expect(sameOrganisation('uk.mycompany.co.uk', 'mycompany.co.uk', full, [])).toBe('same');
    expect(sameOrganisation('a.mycompany.co.uk', 'b.othercorp.co.uk', full, [])).toBe('different');
  });
});
