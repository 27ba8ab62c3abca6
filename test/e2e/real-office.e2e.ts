// The built pane and send-time page against Microsoft's REAL office.js (npm @microsoft/office-js,
// pinned), in a page that plays Outlook on the web over office.js's own protocol (see
// real-office/harness.ts and real-office/outlook-web-host.js). The pages keep the Content-Security-
// Policy of the build: these tests prove that office.js can do its work under it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { HANDLER_NAME } from '../../src/send-guard/on-message-send';
import { DIST, launchBrowser } from './harness';
import {
  clickInsert,
  EXPECTED_SUBJECT,
  expectCheck,
  fillForm,
  GREETING,
  insertButton,
  owaSignature,
  poll,
  waitForPane,
} from './pane-helpers';
import {
  closeOutlooks,
  openOutlook,
  type HostMessage,
  type Outlook,
  type OutlookOptions,
} from './real-office/harness';

const SIGNATURE = owaSignature('IT Manager');
const NEW_MESSAGE = { type: 'html' as const, content: `<div><br></div>${SIGNATURE}` };
const SETTINGS_KEY = 'pcc.v1';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await closeOutlooks();
});
afterAll(async () => {
  await browser?.close();
});

async function openPane(options: OutlookOptions = {}): Promise<{ outlook: Outlook; pane: Frame }> {
  const outlook = await openOutlook(browser, { message: { body: NEW_MESSAGE }, ...options });
  const pane = await outlook.addin();
  return { outlook, pane };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The built page's CSP, as the <meta> the build wrote. */
function builtCsp(page: string): string {
  const html = fs.readFileSync(path.join(DIST, page), 'utf8');
  const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1];
  if (!csp) throw new Error(`${page} has no Content-Security-Policy`);
  return csp;
}

describe('the pane with the real office.js, under its own CSP', () => {
  it('keeps the built CSP, loads office.js and MicrosoftAjax under it, and shows the sender', async () => {
    expect(builtCsp('taskpane.html')).toMatch(
      /script-src 'self' https:\/\/appsforoffice\.microsoft\.com https:\/\/ajax\.aspnetcdn\.com/,
    );
    const from = { address: 'it-team@mycompany.com', name: 'IT Team' };
    const { outlook, pane } = await openPane({ message: { body: NEW_MESSAGE, from } });
    await waitForPane(pane);
    await pane.getByText('it-team@mycompany.com').first().waitFor();
    // The page really runs under the CSP (the <meta> is in the document office.js ran in).
    const csp = await pane.evaluate(
      () =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
    );
    expect(csp).toBe(builtCsp('taskpane.html'));
    expect(outlook.requests).toContain('https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js');
    expect(outlook.requests.some((u) => u.endsWith('/lib/1/hosted/outlook-web-16.01.js'))).toBe(true);
    expect(await pane.getByText(/Preview/).count()).toBe(0);
    expect(outlook.cspViolations()).toEqual([]);
    expect(outlook.errors).toEqual([]);
    expect(outlook.foreignRequests).toEqual([]);
    const calls = (await outlook.calls()).map((c) => c.action);
    expect(calls).toContain('ContextActivationManager_getAppContextAsync');
    expect(calls).toContain('GetInitialData');
  });

  it('lists the checks from the message and inserts To, Subject and Body with the signature once', async () => {
    const { outlook, pane } = await openPane({
      message: { body: NEW_MESSAGE, to: [{ address: 'colleague@mycompany.com', name: 'Colleague' }] },
    });
    await waitForPane(pane);
    await fillForm(pane, { region: 'Europe, Middle East, Africa' });
    await expectCheck(pane, /Company domain/, 'Passed');
    await expectCheck(pane, /Manager title/, 'Passed');
    await expectCheck(pane, /Account number/, 'Passed');
    expect(await clickInsert(pane)).toBe('inserted');

    const state = await outlook.state();
    expect(state.subject).toBe(EXPECTED_SUBJECT);
    expect(state.to.map((r) => r.address)).toEqual(['colleague@mycompany.com', 'palogin@ie.ibm.com']);
    expect(state.body.content).toContain(GREETING);
    expect(count(state.body.content, 'id="Signature"')).toBe(1);
    // The desk went in with the add call (dispid 22); the user's recipient was never written back.
    const dispids = (await outlook.calls()).map((c) => c.dispid);
    expect(dispids).toContain(22);
    expect(dispids).not.toContain(21);
    expect(outlook.errors).toEqual([]);
  });

  it.each<[string, number]>([
    ['the body write', 38],
    ['the subject write', 17],
    ['the To write (add)', 22],
  ])('when %s fails, the message is left as it was and the pane says so', async (_name, dispid) => {
    const original: Partial<HostMessage> = {
      body: NEW_MESSAGE,
      to: [{ address: 'colleague@mycompany.com', name: 'Colleague' }],
    };
    const { outlook, pane } = await openPane({ message: original });
    await waitForPane(pane);
    await fillForm(pane, { region: 'Europe, Middle East, Africa' });
    const before = await outlook.state();
    await outlook.setFault(dispid, { kind: 'error', code: 9041 });
    expect(await clickInsert(pane)).toBe('failed');
    const after = await outlook.state();
    expect(after.body).toEqual(before.body);
    expect(after.subject).toBe(before.subject);
    expect(after.to).toEqual(before.to);
    await pane.getByText('Could not insert the template', { exact: true }).waitFor();
  });

  it('a write that never answers times out, and the message is put back', async () => {
    const { outlook, pane } = await openPane({ clock: true });
    await waitForPane(pane);
    await fillForm(pane, { region: 'Europe, Middle East, Africa' });
    const before = await outlook.state();
    await outlook.setFault(17, { kind: 'hang' }); // subject.setAsync: the body is written before it
    await insertButton(pane).click();
    await poll(
      'the subject write to be sent',
      async () => (await outlook.calls()).some((c) => c.dispid === 17),
      (v) => v,
    );
    await outlook.page.clock.fastForward(11_000); // past the adapter's 10 s call timeout
    await pane.getByText('Could not insert the template', { exact: true }).waitFor();
    await pane
      .getByText(/did not answer in time/)
      .first()
      .waitFor();
    const after = await outlook.state();
    expect(after.body).toEqual(before.body);
    expect(after.subject).toBe(before.subject);
  });

  it('saves the settings to roaming settings (dispid 404)', async () => {
    const { outlook, pane } = await openPane();
    await waitForPane(pane);
    await fillForm(pane, { account: '0009876543' });
    await poll(
      'the form to reach roaming settings',
      async () => (await outlook.state()).roaming?.[SETTINGS_KEY],
      (v) => JSON.stringify(v ?? null).includes('0009876543'),
      15_000,
    );
    expect((await outlook.calls()).some((c) => c.dispid === 404)).toBe(true);
  });

  it('restores the form from the roaming settings Outlook hands over at start', async () => {
    const { pane } = await openPane({
      message: { body: NEW_MESSAGE, roaming: { [SETTINGS_KEY]: { form: { accountNumber: '0005555555' } } } },
    });
    await waitForPane(pane);
    expect(await pane.getByLabel('Account number').inputValue()).toBe('0005555555');
  });

  it("adds the desk even when a recipient's display name is over office.js's limit", async () => {
    const longName = 'L'.repeat(300);
    const { outlook, pane } = await openPane({
      message: { body: NEW_MESSAGE, to: [{ address: 'long@mycompany.com', name: longName }] },
    });
    await waitForPane(pane);
    await fillForm(pane, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(pane)).toBe('inserted');
    const state = await outlook.state();
    expect(state.to).toEqual([
      { address: 'long@mycompany.com', name: longName },
      { address: 'palogin@ie.ibm.com', name: 'IBM eCustomerCare' },
    ]);
  });

  it('names the recipient when office.js refuses a To line with a too-long display name', async () => {
    // Swapping another desk rewrites the whole line, which office.js validates before Outlook sees it.
    const longName = 'L'.repeat(300);
    const original: Partial<HostMessage> = {
      body: NEW_MESSAGE,
      to: [
        { address: 'long@mycompany.com', name: longName },
        { address: 'apecare@sg.ibm.com', name: 'IBM' },
      ],
    };
    const { outlook, pane } = await openPane({ message: original });
    await waitForPane(pane);
    await fillForm(pane, { region: 'Europe, Middle East, Africa' });
    const before = await outlook.state();
    expect(await clickInsert(pane)).toBe('failed');
    const notice = pane.getByText(/display name longer than the 255 characters/).first();
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toContain('long@mycompany.com');
    expect(text).not.toMatch(/quoted thread/);
    expect((await outlook.calls()).some((c) => c.dispid === 21)).toBe(false); // refused before Outlook
    const after = await outlook.state();
    expect(after.body).toEqual(before.body);
    expect(after.to).toEqual(before.to);
  });
});

describe('inside Outlook, when office.js cannot start', () => {
  it.each<['fail' | 'hang']>([['fail'], ['hang']])(
    'office.js %s: the pane says Outlook could not start it, never a simulated message',
    async (mode) => {
      const { outlook, pane } = await openPane({ officeJs: mode, clock: mode === 'hang' });
      const alert = pane.getByRole('alert');
      if (mode === 'hang') {
        // The pane's own script runs although office.js never arrives, and gives it 8 s. Its timer
        // starts when the script has run, which nothing shows: move the clock on until it has fired.
        await poll(
          'the pane to give up on office.js',
          async () => {
            await outlook.page.clock.fastForward(2_000);
            return alert.count();
          },
          (n) => n > 0,
        );
      }
      await alert.getByRole('heading', { name: 'Outlook could not start the add-in' }).waitFor();
      expect(await alert.innerText()).toMatch(/reload Outlook/);
      expect(await alert.innerText()).toMatch(/IT administrator/);
      expect(await pane.getByText(/Preview/).count()).toBe(0);
      expect(await pane.getByRole('region', { name: 'Simulated message' }).count()).toBe(0);
      expect(await pane.getByRole('button', { name: 'Insert template' }).count()).toBe(0);
    },
  );
});

describe('the send-time page with the real office.js, under its own CSP', () => {
  const compliantBody = (title: string) =>
    `<div>Dear support,<br>Our primary contact has left the company.<br>Can you please update the primary contact information as mentioned below<br>Account number: 0001234567<br>Kind regards</div>${owaSignature(title)}`;

  async function openGuard(message: Partial<HostMessage>, requirementSets = { Mailbox: '1.15' }) {
    const outlook = await openOutlook(browser, { page: 'send-guard.html', message, requirementSets });
    await outlook.addin();
    // office.js registers for the host's launch events once the page has called Office.onReady().
    await poll(
      'office.js to register for appCommandInvoked',
      async () => (await outlook.calls()).some((c) => c.action === 'appCommandInvoked'),
      (v) => v,
      15_000,
    );
    return outlook;
  }

  it('allows a compliant request', async () => {
    const outlook = await openGuard({
      body: { type: 'html', content: compliantBody('IT Manager') },
      subject: EXPECTED_SUBJECT,
      to: [{ address: 'palogin@ie.ibm.com', name: 'IBM eCustomerCare' }],
    });
    await expect(outlook.send(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });
    expect(outlook.cspViolations()).toEqual([]);
    expect(outlook.foreignRequests).toEqual([]);
  });

  it('blocks a request from a free-mail address, says why, and offers the pane (Mailbox 1.15)', async () => {
    const outlook = await openGuard({
      body: { type: 'html', content: compliantBody('IT Manager') },
      subject: EXPECTED_SUBJECT,
      to: [{ address: 'palogin@ie.ibm.com', name: 'IBM eCustomerCare' }],
      from: { address: 'jane.doe1234@gmail.com', name: 'Jane Doe' },
    });
    const completed = await outlook.send(HANDLER_NAME);
    expect(completed).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Open the add-in',
      commandId: 'pcrOpenPaneButton',
    });
    expect(String(completed?.errorMessage)).toMatch(/domain/i);
    const markdown = String(completed?.errorMessageMarkdown);
    expect(markdown).toContain('**');
    expect(markdown).not.toContain('\r\n');
  });

  it('allows the send when Outlook fails to give the body (never traps the user)', async () => {
    const outlook = await openGuard({
      body: { type: 'html', content: compliantBody('Vendor Management') },
      subject: EXPECTED_SUBJECT,
      to: [{ address: 'palogin@ie.ibm.com', name: 'IBM eCustomerCare' }],
    });
    await outlook.setFault(37, { kind: 'error', code: 9002 });
    await expect(outlook.send(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });
    expect(outlook.errors.join('\n')).toContain('[send-guard]');
  });

  it('lets mail to anyone else go without reading the body', async () => {
    const outlook = await openGuard({
      body: { type: 'html', content: '<p>Lunch?</p>' },
      subject: 'Lunch',
      to: [{ address: 'colleague@mycompany.com', name: 'Colleague' }],
    });
    await expect(outlook.send(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });
    expect((await outlook.calls()).some((c) => c.dispid === 37)).toBe(false);
  });
});
