import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  asOffice,
  createFakeOffice,
  type FakeOffice,
  type FakeScenario,
  type FakeSendEvent,
} from '../../test/doubles/fake-office';
import { OfficeMailbox } from '../office/office-mailbox';
import { SETTINGS_KEY } from '../office/office-item';
import {
  CANCEL_LABEL,
  checkMessage,
  createOnMessageSend,
  HANDLER_NAME,
  PANE_COMMAND_ID,
  registerSendGuard,
  type GuardOptions,
} from './on-message-send';
import { MAX_MESSAGE_CHARS } from './summary';
import { loadSendWords } from './send-words';
import {
  BOB,
  DESK,
  JANE,
  owaBody,
  paneMessage,
  scenarioOf,
  type TestMessage,
} from '../../test/fixtures/send-guard-messages';
import { IBM_EXAMPLE } from '../../test/fixtures/bodies';
import { parseHtmlWithHtmlparser2 } from '../compliance/mail/parse-html-htmlparser2';
import type { ComposeBody } from '../compliance/types';

interface Sent {
  fake: FakeOffice;
  completed: Record<string, unknown> | undefined;
  errors: unknown[][];
}

/** Composes the scenario in the fake Outlook, presses Send, and returns what the handler completed with. */
async function send(scenario: FakeScenario, options: GuardOptions = {}): Promise<Sent> {
  const fake = createFakeOffice(scenario);
  const errors: unknown[][] = [];
  const handler = createOnMessageSend(() => asOffice(fake), {
    log: { error: (...args: unknown[]) => errors.push(args) },
    deadlineMs: 3000,
    callTimeoutMs: 1000,
    ...options,
  });
  const { event, completion } = fake.createSendEvent();
  const done = handler(event);
  const completed = await completion;
  await done;
  return { fake, completed, errors };
}

const sendMessage = (m: TestMessage, extra: FakeScenario = {}, options: GuardOptions = {}) =>
  send(scenarioOf(m, extra), options);

/**
 * Resolves after Office.onReady has resolved for every earlier caller too (the fake answers in
 * call order), so a registration that was waiting for it has acted. Nothing to wait for without it.
 */
async function afterOnReady(office: unknown): Promise<void> {
  const onReady = (office as { onReady?: () => unknown } | undefined)?.onReady;
  if (typeof onReady === 'function') await onReady.call(office);
}

const BODY_READS = ['body.getAsync', 'body.getTypeAsync', 'subject.getAsync', 'from.getAsync'];

function expectCompletedOnce(fake: FakeOffice): void {
  expect(fake.apiCalls('event.completed')).toHaveLength(1);
}

function expectBlocked(s: Sent, topic: string): string {
  expect(s.completed?.allowEvent).toBe(false);
  expect(s.completed?.sendModeOverride).toBeUndefined();
  const message = String(s.completed?.errorMessage ?? '');
  expect(message).toContain(topic);
  expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  expect(String(s.completed?.errorMessageMarkdown ?? '').length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  expectCompletedOnce(s.fake);
  return message;
}

function expectPrompt(s: Sent): string {
  expect(s.completed?.allowEvent).toBe(false);
  expect(s.completed?.sendModeOverride).toBe('promptUser');
  const message = String(s.completed?.errorMessage ?? '');
  expect(message).toContain('Region and desk');
  expectCompletedOnce(s.fake);
  return message;
}

describe('registration', () => {
  it(`associates "${HANDLER_NAME}", the FunctionName of the manifest's OnMessageSend LaunchEvent`, async () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest).toContain(
      `<LaunchEvent Type="OnMessageSend" FunctionName="${HANDLER_NAME}" SendMode="SoftBlock" />`,
    );
    const fake = createFakeOffice(scenarioOf(paneMessage()));
    expect(registerSendGuard(asOffice(fake), { log: { error: () => undefined } })).toBe('associated');
    expect(typeof fake.actionHandlers[HANDLER_NAME]).toBe('function');
    await expect(fake.runAction(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });
  });

  it(`uses the id of the manifest's pane button ("${PANE_COMMAND_ID}") and a label Outlook accepts`, () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`<Control xsi:type="Button" id="${PANE_COMMAND_ID}">`);
    expect(CANCEL_LABEL.length).toBeLessThanOrEqual(20);
  });

  it('reads the settings the pane saves (same roaming-settings key)', async () => {
    const fake = createFakeOffice(scenarioOf(paneMessage()));
    const allowed = await checkMessage(asOffice(fake));
    expect(allowed.results?.find((r) => r.id === 'company-domain')?.status).toBe('pass');
    await new OfficeMailbox(asOffice(fake)).saveSettings({ companyDomains: ['othercompany.example'] });
    const decision = await checkMessage(asOffice(fake));
    expect(decision.results?.find((r) => r.id === 'company-domain')?.status).toBe('fail');
  });

  it('on an HTML page, also calls Office.onReady (office.js listens for sends only after it)', () => {
    const fake = createFakeOffice(scenarioOf(paneMessage()));
    expect(registerSendGuard(asOffice(fake), { log: { error: () => undefined }, htmlRuntime: true })).toBe(
      'associated',
    );
    expect(fake.calls.map((c) => c.api)).toEqual(['actions.associate', 'onReady']);
  });

  it('in the JavaScript-only runtime, associates without calling Office.onReady', () => {
    const fake = createFakeOffice(scenarioOf(paneMessage()));
    expect(registerSendGuard(asOffice(fake), { log: { error: () => undefined }, htmlRuntime: false })).toBe(
      'associated',
    );
    expect(fake.calls.map((c) => c.api)).toEqual(['actions.associate']);
  });

  it('waits for Office.onReady when Office.actions is not there yet', async () => {
    const fake = createFakeOffice(scenarioOf(paneMessage()));
    fake.setFault('Office.actions', { kind: 'missing' });
    const errors: unknown[] = [];
    expect(registerSendGuard(asOffice(fake), { log: { error: (e: unknown) => errors.push(e) } })).toBe(
      'waiting',
    );
    fake.setFault('Office.actions', null);
    await afterOnReady(asOffice(fake));
    expect(typeof fake.actionHandlers[HANDLER_NAME]).toBe('function');
    expect(errors).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['no office.js', undefined, 'unavailable'],
    [
      'a client without Office.actions (Mailbox < 1.10), once ready',
      asOffice(createFakeOffice({ requirementSets: { Mailbox: '1.9' } })),
      'waiting',
    ],
    [
      'an associate() that throws',
      {
        actions: {
          associate: () => {
            throw new Error('nope');
          },
        },
      },
      'unavailable',
    ],
  ])('does not throw with %s, and logs', async (_name, office, registration) => {
    const errors: unknown[] = [];
    expect(
      registerSendGuard(office as typeof Office, { log: { error: (e: unknown) => errors.push(e) } }),
    ).toBe(registration);
    await afterOnReady(office);
    expect(errors).toHaveLength(1);
  });
});

describe('a message that does not go to an IBM desk', () => {
  it('is allowed at once, without reading From, subject or body', async () => {
    const s = await sendMessage(paneMessage({}, { to: ['colleague@mycompany.com', 'ibm-sales@ibm.com'] }));
    expect(s.completed).toEqual({ allowEvent: true });
    expect(s.fake.calls.filter((c) => BODY_READS.includes(c.api))).toEqual([]);
    expect(s.fake.apiCalls().map((c) => c.api)).toEqual(['to.getAsync', 'cc.getAsync', 'event.completed']);
    expect(s.errors).toEqual([]);
  });

  it('is allowed even when it has no recipients', async () => {
    const s = await sendMessage(paneMessage({}, { to: [] }));
    expect(s.completed).toEqual({ allowEvent: true });
    expect(s.fake.calls.filter((c) => BODY_READS.includes(c.api))).toEqual([]);
  });
});

describe('a compliant request', () => {
  it('as the pane writes it is allowed, after reading To, Cc, From, subject and body one at a time', async () => {
    const s = await sendMessage(paneMessage());
    expect(s.completed).toEqual({ allowEvent: true });
    expect(s.errors).toEqual([]);
    expect(s.fake.apiCalls().map((c) => c.api)).toEqual([
      'to.getAsync',
      'cc.getAsync',
      'requirements.isSetSupported',
      'from.getAsync',
      'subject.getAsync',
      'body.getTypeAsync',
      'body.getAsync',
      'roamingSettings.get',
      'event.completed',
    ]);
    expect(s.fake.state.maxInFlight).toBe(1);
    expectCompletedOnce(s.fake);
  });

  it.each<[string, Parameters<typeof paneMessage>[0]]>([
    ['from the current primary contact', { role: 'primary-contact', reason: 'changed-role' }],
    ['with a free-text reason', { reason: 'Our contact retired at the end of March' }],
    ['for the Japan desk', { region: 'japan' }],
    ['for the Americas desk', { region: 'americas' }],
  ])('%s is allowed', async (_name, a) => {
    const s = await sendMessage(paneMessage(a));
    expect(s.completed).toEqual({ allowEvent: true });
  });

  it("written by hand in IBM's example wording is allowed (a warning alone does not block)", async () => {
    const s = await send({
      subject: 'primary contact update for account 0001234567',
      body: { type: 'text', content: IBM_EXAMPLE.content },
      to: [DESK.emea],
    });
    expect(s.completed).toEqual({ allowEvent: true });
  });

  it('is checked when the desk is only on Cc', async () => {
    const m = paneMessage({ reason: '' }, { to: ['colleague@mycompany.com'] });
    const s = await sendMessage(m, { cc: [DESK.emea] });
    expectBlocked(s, 'Reason for the change');
  });
});

describe('each failing rule blocks the send, saying what is wrong', () => {
  it('a free-mail sender', async () => {
    const gmail = { address: 'jane.doe@gmail.com', displayName: 'Jane Doe' };
    const m = paneMessage(
      {},
      { from: gmail, body: owaBody(['Jane Doe', 'IT Manager', 'jane.doe@gmail.com']) },
    );
    const message = expectBlocked(await sendMessage(m), 'Company domain');
    expect(message).toMatch(/gmail\.com is a personal\/free-mail provider/);
  });

  it('a sender outside the company domains the administrator configured', async () => {
    const m = paneMessage({}, { from: { address: 'jane@othercorp.com', displayName: 'Jane' } });
    const s = await sendMessage(m, { roaming: { [SETTINGS_KEY]: { companyDomains: ['mycompany.com'] } } });
    expect(expectBlocked(s, 'Company domain')).toContain('mycompany.com');
  });

  it('a manager without "manager" in the signature', async () => {
    const m = paneMessage({}, { body: owaBody(['Jane Doe', 'Vendor Management', 'jane.doe@mycompany.com']) });
    const message = expectBlocked(await sendMessage(m), 'Manager title in signature');
    expect(message).toContain('Vendor Management');
  });

  it('a signature typed at the end (no Outlook marker): the dialog quotes the lines it read', async () => {
    const typed = (lines: string[]): ComposeBody => ({
      type: 'html',
      content: `<html><body><div>Hello,</div><div><br></div>${lines.map((l) => `<div>${l}</div>`).join('')}</body></html>`,
    });
    const analyst = paneMessage({}, { body: typed(['Jane Doe', 'Software Asset Analyst', '+1 555 0100']) });
    const message = expectBlocked(await sendMessage(analyst), 'Manager title in signature');
    expect(message).toContain('"Jane Doe" / "Software Asset Analyst" / "+1 555 0100"');

    const manager = paneMessage({}, { body: typed(['Jane Doe', 'IT Manager', '+1 555 0100']) });
    expect((await sendMessage(manager)).completed).toEqual({ allowEvent: true });
  });

  it('a missing reason', async () => {
    expectBlocked(await sendMessage(paneMessage({ reason: '' })), 'Reason for the change');
  });

  it('a placeholder reason', async () => {
    const message = expectBlocked(await sendMessage(paneMessage({ reason: 'tbd' })), 'Reason for the change');
    expect(message).toMatch(/placeholder/);
  });

  it('an account number with letters', async () => {
    const message = expectBlocked(
      await sendMessage(paneMessage({ accountNumber: '12AB34' })),
      'Account number',
    );
    expect(message).toContain('12AB34');
  });

  it('no account number', async () => {
    expectBlocked(await sendMessage(paneMessage({ accountNumber: '' })), 'Account number');
  });

  it('a new primary contact at another domain', async () => {
    const m = paneMessage({ newContact: { mode: 'other', person: { ...BOB, email: 'bob@othercorp.com' } } });
    const message = expectBlocked(await sendMessage(m), 'New primary contact');
    expect(message).toContain('othercorp.com');
  });

  it('catches the subject placeholder the pane writes when no account number was given', async () => {
    const m = paneMessage({ accountNumber: '' });
    expect(m.subject).toBe('primary contact update for account [account number]');
    expect(expectBlocked(await sendMessage(m), 'Account number')).toContain('[account number]');
  });

  it('lists every failure in one dialog, with the region/desk warning too', async () => {
    const m = paneMessage({ reason: '', accountNumber: 'ABC', region: 'emea' }, { to: [DESK.japan] });
    const message = expectBlocked(await sendMessage(m), 'Reason for the change');
    expect(message).toContain('Account number');
    expect(message).toContain('Region and desk');
    expect(message).toContain(DESK.japan);
  });

  it('a manager title missing when the role was only assumed: says how to tell us otherwise', async () => {
    const s = await send({
      subject: 'primary contact update for account 0001234567',
      body: {
        type: 'text',
        content:
          'Hello,\nPlease update the primary contact: John Smith retired last month.\nName: Bob Newman\nEmail: bob.newman@mycompany.com\nPhone: +44 20 7946 0999\nJob title: IT Lead\n\nThanks\nJane Doe\nAnalyst',
      },
      to: [DESK.emea],
    });
    expect(expectBlocked(s, 'Manager title in signature')).toContain('I am the current primary contact');
  });

  it("the same message is allowed when the pane's stored form says the current primary contact sent it", async () => {
    const s = await send({
      subject: 'primary contact update for account 0001234567',
      body: {
        type: 'text',
        content:
          'Hello,\nPlease update the primary contact: I am retiring at the end of the month.\nName: Bob Newman\nEmail: bob.newman@mycompany.com\nPhone: +44 20 7946 0999\nJob title: IT Lead\n\nThanks\nJane Doe\nAnalyst',
      },
      to: [DESK.emea],
      roaming: { [SETTINGS_KEY]: { form: { role: 'primary-contact', accountNumber: '0001234567' } } },
    });
    expect(s.completed).toEqual({ allowEvent: true });
  });
});

describe('a desk that does not fit the region', () => {
  it('stated region EMEA, sent to the Japan desk: the dialog offers Send Anyway (Mailbox 1.14)', async () => {
    const s = await sendMessage(paneMessage({ region: 'emea' }, { to: [DESK.japan] }));
    const message = expectPrompt(s);
    expect(message).toContain(DESK.japan);
    expect(message).toContain('Europe, Middle East, Africa');
  });

  it("a .jp sender writing to the EMEA desk (no region stated): the sender's ccTLD suggests Japan", async () => {
    const tanaka = { address: 'r.tanaka@contoso.co.jp', displayName: 'Rin Tanaka' };
    const s = await send({
      user: { emailAddress: tanaka.address, displayName: tanaka.displayName },
      from: { emailAddress: tanaka.address },
      subject: 'primary contact update for account 0001234567',
      body: {
        type: 'text',
        content: IBM_EXAMPLE.content.replace(/jane\.doe@mycompany\.com/, tanaka.address),
      },
      to: [DESK.emea],
    });
    expect(expectPrompt(s)).toMatch(/\.jp/);
  });

  it('two desks at once', async () => {
    const s = await sendMessage(paneMessage({ region: 'emea' }), { cc: [DESK.americas] });
    expect(expectPrompt(s)).toContain(DESK.americas);
  });

  it('a region the user stated wins over the ccTLD suggestion', async () => {
    const tanaka = { address: 'r.tanaka@contoso.co.jp', displayName: 'Rin Tanaka' };
    const person = { ...BOB, email: 'bob.newman@contoso.co.jp' };
    const m = paneMessage(
      { region: 'emea', newContact: { mode: 'other', person } },
      { from: tanaka, body: owaBody(['Rin Tanaka', 'IT Manager', tanaka.address]) },
    );
    const s = await sendMessage(m);
    expect(s.completed).toEqual({ allowEvent: true });
  });

  it('is allowed where Outlook cannot offer Send Anyway (before Mailbox 1.14)', async () => {
    const s = await sendMessage(paneMessage({ region: 'emea' }, { to: [DESK.japan] }), {
      requirementSets: { Mailbox: '1.13' },
    });
    expect(s.completed).toEqual({ allowEvent: true });
  });
});

describe('messages to a desk that are not a new request', () => {
  it('another question to the desk is allowed', async () => {
    const s = await send({
      subject: 'Cannot download my SPSS licence key',
      body: { type: 'text', content: 'Hello,\nThe download page fails for site 0001234567.\nRegards\nJane' },
      to: [DESK.americas],
    });
    expect(s.completed).toEqual({ allowEvent: true });
  });

  it("a reply in a thread with the desk is allowed when it does not hold the pane's block", async () => {
    const s = await send({
      subject: 'RE: primary contact update for account 0001234567',
      body: { type: 'text', content: 'Hello,\nYes, please make Bob the primary contact.\nJane' },
      to: [DESK.emea],
    });
    expect(s.completed).toEqual({ allowEvent: true });
  });
});

describe('the dialog options follow what the client supports', () => {
  const failing = () => paneMessage({ reason: '' });

  it('Mailbox 1.12/1.13: errorMessage only', async () => {
    const s = await sendMessage(failing(), { requirementSets: { Mailbox: '1.13' } });
    expect(Object.keys(s.completed ?? {}).sort()).toEqual(['allowEvent', 'errorMessage']);
  });

  it('Mailbox 1.14: a button that opens the pane', async () => {
    const s = await sendMessage(failing(), { requirementSets: { Mailbox: '1.14' } });
    expect(s.completed).toMatchObject({
      allowEvent: false,
      cancelLabel: CANCEL_LABEL,
      commandId: PANE_COMMAND_ID,
    });
    expect(s.completed).not.toHaveProperty('errorMessageMarkdown');
  });

  it('Mailbox 1.15: and the message in Markdown', async () => {
    const s = await sendMessage(failing(), { requirementSets: { Mailbox: '1.15' } });
    expect(s.completed).toMatchObject({ cancelLabel: CANCEL_LABEL, commandId: PANE_COMMAND_ID });
    expect(String(s.completed?.errorMessageMarkdown)).toMatch(/^.+\n\n- \*\*Reason for the change\*\*: /);
  });

  it("speaks Outlook's display language: the words of locales/send-<id>.json, asked for only when a dialog is shown", async () => {
    const asked: string[] = [];
    const german = JSON.parse(
      fs.readFileSync(path.join(__dirname, '../compliance/catalogue/locales/de.json'), 'utf8'),
    ) as Record<string, Record<string, string>>;
    const loadWords = (tag: string) => {
      asked.push(tag);
      return loadSendWords(tag, {
        base: 'https://addin.example/',
        fetch: async (url) => ({
          ok: url.endsWith('send-de.json'),
          json: async () => ({ ...german.verdicts, ...german.send }),
        }),
      });
    };
    const s = await sendMessage(
      failing(),
      { displayLanguage: 'de-DE', requirementSets: { Mailbox: '1.15' } },
      { loadWords },
    );
    expect(asked).toEqual(['de-DE']);
    expect(s.completed).toMatchObject({ allowEvent: false, cancelLabel: 'Add-In öffnen' });
    expect(String(s.completed?.errorMessage)).toMatch(/^IBM \(palogin@ie\.ibm\.com\) würde diese Anfrage/);
    expect(String(s.completed?.errorMessage)).toContain('Grund für die Änderung');
    expect(String(s.completed?.errorMessageMarkdown)).toContain('**Grund für die Änderung**');

    // A compliant message never asks for words.
    asked.length = 0;
    await sendMessage(paneMessage(), { displayLanguage: 'de-DE' }, { loadWords });
    expect(asked).toEqual([]);
  });

  it('keeps both messages within 500 characters when everything is wrong and long', async () => {
    const long = 'x'.repeat(300);
    const m = paneMessage(
      {
        reason: 'tbd',
        accountNumber: `A${'9'.repeat(30)}`,
        newContact: {
          mode: 'other',
          person: { name: long, title: long, email: `${'b'.repeat(60)}@gmail.com`, phone: '' },
        },
      },
      {
        from: { address: `${'j'.repeat(60)}@hotmail.com`, displayName: long },
        body: owaBody([long, `${long} Management`]),
        to: [DESK.japan, DESK.emea, DESK.americas, DESK['asia-pacific']],
      },
    );
    const s = await sendMessage(m);
    expect(s.completed?.allowEvent).toBe(false);
    expect(String(s.completed?.errorMessage).length).toBeLessThanOrEqual(500);
    expect(String(s.completed?.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
  });
});

describe('never trapping the user: Office failures allow the send and log', () => {
  it.each<[string, FakeScenario['faults']]>([
    ['a callback error reading To', { 'to.getAsync': { kind: 'error', name: 'GenericResponseError' } }],
    ['a callback error reading Cc', { 'cc.getAsync': { kind: 'error', name: 'NetworkError' } }],
    [
      'a synchronous throw reading the body',
      { 'body.getAsync': { kind: 'throw', message: 'Sys.ArgumentException' } },
    ],
    ['a callback error reading From', { 'from.getAsync': { kind: 'error', name: 'InternalServerError' } }],
    ['a missing To API', { 'item.to': { kind: 'missing' } }],
    ['a missing body', { 'item.body': { kind: 'missing' } }],
  ])('%s', async (_name, faults) => {
    const s = await sendMessage(paneMessage({ reason: '' }), { faults });
    expect(s.completed).toEqual({ allowEvent: true });
    expect(s.errors.length).toBeGreaterThanOrEqual(1);
    expect(String(s.errors[0]?.[0])).toContain('[send-guard]');
    expectCompletedOnce(s.fake);
  });

  it('a call that never answers times out and allows the send', async () => {
    const started = Date.now();
    const s = await sendMessage(
      paneMessage({ reason: '' }),
      { faults: { 'subject.getAsync': { kind: 'hang' } } },
      {
        callTimeoutMs: 100,
        deadlineMs: 5000,
      },
    );
    expect(s.completed).toEqual({ allowEvent: true });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(String(s.errors[0]?.[1])).toMatch(/did not answer in time|no answer after/);
  });

  it('the deadline completes the event if nothing else does, and a late result does not complete it twice', async () => {
    const s = await sendMessage(
      paneMessage({ reason: '' }),
      { faults: { 'body.getAsync': { kind: 'hang' } } },
      {
        callTimeoutMs: 400,
        deadlineMs: 100,
      },
    );
    expect(s.completed).toEqual({ allowEvent: true });
    expect(String(s.errors[0]?.[0])).toMatch(/no decision after 100 ms/);
    // sendMessage returns only when the check itself has finished, after the hung call timed out
    // (400 ms) and the late result arrived: completed() was still called once.
    expect(s.errors.map((e) => String(e[1] ?? e[0])).join('\n')).toMatch(
      /did not answer in time|no answer after/,
    );
    expectCompletedOnce(s.fake);
  });

  it('a slow Outlook within the deadline is still checked', async () => {
    const s = await sendMessage(
      paneMessage({ reason: '' }),
      { latencyMs: 30 },
      { callTimeoutMs: 1000, deadlineMs: 3000 },
    );
    expect(s.completed?.allowEvent).toBe(false);
  });

  it('an exception (no mailbox in the context) allows the send', async () => {
    const s = await sendMessage(paneMessage({ reason: '' }), {
      faults: { 'context.mailbox': { kind: 'missing' } },
    });
    expect(s.completed).toEqual({ allowEvent: true });
    expect(s.errors).toHaveLength(1);
  });

  it('no office.js at send time allows the send', async () => {
    const fake = createFakeOffice({});
    const errors: unknown[] = [];
    const handler = createOnMessageSend(() => undefined, { log: { error: (e: unknown) => errors.push(e) } });
    const { event, completion } = fake.createSendEvent();
    await handler(event);
    await expect(completion).resolves.toEqual({ allowEvent: true });
    expect(errors).toHaveLength(1);
  });

  it('an empty From is a failed read, not a reason to block', async () => {
    const m = paneMessage();
    const s = await sendMessage(m, { from: { emailAddress: '' }, user: { emailAddress: '' } });
    expect(s.completed).toEqual({ allowEvent: true });
  });

  it('a client that refuses the dialog options still completes: plain block, then allow', async () => {
    const fake = createFakeOffice(scenarioOf(paneMessage({ reason: '' })));
    const seen: Record<string, unknown>[] = [];
    const event: FakeSendEvent = {
      type: 'OnMessageSend',
      completed(options) {
        seen.push(options ?? {});
        if (seen.length === 1) throw new Error('Unknown property cancelLabel');
      },
    };
    await createOnMessageSend(() => asOffice(fake), { log: { error: () => undefined } })(event);
    expect(seen).toHaveLength(2);
    expect(Object.keys(seen[1] ?? {}).sort()).toEqual(['allowEvent', 'errorMessage']);
  });
});

describe('checkMessage', () => {
  it('knows the organisation domain the pane worked out for the sender', async () => {
    // Without a public-suffix list the handler cannot tell that uk.mycompany.de and fr.mycompany.de are one company.
    const jane = { address: 'jane@uk.mycompany.de', displayName: 'Jane Doe' };
    const person = { ...BOB, email: 'bob@fr.mycompany.de' };
    const m = paneMessage(
      { newContact: { mode: 'other', person } },
      { from: jane, body: owaBody(['Jane Doe', 'IT Manager']) },
    );
    const without = await checkMessage(asOffice(createFakeOffice(scenarioOf(m))));
    expect(without.results?.find((r) => r.id === 'new-contact')?.status).toBe('warn');
    const withOrg = await checkMessage(
      asOffice(
        createFakeOffice(
          scenarioOf(m, { roaming: { [SETTINGS_KEY]: { organisationDomain: 'mycompany.de' } } }),
        ),
      ),
    );
    expect(withOrg.results?.find((r) => r.id === 'new-contact')?.status).toBe('pass');
    expect(withOrg.allowed).toBe('compliant');
  });

  it("ignores an organisation domain that is not the sender's", async () => {
    const m = paneMessage({}, { from: { address: 'jane@gmail.com', displayName: 'Jane' } });
    const decision = await checkMessage(
      asOffice(
        createFakeOffice(
          scenarioOf(m, { roaming: { [SETTINGS_KEY]: { organisationDomain: 'mycompany.com' } } }),
        ),
      ),
    );
    expect(decision.results?.find((r) => r.id === 'company-domain')?.status).toBe('fail');
  });

  it('uses the signed-in user before Mailbox 1.7 (no item.from)', async () => {
    const m = paneMessage();
    const fake = createFakeOffice(
      scenarioOf(m, { requirementSets: { Mailbox: '1.6' }, user: { emailAddress: JANE.address } }),
    );
    const decision = await checkMessage(asOffice(fake));
    expect(fake.apiCalls('from.getAsync')).toEqual([]);
    expect(decision.allowed).toBe('compliant');
  });
});

describe('cost', () => {
  it('lays the body out once per send, however many readers use it', async () => {
    const fake = createFakeOffice(scenarioOf(paneMessage()));
    const scan = jest.spyOn(parseHtmlWithHtmlparser2, 'scan');
    try {
      const decision = await checkMessage(asOffice(fake));
      expect(decision.allowed).toBe('compliant');
      expect(scan).toHaveBeenCalledTimes(1);
    } finally {
      scan.mockRestore();
    }
  });
});
