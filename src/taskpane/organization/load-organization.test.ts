import { NO_ORGANIZATION } from '../../compliance/knowledge/organization';
import { loadOrganization, organizationUrl } from './load-organization';

const URL_ = 'https://addins.example.com/pcc/organization.json';

function answer(status: number, body: string, statusText = ''): typeof fetch {
  return jest.fn(
    async () => new Response(status === 204 ? null : body, { status, statusText }),
  ) as unknown as typeof fetch;
}

describe('organizationUrl', () => {
  it('is beside the page, whatever its query or hash', () => {
    expect(organizationUrl('https://addins.example.com/pcc/taskpane.html?_host_Info=Outlook#x')).toBe(URL_);
    expect(organizationUrl('https://addins.example.com/taskpane.html')).toBe(
      'https://addins.example.com/organization.json',
    );
  });
});

describe('loadOrganization', () => {
  it('reads the file, asking the cache to revalidate', async () => {
    const fetchFn = answer(200, JSON.stringify({ companyDomains: ['mycompany.com'] }));
    const r = await loadOrganization(URL_, fetchFn);
    expect(r).toEqual({
      status: 'loaded',
      settings: { companyDomains: ['mycompany.com'], sites: [], helpContact: '' },
      problems: [],
    });
    expect(fetchFn).toHaveBeenCalledWith(
      URL_,
      expect.objectContaining({ cache: 'no-cache', credentials: 'same-origin' }),
    );
  });

  it('404 is normal and silent', async () => {
    expect(await loadOrganization(URL_, answer(404, 'Not Found'))).toEqual({
      status: 'absent',
      settings: NO_ORGANIZATION,
      problems: [],
    });
  });

  it("a host's HTML page for a missing file counts as no file", async () => {
    const r = await loadOrganization(URL_, answer(200, '<!doctype html><html><body>Home</body></html>'));
    expect(r.status).toBe('absent');
    expect(r.problems).toEqual([]);
  });

  it('a file that is not JSON: nothing used, the reason given', async () => {
    const r = await loadOrganization(URL_, answer(200, '{ "companyDomains": [mycompany.com] }'));
    expect(r.status).toBe('loaded');
    expect(r.settings).toEqual(NO_ORGANIZATION);
    expect(r.problems[0]).toMatch(/^organization\.json: is not valid JSON/);
  });

  it('a bad field: the rest used, the reason given', async () => {
    const r = await loadOrganization(
      URL_,
      answer(200, JSON.stringify({ companyDomains: 'x.com', helpContact: 'IT' })),
    );
    expect(r.settings.helpContact).toBe('IT');
    expect(r.problems).toEqual([
      expect.stringMatching(/^organization\.json: companyDomains must be a list of domains/),
    ]);
  });

  it('reads with the free-mail list: gmail.com is refused with a reason', async () => {
    const r = await loadOrganization(
      URL_,
      answer(200, JSON.stringify({ companyDomains: ['gmail.com', 'mycompany.com'] })),
    );
    expect(r.settings.companyDomains).toEqual(['mycompany.com']);
    expect(r.problems).toEqual([expect.stringMatching(/"gmail\.com" is a free-mail provider/)]);
  });

  it('another HTTP error is a reason', async () => {
    const r = await loadOrganization(URL_, answer(500, 'oops', 'Internal Server Error'));
    expect(r).toEqual({
      status: 'failed',
      settings: NO_ORGANIZATION,
      problems: [
        "organization.json could not be read (HTTP 500 Internal Server Error); the organisation's settings are not applied",
      ],
    });
  });

  it('a network error is a reason, not a rejection', async () => {
    const fetchFn = jest.fn(async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const r = await loadOrganization(URL_, fetchFn);
    expect(r.status).toBe('failed');
    expect(r.problems[0]).toMatch(/could not be read \(Failed to fetch\)/);
  });

  it('a server that never answers gives up after the timeout, and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const fetchFn = jest.fn((_url: string, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => undefined);
    }) as unknown as typeof fetch;
    const r = await loadOrganization(URL_, fetchFn, 20);
    expect(r.status).toBe('failed');
    expect(r.problems[0]).toMatch(/no answer within 0.02 seconds/);
    expect(signal?.aborted).toBe(true);
  });
});
