import {
  asOffice,
  createFakeOffice,
  type FakeFault,
  type FakeScenario,
} from '../../test/doubles/fake-office';
import { OfficeMailbox, SETTINGS_KEY, themeOf } from './office-mailbox';
import { inEnglish } from '../../test/english';
import { OfficeCallError } from './office-error';
import { officeErrorPhrases } from './office-error-words';

/**
 * A hung call is given up after 50 ms so that its test stays fast; every other scenario keeps the
 * adapter's real timeout, so a loaded machine that delays the fake's answer fails nothing.
 */
const open = (scenario: FakeScenario = {}) => {
  const fake = createFakeOffice(scenario);
  const hangs = Object.values(scenario.faults ?? {}).some((f) => f?.kind === 'hang');
  return { fake, mailbox: new OfficeMailbox(asOffice(fake), hangs ? { timeoutMs: 50 } : {}) };
};

describe('OfficeMailbox reads', () => {
  it('reads the compose From with Mailbox 1.7, which may differ from the signed-in user', async () => {
    const { mailbox } = open({ from: { emailAddress: 'it-team@mycompany.com', displayName: 'IT Team' } });
    await expect(mailbox.getSender()).resolves.toEqual({
      address: 'it-team@mycompany.com',
      displayName: 'IT Team',
    });
    expect(mailbox.context.user.address).toBe('jane.doe@mycompany.com');
  });

  it('falls back to the signed-in user before Mailbox 1.7, without an Office call', async () => {
    const { fake, mailbox } = open({ requirementSets: { Mailbox: '1.5' } });
    await expect(mailbox.getSender()).resolves.toEqual({
      address: 'jane.doe@mycompany.com',
      displayName: 'Jane Doe',
    });
    expect(fake.apiCalls('from.getAsync')).toHaveLength(0);
  });

  it('reads the body type once, then the body with the matching coercion', async () => {
    const { fake, mailbox } = open({ body: { type: 'text', content: 'Hello\n-- \nJane' } });
    await expect(mailbox.getBody()).resolves.toEqual({ type: 'text', content: 'Hello\n-- \nJane' });
    await mailbox.getBody();
    expect(fake.apiCalls('body.getTypeAsync')).toHaveLength(1);
    expect(fake.apiCalls('body.getAsync').map((c) => c.args[0])).toEqual(['text', 'text']);
    await mailbox.getBody({ recheckFormat: true });
    expect(fake.apiCalls('body.getTypeAsync')).toHaveLength(2);
  });

  it('reads HTML bodies as HTML', async () => {
    const { mailbox } = open();
    const body = await mailbox.getBody();
    expect(body.type).toBe('html');
    expect(body.content).toContain('id="Signature"');
  });

  it('reads subject and To', async () => {
    const { mailbox } = open({
      subject: 'Hi',
      to: [{ emailAddress: 'bob@mycompany.com', displayName: 'Bob' }],
    });
    await expect(mailbox.getSubject()).resolves.toBe('Hi');
    await expect(mailbox.getTo()).resolves.toEqual([{ address: 'bob@mycompany.com', displayName: 'Bob' }]);
  });

  it('takes user, time zone, theme and client name from the context without async calls', () => {
    const { fake, mailbox } = open({ theme: 'dark', user: { timeZone: 'Tokyo Standard Time' } });
    expect(mailbox.context).toMatchObject({
      kind: 'outlook',
      timeZone: 'Tokyo Standard Time',
      theme: 'dark',
    });
    expect(fake.calls.filter((c) => c.api.endsWith('Async'))).toHaveLength(0);
  });
});

describe('OfficeMailbox writes', () => {
  it('sets the body with the coercion of its type', async () => {
    const { fake, mailbox } = open();
    await mailbox.setBody({ type: 'html', content: '<p>x</p>' });
    expect(fake.state.body.content).toBe('<p>x</p>');
    expect(fake.apiCalls('body.setAsync')[0]?.args[1]).toMatchObject({ coercionType: 'html' });
  });

  it('sets subject and To, keeping display names', async () => {
    const { fake, mailbox } = open();
    await mailbox.setSubject('primary contact update for account 0001234567');
    await mailbox.setTo([{ address: 'palogin@ie.ibm.com', displayName: 'IBM eCustomerCare' }]);
    expect(fake.state.subject).toBe('primary contact update for account 0001234567');
    expect(fake.state.to.map((r) => [r.emailAddress, r.displayName])).toEqual([
      ['palogin@ie.ibm.com', 'IBM eCustomerCare'],
    ]);
  });

  it('runs calls on different parts together, at most three at once (Outlook on the web allows only a few)', async () => {
    const { fake, mailbox } = open({ latencyMs: 5, subject: 'old' });
    const [subject] = await Promise.all([
      mailbox.getSubject(),
      mailbox.getTo(),
      mailbox.getBody(),
      mailbox.getSender(),
      mailbox.setSubject('new'),
    ]);
    expect(fake.state.maxInFlight).toBe(3);
    // One part's calls keep their order: the read issued before the write saw the old subject.
    expect(subject).toBe('old');
    expect(fake.state.subject).toBe('new');
    const order = fake.calls.map((c) => c.api).filter((api) => api.startsWith('subject.'));
    expect(order).toEqual(['subject.getAsync', 'subject.setAsync']);
  });
});

// Every Office call path with each kind of failure.
const paths: { api: string; run: (m: OfficeMailbox) => Promise<unknown> }[] = [
  { api: 'from.getAsync', run: (m) => m.getSender() },
  { api: 'body.getTypeAsync', run: (m) => m.getBody() },
  { api: 'body.getAsync', run: (m) => m.getBody() },
  { api: 'body.setAsync', run: (m) => m.setBody({ type: 'html', content: '<p>x</p>' }) },
  { api: 'subject.getAsync', run: (m) => m.getSubject() },
  { api: 'subject.setAsync', run: (m) => m.setSubject('x') },
  { api: 'to.getAsync', run: (m) => m.getTo() },
  { api: 'to.setAsync', run: (m) => m.setTo([{ address: 'a@b.com', displayName: 'A' }]) },
  { api: 'roamingSettings.saveAsync', run: (m) => m.saveSettings({ companyDomains: ['mycompany.com'] }) },
];
const faults: [string, FakeFault, string][] = [
  [
    'callback error DataExceedsMaximumSize',
    { kind: 'error', name: 'DataExceedsMaximumSize' },
    'DataExceedsMaximumSize',
  ],
  ['callback error InvalidSelection', { kind: 'error', name: 'InvalidSelection' }, 'InvalidSelection'],
  [
    'callback error GenericResponseError',
    { kind: 'error', name: 'GenericResponseError' },
    'GenericResponseError',
  ],
  ['synchronous throw', { kind: 'throw', message: 'Invalid argument' }, 'Exception'],
  [
    'synchronous size refusal',
    { kind: 'throw', name: 'Sys.ArgumentOutOfRangeException' },
    'DataExceedsMaximumSize',
  ],
  ['no answer', { kind: 'hang' }, 'Timeout'],
];

describe.each(paths)('$api fails', ({ api, run }) => {
  it.each(faults)('%s → OfficeCallError with a user message', async (_label, fault, officeName) => {
    const { mailbox } = open({ faults: { [api]: fault } });
    const error = await run(mailbox).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeCallError);
    expect((error as OfficeCallError).officeName).toBe(officeName);
    expect(inEnglish(officeErrorPhrases(error as OfficeCallError))).toMatch(/^Outlook could not /);
  });

  it('missing API → NotSupported', async () => {
    const method = api.split('.').pop() as string;
    const { mailbox } = open({ faults: { [api]: { kind: 'missing' } } });
    const error = await run(mailbox).catch((e: unknown) => e);
    // from.getAsync missing means Mailbox 1.7 is not really there: the adapter falls back to the user.
    if (api === 'from.getAsync')
      expect(error).toEqual({ address: 'jane.doe@mycompany.com', displayName: 'Jane Doe' });
    else {
      expect(error).toBeInstanceOf(OfficeCallError);
      expect((error as OfficeCallError).officeName).toBe('NotSupported');
      expect(method).toMatch(/Async$/);
    }
  });
});

describe('settings', () => {
  it('loads what an earlier session saved, and saves through saveAsync', async () => {
    const { fake, mailbox } = open({ roaming: { [SETTINGS_KEY]: { companyDomains: ['mycompany.com'] } } });
    expect(mailbox.loadSettings()).toEqual({ companyDomains: ['mycompany.com'] });
    await mailbox.saveSettings({ companyDomains: ['mycompany.com', 'mycompany.co.uk'] });
    expect(fake.state.roaming[SETTINGS_KEY]).toEqual({
      companyDomains: ['mycompany.com', 'mycompany.co.uk'],
    });
  });

  it('ignores a foreign value under our key', () => {
    const { mailbox } = open({ roaming: { [SETTINGS_KEY]: 'garbage' } });
    expect(mailbox.loadSettings()).toEqual({});
  });

  it('refuses settings over the 32 KB roaming limit before calling Office', async () => {
    const { fake, mailbox } = open();
    const error = await mailbox.saveSettings({ savedSignature: 'x'.repeat(40_000) }).catch((e: unknown) => e);
    expect((error as OfficeCallError).officeName).toBe('SettingsSizeExceeded');
    expect(fake.apiCalls('roamingSettings.saveAsync')).toHaveLength(0);
  });
});

describe('themeOf', () => {
  it.each([
    [undefined, 'light'],
    [{ isDarkTheme: true }, 'dark'],
    [{ isDarkTheme: false, bodyBackgroundColor: '#000000' }, 'light'],
    [{ bodyBackgroundColor: '#1f1f1f' }, 'dark'],
    [{ bodyBackgroundColor: '#ffffff' }, 'light'],
    [{ bodyBackgroundColor: 'not a colour' }, 'light'],
  ])('%j → %s', (theme, expected) => {
    expect(themeOf(theme as never)).toBe(expected);
  });
});

describe('OfficeMailbox recipients: add, and office.js refusing a recipient', () => {
  const desk = { address: 'palogin@ie.ibm.com', displayName: 'IBM eCustomerCare' };
  const longName = 'N'.repeat(300);

  /** What office.js throws before a recipients write reaches Outlook (createArgumentOutOfRange). */
  const officeJsRefusal = () =>
    Object.assign(
      new Error(
        'Sys.ArgumentOutOfRangeException: One or more of the display names provided is too long.\nParameter name: recipients\nActual value was 300.',
      ),
      { name: 'Sys.ArgumentOutOfRangeException', paramName: 'recipients', actualValue: 300 },
    );

  it('adds with to.addAsync, sending only the new recipient', async () => {
    const { fake, mailbox } = open({ to: [{ emailAddress: 'a@mycompany.com', displayName: 'A' }] });
    await mailbox.addTo([desk]);
    expect(fake.apiCalls('to.setAsync')).toHaveLength(0);
    expect(fake.apiCalls('to.addAsync')[0]?.args[0]).toEqual([
      { emailAddress: 'palogin@ie.ibm.com', displayName: 'IBM eCustomerCare' },
    ]);
    expect(fake.state.to.map((r) => r.emailAddress)).toEqual(['a@mycompany.com', 'palogin@ie.ibm.com']);
  });

  it('without addAsync, rewrites the line with everyone kept', async () => {
    const { fake, mailbox } = open({
      to: [{ emailAddress: 'a@mycompany.com', displayName: 'A' }],
      faults: { 'to.addAsync': { kind: 'missing' } },
    });
    await mailbox.addTo([desk]);
    expect(fake.state.to.map((r) => r.emailAddress)).toEqual(['a@mycompany.com', 'palogin@ie.ibm.com']);
  });

  it('names the recipient whose display name office.js finds too long, and the fix', async () => {
    const { fake, mailbox } = open();
    const to = (asOffice(fake).context.mailbox.item as unknown as { to: Record<string, unknown> }).to;
    to.setAsync = () => {
      throw officeJsRefusal();
    };
    const error = (await mailbox
      .setTo([{ address: 'long@mycompany.com', displayName: longName }, desk])
      .catch((e: unknown) => e)) as OfficeCallError;
    expect(error).toBeInstanceOf(OfficeCallError);
    expect(error.officeName).toBe('DisplayNameTooLong');
    expect(inEnglish(officeErrorPhrases(error))).toContain('long@mycompany.com');
    expect(inEnglish(officeErrorPhrases(error))).toContain('300 characters');
    expect(inEnglish(officeErrorPhrases(error))).toMatch(/Remove that recipient and type the address again/);
    expect(inEnglish(officeErrorPhrases(error))).not.toMatch(/message is larger|quoted thread/);
  });

  it('keeps a refusal it cannot pin on a recipient as it was', async () => {
    const { fake, mailbox } = open();
    const to = (asOffice(fake).context.mailbox.item as unknown as { to: Record<string, unknown> }).to;
    to.setAsync = () => {
      throw officeJsRefusal();
    };
    const error = (await mailbox.setTo([desk]).catch((e: unknown) => e)) as OfficeCallError;
    expect(error.officeName).toBe('RecipientOutOfRange');
    expect(inEnglish(officeErrorPhrases(error))).not.toMatch(/quoted thread/);
  });
});
