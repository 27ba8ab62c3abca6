// The send-time check against the production build in dist/:
//   - the HTML runtime (Outlook on the web, new Outlook, Mac): dist/send-guard.html in headless
//     Chromium with the fake office.js; Send is simulated by running the handler associated with
//     Office.actions, as Outlook does, and the test reads what it passed to event.completed();
//   - the JavaScript-only runtime (classic Outlook on Windows): dist/send-guard.js evaluated in a
//     bare node:vm context that has an Office global and timers but no window, document or DOM.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { createFakeOffice } from '../doubles/fake-office';
import { HANDLER_NAME } from '../../src/send-guard/on-message-send';
import { DESK, owaBody, paneMessage, scenarioOf } from '../fixtures/send-guard-messages';
import { DIST, OFFICE_JS_URL, setupHarness } from './harness';

const harness = setupHarness();

describe('the send-time check in the HTML runtime (send-guard.html)', () => {
  it('allows a compliant request', async () => {
    const page = await harness.openPane({ path: 'send-guard.html', scenario: scenarioOf(paneMessage()) });
    await expect(page.fake.runAction(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });

    const apis = (await page.fake.calls()).map((c) => c.api);
    expect(apis).toContain('actions.associate');
    expect(apis).toContain('body.getAsync');
    expect(apis.filter((a) => a === 'event.completed')).toHaveLength(1);
    expect(page.unexpectedErrors()).toEqual([]);
    expect(page.foreignRequests).toEqual([]);
    expect(page.cdnRequests).toEqual([OFFICE_JS_URL]);
  });

  it('blocks a non-compliant request and says why, with the pane button and Markdown (Mailbox 1.15)', async () => {
    const message = paneMessage(
      { reason: '' },
      { body: owaBody(['Jane Doe', 'Vendor Management', 'jane.doe@mycompany.com']) },
    );
    const page = await harness.openPane({ path: 'send-guard.html', scenario: scenarioOf(message) });
    const completed = await page.fake.runAction(HANDLER_NAME);

    expect(completed).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Open the add-in',
      commandId: 'pcrOpenPaneButton',
    });
    const text = String(completed?.errorMessage);
    expect(text).toContain('Manager title in signature');
    expect(text).toContain('Reason for the change');
    expect(text.length).toBeLessThanOrEqual(500);
    expect(String(completed?.errorMessageMarkdown)).toContain('**Reason for the change**');
    expect(page.unexpectedErrors()).toEqual([]);
  });

  it("speaks Outlook's display language: the dialog's words fetched from beside the page (ja-JP)", async () => {
    const message = paneMessage({ reason: '' });
    const page = await harness.openPane({
      path: 'send-guard.html',
      scenario: { ...scenarioOf(message), displayLanguage: 'ja-JP' },
    });
    const completed = await page.fake.runAction(HANDLER_NAME);
    expect(completed).toMatchObject({ allowEvent: false, cancelLabel: 'アドインを開く' });
    expect(String(completed?.errorMessage)).toMatch(
      /^IBM \(palogin@ie\.ibm\.com\) は、この Primary Company Contact/,
    );
    expect(String(completed?.errorMessage)).toContain('変更の理由');
    expect(page.unexpectedErrors()).toEqual([]);
    expect(page.foreignRequests).toEqual([]);
  });

  it('lets a message to anyone else go without reading its body', async () => {
    const page = await harness.openPane({
      path: 'send-guard.html',
      scenario: scenarioOf(paneMessage({ reason: '' }, { to: ['colleague@mycompany.com'] })),
    });
    await expect(page.fake.runAction(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });
    expect(await page.fake.calls('body.getAsync')).toEqual([]);
  });

  it('allows the send when Outlook fails a call (and logs it)', async () => {
    const page = await harness.openPane({
      path: 'send-guard.html',
      scenario: scenarioOf(paneMessage({ reason: '' }), {
        faults: { 'to.getAsync': { kind: 'error', name: 'NetworkError' } },
      }),
    });
    await expect(page.fake.runAction(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });
    expect(page.consoleErrors.map((e) => e.text).join('\n')).toContain('[send-guard]');
  });
});

describe('the send-time check in a JavaScript-only runtime (send-guard.js, no DOM)', () => {
  const code = fs.readFileSync(path.join(DIST, 'send-guard.js'), 'utf8');

  function load(scenario: Parameters<typeof createFakeOffice>[0], globals: Record<string, unknown> = {}) {
    const fake = createFakeOffice(scenario);
    const errors: unknown[][] = [];
    // What classic Outlook's runtime gives a handler: the Office namespace, timers and a console.
    const sandbox = {
      Office: fake,
      setTimeout,
      clearTimeout,
      console: {
        log: () => undefined,
        info: () => undefined,
        warn: () => undefined,
        error: (...a: unknown[]) => errors.push(a),
      },
      ...globals,
    };
    const context = vm.createContext(sandbox);
    vm.runInContext(code, context, { filename: 'send-guard.js' });
    expect(vm.runInContext('typeof window + typeof document + typeof self + typeof DOMParser', context)).toBe(
      'undefinedundefinedundefinedundefined',
    );
    return { fake, errors };
  }

  it('evaluates without a DOM and associates the handler', () => {
    const { fake, errors } = load({});
    expect(typeof fake.actionHandlers[HANDLER_NAME]).toBe('function');
    expect(errors).toEqual([]);
  });

  it('allows a compliant request and blocks a non-compliant one', async () => {
    const ok = load(scenarioOf(paneMessage()));
    await expect(ok.fake.runAction(HANDLER_NAME)).resolves.toEqual({ allowEvent: true });

    const wrong = load(scenarioOf(paneMessage({ accountNumber: '12AB34' }, { to: [DESK.emea] })));
    const completed = await wrong.fake.runAction(HANDLER_NAME);
    expect(completed?.allowEvent).toBe(false);
    expect(String(completed?.errorMessage)).toContain('Account number');
    expect(wrong.errors).toEqual([]);
  });

  it("fetches the dialog's words from the build's base URL (no page location here) and speaks German", async () => {
    const urls: string[] = [];
    // The runtime's fetch, answered from dist/ (the build's base URL is https://localhost:3000 here).
    const fetch = async (url: string) => {
      urls.push(url);
      const file = path.join(DIST, url.replace('https://localhost:3000/', ''));
      const ok = url.startsWith('https://localhost:3000/') && fs.existsSync(file);
      return { ok, json: async () => JSON.parse(fs.readFileSync(file, 'utf8')) as unknown };
    };
    const wrong = load(
      {
        ...scenarioOf(paneMessage({ accountNumber: '12AB34' }, { to: [DESK.emea] })),
        displayLanguage: 'de-DE',
      },
      { fetch },
    );
    const completed = await wrong.fake.runAction(HANDLER_NAME);
    expect(urls).toEqual(['https://localhost:3000/locales/send-de.json']);
    expect(completed).toMatchObject({ allowEvent: false, cancelLabel: 'Add-In öffnen' });
    expect(String(completed?.errorMessage)).toContain('Kontonummer');
    expect(wrong.errors).toEqual([]);
  });
});
