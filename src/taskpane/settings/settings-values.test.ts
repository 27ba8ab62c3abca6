import { MAX_COMPANY_DOMAINS, parseCompanyDomains } from './settings-values';

describe('parseCompanyDomains', () => {
  it('accepts commas, spaces, semicolons and a leading @, and normalises', () => {
    expect(parseCompanyDomains(' MyCompany.com, @mycompany.co.uk;sub.mycompany.de  mycompany.com ')).toEqual({
      ok: true,
      domains: ['mycompany.com', 'mycompany.co.uk', 'sub.mycompany.de'],
    });
  });
  it('empty text means no configured domains', () => {
    expect(parseCompanyDomains('   ')).toEqual({ ok: true, domains: [] });
  });
  it('names what is not a domain', () => {
    expect(parseCompanyDomains('mycompany.com, jane@mycompany.com, localhost, a..b')).toEqual({
      ok: false,
      invalid: ['jane@mycompany.com', 'localhost', 'a..b'],
    });
  });
  it(`refuses more than ${MAX_COMPANY_DOMAINS} domains`, () => {
    const many = Array.from({ length: MAX_COMPANY_DOMAINS + 1 }, (_, i) => `d${i}.com`).join(' ');
    expect(parseCompanyDomains(many)).toEqual({ ok: false, invalid: [`d${MAX_COMPANY_DOMAINS}.com`] });
  });
});
