import { basicDomainKnowledge, effectiveCompanyDomains } from './domains';
import {
  NO_ORGANIZATION,
  describeOrganization,
  readOrganization,
  readOrganizationText,
} from './organization';

const site = { accountNumber: '0001234567', name: 'Head office', desk: 'palogin@ie.ibm.com' };

describe('readOrganizationText', () => {
  it("reads the brief's example in full, with no problem", () => {
    const r = readOrganizationText(
      JSON.stringify({
        companyDomains: ['mycompany.com', 'MyCompany.co.uk'],
        sites: [site],
        helpContact: 'software-licensing@mycompany.com',
      }),
    );
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual({
      companyDomains: ['mycompany.com', 'mycompany.co.uk'],
      sites: [{ ...site, region: 'emea' }],
      helpContact: 'software-licensing@mycompany.com',
    });
  });

  it('an empty object: no defaults, no problem', () => {
    expect(readOrganizationText('{}')).toEqual({ settings: NO_ORGANIZATION, problems: [] });
  });

  it('not JSON: nothing used, and the reason names the file', () => {
    const r = readOrganizationText('{ companyDomains: [mycompany.com] }');
    expect(r.settings).toEqual(NO_ORGANIZATION);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^organization\.json: is not valid JSON \(.+\); the file is ignored$/);
  });

  it('accepts a byte-order mark (files saved by Notepad)', () => {
    expect(readOrganizationText('\uFEFF{"helpContact":"IT desk"}').settings.helpContact).toBe('IT desk');
  });

  it.each([['[]'], ['"mycompany.com"'], ['null'], ['42']])(
    '%s is not an object: ignored with a reason',
    (text) => {
      const r = readOrganizationText(text);
      expect(r.settings).toEqual(NO_ORGANIZATION);
      expect(r.problems[0]).toMatch(/^organization\.json: must be a JSON object/);
    },
  );
});

describe('readOrganization, field by field', () => {
  it('a bad companyDomains is ignored with the admin-facing reason; the other fields are used', () => {
    const r = readOrganization({ companyDomains: 'mycompany.com', sites: [site], helpContact: 'IT' });
    expect(r.problems).toEqual([
      'organization.json: companyDomains must be a list of domains, e.g. ["mycompany.com"]; it is ignored',
    ]);
    expect(r.settings.companyDomains).toEqual([]);
    expect(r.settings.sites).toHaveLength(1);
    expect(r.settings.helpContact).toBe('IT');
  });

  it('bad entries in a list are left out one by one, each with its reason', () => {
    const r = readOrganization({
      companyDomains: [
        'mycompany.com',
        '@mycompany.com',
        'mycompany',
        ' spaced.com',
        'MYCOMPANY.COM',
        42,
        '192.168.0.1',
        'xn--bcher-kva.example',
      ],
    });
    expect(r.settings.companyDomains).toEqual(['mycompany.com', 'xn--bcher-kva.example']);
    expect(r.problems).toEqual([
      'organization.json: companyDomains[1] "@mycompany.com" is not a domain (write it without "@"); it is ignored',
      'organization.json: companyDomains[2] "mycompany" is not a domain; it is ignored',
      'organization.json: companyDomains[3] " spaced.com" is not a domain; it is ignored',
      'organization.json: companyDomains[4] "MYCOMPANY.COM" is listed twice; the repeat is ignored',
      'organization.json: companyDomains[5] 42 is not a domain; it is ignored',
      'organization.json: companyDomains[6] "192.168.0.1" is not a domain; it is ignored',
    ]);
  });

  it('with domain knowledge: free-mail providers and public suffixes are no company domain; a wildcard is explained', () => {
    const r = readOrganization(
      { companyDomains: ['gmail.com', 'co.uk', '*.mycompany.com', 'uk.mycompany.co.uk'] },
      basicDomainKnowledge(),
    );
    expect(r.settings.companyDomains).toEqual(['uk.mycompany.co.uk']);
    expect(r.problems).toEqual([
      'organization.json: companyDomains[0] "gmail.com" is a free-mail provider, not a company domain; it is ignored',
      'organization.json: companyDomains[1] "co.uk" is a public suffix (a registry\'s name, not a company\'s domain); it is ignored',
      'organization.json: companyDomains[2] "*.mycompany.com" is not a domain (subdomains always count: write mycompany.com); it is ignored',
    ]);
    // Without knowledge (a caller that has none), only the form is checked.
    expect(readOrganization({ companyDomains: ['gmail.com'] }).settings.companyDomains).toEqual([
      'gmail.com',
    ]);
  });

  it('sites: each site is checked on its own; a bad one is left out with every reason', () => {
    const r = readOrganization({
      sites: [
        site,
        { accountNumber: 1234567, desk: 'palogin@ie.ibm.com' },
        { accountNumber: '0007654321', desk: 'help@ibm.com', name: '' },
        { accountNumber: '0001234567', desk: 'paonline@us.ibm.com' },
        { accountNumber: '0002222222', desk: 'apecare@sg.ibm.com', colour: 'red' },
        'Head office',
        { accountNumber: '0003333333', desk: 'paonline@jp.ibm.com' },
      ],
    });
    expect(r.settings.sites).toEqual([
      { ...site, region: 'emea' },
      { accountNumber: '0003333333', name: '', desk: 'paonline@jp.ibm.com', region: 'japan' },
    ]);
    expect(r.problems).toEqual([
      'organization.json: sites[1]: accountNumber must be the 10-digit account number as a string, e.g. "0001234567"; this site is ignored',
      "organization.json: sites[2]: desk must be one of IBM's four desk addresses (paonline@us.ibm.com, apecare@sg.ibm.com, paonline@jp.ibm.com, palogin@ie.ibm.com); name must be text of 1 to 100 characters; this site is ignored",
      'organization.json: sites[3]: account number 0001234567 is listed twice; this site is ignored',
      'organization.json: sites[4]: "colour" is not a site field (accountNumber, name, desk); this site is ignored',
      'organization.json: sites[5] must be an object with accountNumber, name and desk; it is ignored',
    ]);
  });

  it('sites that is not a list is ignored with an example of the right form', () => {
    const r = readOrganization({ sites: site });
    expect(r.settings.sites).toEqual([]);
    expect(r.problems[0]).toMatch(
      /^organization\.json: sites must be a list of sites, e\.g\. \[\{ "accountNumber"/,
    );
  });

  it.each([[''], ['   '], [42], ['x'.repeat(201)]])('helpContact %p is ignored with a reason', (value) => {
    const r = readOrganization({ helpContact: value });
    expect(r.settings.helpContact).toBe('');
    expect(r.problems).toEqual([
      'organization.json: helpContact must be text of 1 to 200 characters (an address, a web page or a name); it is ignored',
    ]);
  });

  it('an unknown field (a typo) is named; $schema is allowed', () => {
    const r = readOrganization({ $schema: './organization.schema.json', companyDomain: ['mycompany.com'] });
    expect(r.problems).toEqual([
      'organization.json: "companyDomain" is not a setting the add-in knows (companyDomains, sites, helpContact); it is ignored',
    ]);
  });

  it('keeps at most 50 domains and 100 sites', () => {
    const domains = Array.from({ length: 52 }, (_, i) => `d${i}.example`);
    const sites = Array.from({ length: 101 }, (_, i) => ({
      accountNumber: String(i).padStart(10, '0'),
      desk: 'palogin@ie.ibm.com',
    }));
    const r = readOrganization({ companyDomains: domains, sites });
    expect(r.settings.companyDomains).toHaveLength(50);
    expect(r.settings.sites).toHaveLength(100);
    expect(r.problems).toHaveLength(3);
  });
});

describe('effectiveCompanyDomains', () => {
  it("the organisation's domains first, then the user's additions; a user cannot remove the organisation's", () => {
    expect(effectiveCompanyDomains(['mycompany.com'], ['mycompany.de', 'MyCompany.com'])).toEqual([
      'mycompany.com',
      'mycompany.de',
    ]);
    expect(effectiveCompanyDomains(['mycompany.com'], [])).toEqual(['mycompany.com']);
    expect(effectiveCompanyDomains([], ['mine.example'])).toEqual(['mine.example']);
  });
});

describe('describeOrganization', () => {
  it('says what the file gave, singular and plural right', () => {
    expect(describeOrganization({ companyDomains: ['a.com'], sites: [], helpContact: '' })).toBe(
      '1 company domain',
    );
    expect(
      describeOrganization({
        companyDomains: ['a.com', 'b.com'],
        sites: [{ accountNumber: '0001234567', name: '', desk: 'palogin@ie.ibm.com', region: 'emea' }],
        helpContact: 'IT',
      }),
    ).toBe('2 company domains, 1 site, a help contact');
    expect(describeOrganization(NO_ORGANIZATION)).toBe('');
  });
});
