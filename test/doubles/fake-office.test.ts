// The fake Office itself: the tests of everything else rely on it behaving like office.js.
import {
  compareVersions,
  createFakeOffice,
  DEFAULT_BODY_HTML,
  htmlToText,
  installFakeOffice,
  uninstallFakeOffice,
  type FakeAsyncResult,
  type FakeOffice,
  type FakeScenario,
} from './fake-office';

/* eslint-disable @typescript-eslint/no-explicit-any -- the fake is reached through untyped paths */
const item = (fake: FakeOffice): any => (fake as any).context.mailbox.item;

/** Promisifies one callback-style call: resolves with the AsyncResult. */
function call(fn: (...a: any[]) => void, ...args: unknown[]): Promise<FakeAsyncResult> {
  return new Promise((resolve) => fn(...args, resolve));
}

describe('fake office.js', () => {
  afterEach(() => uninstallFakeOffice());

  it('starts like Outlook on the web with the default scenario', async () => {
    const fake = installFakeOffice();
    const Office = (globalThis as any).Office;
    expect(Office).toBe(fake);
    const cb = jest.fn();
    await expect(Office.onReady(cb)).resolves.toEqual({ host: 'Outlook', platform: 'OfficeOnline' });
    expect(cb).toHaveBeenCalledWith({ host: 'Outlook', platform: 'OfficeOnline' });
    expect(Office.context.mailbox.userProfile).toMatchObject({
      emailAddress: 'jane.doe@mycompany.com',
      displayName: 'Jane Doe',
      timeZone: 'W. Europe Standard Time',
    });
    expect(Office.context.officeTheme.isDarkTheme).toBe(false);
    const from = await call(item(fake).from.getAsync);
    expect(from).toMatchObject({
      status: 'succeeded',
      value: { emailAddress: 'jane.doe@mycompany.com', displayName: 'Jane Doe' },
    });
    const body = await call(item(fake).body.getAsync, 'html');
    expect(body.value).toBe(DEFAULT_BODY_HTML);
    expect(body.value).toContain('<div id="Signature">');
  });

  it('has no host in a plain browser tab', async () => {
    const fake = createFakeOffice({ host: null });
    await expect((fake as any).onReady()).resolves.toEqual({ host: null, platform: null });
    expect((fake as any).context.mailbox).toBeUndefined();
  });

  it('compares requirement set versions numerically and gates APIs on them', () => {
    expect(compareVersions('1.15', '1.7')).toBe(1);
    expect(compareVersions('1.7', '1.15')).toBe(-1);
    expect(compareVersions('1.10', '1.10.0')).toBe(0);
    const modern = createFakeOffice({ requirementSets: { Mailbox: '1.15' } }) as any;
    expect(modern.context.requirements.isSetSupported('Mailbox', '1.7')).toBe(true);
    expect(modern.context.requirements.isSetSupported('mailbox', '1.16')).toBe(false);
    expect(modern.context.requirements.isSetSupported('IdentityAPI', '1.3')).toBe(false);
    const old = createFakeOffice({ requirementSets: { Mailbox: '1.5' } }) as any;
    expect(old.context.requirements.isSetSupported('Mailbox', '1.7')).toBe(false);
    expect(old.context.mailbox.item.from).toBeUndefined();
    expect(typeof old.context.mailbox.item.body.prependAsync).toBe('function');
  });

  it('records calls without callbacks and completes asynchronously', async () => {
    const fake = createFakeOffice();
    const done = jest.fn();
    const completed = new Promise((resolve) => done.mockImplementation(resolve));
    item(fake).subject.setAsync('Hello', { asyncContext: 7 }, done);
    expect(done).not.toHaveBeenCalled();
    await completed;
    expect(done).toHaveBeenCalledWith(expect.objectContaining({ status: 'succeeded', asyncContext: 7 }));
    expect(fake.calls).toEqual([{ api: 'subject.setAsync', args: ['Hello', { asyncContext: 7 }] }]);
    expect(fake.state.subject).toBe('Hello');
  });

  it('prepends, inserts at the cursor, replaces, and renders HTML as text', async () => {
    const fake = createFakeOffice();
    const body = item(fake).body;
    await call(body.prependAsync, '<p>Dear support,</p>', { coercionType: 'html' });
    expect(fake.state.body.content).toBe(`<p>Dear support,</p>${DEFAULT_BODY_HTML}`);
    await call(body.setSelectedDataAsync, 'x < y', { coercionType: 'text' });
    expect(fake.state.body.content).toBe(`<div>x &lt; y</div><p>Dear support,</p>${DEFAULT_BODY_HTML}`);
    const text = await call(body.getAsync, 'text');
    expect(text.value).toBe(
      'x < y\nDear support,\n\nJane Doe\nIT Manager\njane.doe@mycompany.com\n+1 555 0100',
    );
    await call(body.setAsync, 'plain', { coercionType: 'text' });
    expect(fake.state.body).toEqual({ type: 'text', content: 'plain' });
    expect(htmlToText('<html><head><style>p{}</style></head><body>a&amp;b&#33;</body></html>')).toBe('a&b!');
  });

  it('sets and adds recipients given as strings or objects', async () => {
    const fake = createFakeOffice({ to: ['colleague@mycompany.com'] });
    const to = item(fake).to;
    await call(to.addAsync, [{ emailAddress: 'palogin@ie.ibm.com', displayName: 'IBM eCustomerCare' }]);
    const got = await call(to.getAsync);
    expect(got.value).toEqual([
      {
        emailAddress: 'colleague@mycompany.com',
        displayName: 'colleague@mycompany.com',
        recipientType: 'user',
      },
      { emailAddress: 'palogin@ie.ibm.com', displayName: 'IBM eCustomerCare', recipientType: 'externalUser' },
    ]);
    await call(to.setAsync, ['a@b.com']);
    expect(fake.state.to.map((r) => r.emailAddress)).toEqual(['a@b.com']);
  });

  describe('faults', () => {
    const withFault = (fault: FakeScenario['faults']) => createFakeOffice({ faults: fault });

    it('error: the callback reports failure and nothing changes; times limits it', async () => {
      const fake = withFault({ 'body.setAsync': { kind: 'error', name: 'GenericResponseError', times: 1 } });
      const first = await call(item(fake).body.setAsync, 'new', { coercionType: 'html' });
      expect(first.status).toBe('failed');
      expect(first.error).toEqual({ name: 'GenericResponseError', message: expect.any(String), code: 9020 });
      expect(fake.state.body.content).toBe(DEFAULT_BODY_HTML);
      const second = await call(item(fake).body.setAsync, 'new', { coercionType: 'html' });
      expect(second.status).toBe('succeeded');
      expect(fake.state.body.content).toBe('new');
    });

    it('error with applied: the change happens but the call reports failure', async () => {
      const fake = withFault({
        'subject.setAsync': { kind: 'error', name: 'InvalidSelection', applied: true },
      });
      const r = await call(item(fake).subject.setAsync, 'S');
      expect(r.error?.name).toBe('InvalidSelection');
      expect(fake.state.subject).toBe('S');
    });

    it('throw: a synchronous exception, no callback', () => {
      const fake = withFault({ 'to.addAsync': { kind: 'throw', message: 'boom' } });
      const cb = jest.fn();
      expect(() => item(fake).to.addAsync(['x@y.com'], cb)).toThrow('boom');
      expect(cb).not.toHaveBeenCalled();
      expect(fake.apiCalls('to.addAsync')).toHaveLength(1);
    });

    it('hang: the callback never comes, and the call stays in flight', async () => {
      const fake = withFault({ 'subject.getAsync': { kind: 'hang' } });
      const cb = jest.fn();
      item(fake).subject.getAsync(cb);
      // A call made after the hung one completes; the hung one still has not.
      await new Promise((resolve) => item(fake).to.getAsync(resolve));
      expect(cb).not.toHaveBeenCalled();
      expect(fake.state.inFlight).toBe(1);
    });

    it('missing: the method is absent, and can be toggled at run time', () => {
      const fake = withFault({ 'body.prependAsync': { kind: 'missing' }, 'item.from': { kind: 'missing' } });
      expect(item(fake).body.prependAsync).toBeUndefined();
      expect('prependAsync' in item(fake).body).toBe(false);
      expect(item(fake).from).toBeUndefined();
      fake.setFault('body.prependAsync', null);
      expect(typeof item(fake).body.prependAsync).toBe('function');
    });

    it('built-in limits throw synchronously like office.js', () => {
      const fake = createFakeOffice();
      expect(() => item(fake).subject.setAsync('x'.repeat(256), jest.fn())).toThrow(/ArgumentOutOfRange/);
      expect(() => item(fake).body.setAsync('x'.repeat(1_000_001), jest.fn())).toThrow(
        /Parameter name: data/,
      );
    });
  });

  it('roamingSettings: set/get/remove in memory, saveAsync persists, over 32 KB fails', async () => {
    const fake = createFakeOffice({ roaming: { kept: 1 } });
    const rs = (fake as any).context.roamingSettings;
    expect(rs.get('kept')).toBe(1);
    expect(rs.get('nope')).toBeNull();
    rs.set('form', { account: '0001234567' });
    rs.remove('kept');
    expect(fake.state.roaming).toEqual({ kept: 1 });
    expect((await call(rs.saveAsync)).status).toBe('succeeded');
    expect(fake.state.roaming).toEqual({ form: { account: '0001234567' } });
    rs.set('big', 'x'.repeat(32 * 1024));
    const r = await call(rs.saveAsync);
    expect(r.status).toBe('failed');
    expect(r.error).toMatchObject({ name: 'DataExceedsMaximumSize', code: 9057 });
    expect(fake.state.roaming).toEqual({ form: { account: '0001234567' } });
  });

  it('records action handlers and the options a send event completes with', async () => {
    const fake = createFakeOffice();
    (fake as any).actions.associate('onMessageSendHandler', (event: any) =>
      event.completed({ allowEvent: false, errorMessage: 'Add the account number.' }),
    );
    await expect(fake.runAction('onMessageSendHandler')).resolves.toEqual({
      allowEvent: false,
      errorMessage: 'Add the account number.',
    });
    expect(fake.completions).toHaveLength(1);
    expect(fake.apiCalls().map((c) => c.api)).toEqual(['actions.associate', 'event.completed']);
  });

  it('honours latency and theme', async () => {
    const fake = createFakeOffice({ theme: 'dark', latencyMs: { 'subject.getAsync': 30 } });
    expect((fake as any).context.officeTheme.isDarkTheme).toBe(true);
    const start = Date.now();
    await call(item(fake).subject.getAsync);
    expect(Date.now() - start).toBeGreaterThanOrEqual(25);
  });
});
