// End-to-end harness with Microsoft's REAL office.js (the pinned npm package @microsoft/office-js),
// unmodified, inside a page that plays Outlook on the web (outlook-web-host.js) over office.js's own
// cross-frame protocol. Everything is served through the browser's request interception — no
// server, no certificates, no network:
//   https://outlook.office.com/mail/compose     the host page (an origin office.js trusts)
//   https://pcc-addin.example.com/…             the BUILT add-in, dist/ as it is (its CSP included)
//   https://appsforoffice.microsoft.com/lib/1/hosted/…   office.js and its files, from node_modules
//   https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js our stand-in (not on npm): microsoft-ajax.js
// Any other request is recorded and refused. See outlook-web-host.js for which host answers are
// observed in office.js's sources and which are inferred.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Frame, Page, Route } from 'playwright-core';
import { DIST, ROOT } from '../harness';

export const HOST_ORIGIN = 'https://outlook.office.com';
export const ADDIN_ORIGIN = 'https://pcc-addin.example.com';
const OFFICE_JS_BASE = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const MS_AJAX_URL = 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js';
const OFFICE_JS_DIR = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const HERE = __dirname;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** A recipient as Outlook's host data carries it. */
export interface HostRecipient {
  address: string;
  name: string;
}

export interface HostMessage {
  body: { type: 'html' | 'text'; content: string };
  subject: string;
  to: HostRecipient[];
  cc?: HostRecipient[];
  from: HostRecipient;
  /** Roaming settings, by key (the host keeps them as JSON text; here as values). */
  roaming?: Record<string, unknown>;
}

/** One Office call that goes wrong on the host: an error code, or no answer at all. */
export type HostFault =
  { kind: 'error'; code: number; sticky?: boolean } | { kind: 'hang'; sticky?: boolean };

export interface OutlookOptions {
  /** The built page to open in the add-in frame. */
  page?: 'taskpane.html' | 'send-guard.html';
  message?: Partial<HostMessage>;
  user?: { displayName: string; emailAddress: string; timeZone: string };
  /** The requirement matrix Outlook reports, e.g. { Mailbox: '1.13' }. */
  requirementSets?: Record<string, string>;
  /** Faults by dispid (e.g. 38: body.setAsync). */
  faults?: Record<number, HostFault>;
  /** 'real' (default); 'fail': office.js's request is refused; 'hang': it is never answered. */
  officeJs?: 'real' | 'fail' | 'hang';
  /** HostItemType: 4 a message being written (default), 1 a message being read. */
  itemType?: number;
  /** Install Playwright's clock before loading (for a test that must pass an Office call's timeout). */
  clock?: boolean;
}

export interface HostCall {
  action: string;
  dispid: number | null;
  data: unknown;
}

export interface Outlook {
  page: Page;
  context: BrowserContext;
  /** The add-in's frame, once it has loaded (where the pane's UI is). */
  addin(): Promise<Frame>;
  /** Console errors and uncaught errors of the host page and the add-in, in order (not the 404 of a missing organization.json). */
  errors: string[];
  /** Content-Security-Policy violations reported anywhere. */
  cspViolations(): string[];
  /** Requests to origins outside the ones above (refused). */
  foreignRequests: string[];
  /** Everything fetched, by URL (what office.js loaded, and from where). */
  requests: string[];
  state(): Promise<HostMessage>;
  calls(): Promise<HostCall[]>;
  setFault(dispid: number, fault: HostFault | null): Promise<void>;
  /** Raises Send for the event-based handler; resolves with what event.completed() passed. */
  send(handlerName: string): Promise<Record<string, unknown> | null>;
  close(): Promise<void>;
}

export const DEFAULT_USER = {
  displayName: 'Jane Doe',
  emailAddress: 'jane.doe@mycompany.com',
  timeZone: 'GMT Standard Time',
};

const file = (p: string) => fs.readFileSync(p);

function fulfilFile(route: Route, filePath: string): Promise<void> {
  if (!fs.existsSync(filePath) || !fs.statSync(filePath).isFile())
    return route.fulfill({ status: 404, body: '' });
  return route.fulfill({
    status: 200,
    contentType: TYPES[path.extname(filePath)] ?? 'application/octet-stream',
    headers: { 'access-control-allow-origin': '*' },
    body: file(filePath),
  });
}

/** A path under `root` for the URL's pathname, never outside it. */
function inside(root: string, pathname: string): string | null {
  const resolved = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  return resolved.startsWith(root + path.sep) ? resolved : null;
}

function hostPage(config: unknown): string {
  // JSON inside <script>: "<" escaped so that no value can close the element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Outlook (test host)</title></head>
<body><script>window.__HOST_CONFIG__ = ${json};</script><script src="/host.js"></script></body></html>`;
}

const openContexts = new Set<BrowserContext>();

export async function openOutlook(browser: Browser, options: OutlookOptions = {}): Promise<Outlook> {
  const addinPage = options.page ?? 'taskpane.html';
  const config = {
    addinUrl: `${ADDIN_ORIGIN}/${addinPage}`,
    controlId: 'pcc-test-control',
    locale: 'en-US',
    user: options.user ?? DEFAULT_USER,
    requirementSets: options.requirementSets ?? { Mailbox: '1.13' },
    itemType: options.itemType ?? 4,
    faults: options.faults ?? {},
    message: {
      body: { type: 'html', content: '<div><br></div>' },
      subject: '',
      to: [],
      cc: [],
      from: {
        address: (options.user ?? DEFAULT_USER).emailAddress,
        name: (options.user ?? DEFAULT_USER).displayName,
      },
      roaming: {},
      ...options.message,
    },
  };
  const context = await browser.newContext({
    viewport: { width: 400, height: 900 },
    serviceWorkers: 'block',
  });
  openContexts.add(context);
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  const officeJsMode = options.officeJs ?? 'real';

  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    if (url.origin === HOST_ORIGIN) {
      if (url.pathname === '/host.js') return fulfilFile(route, path.join(HERE, 'outlook-web-host.js'));
      return route.fulfill({ status: 200, contentType: TYPES['.html'], body: hostPage(config) });
    }
    if (url.origin === ADDIN_ORIGIN) {
      const target = inside(DIST, url.pathname);
      return target ? fulfilFile(route, target) : route.fulfill({ status: 404, body: '' });
    }
    if (url.href.split(/[?#]/)[0]?.startsWith(OFFICE_JS_BASE)) {
      const name = url.pathname.slice(new URL(OFFICE_JS_BASE).pathname.length);
      if (name === 'office.js' && officeJsMode === 'fail') return route.abort('connectionrefused');
      if (name === 'office.js' && officeJsMode === 'hang') return undefined; // never answered
      const target = inside(OFFICE_JS_DIR, `/${name}`);
      return target ? fulfilFile(route, target) : route.fulfill({ status: 404, body: '' });
    }
    if (url.href === MS_AJAX_URL) return fulfilFile(route, path.join(HERE, 'microsoft-ajax.js'));
    if (/^(https?|wss?):$/.test(url.protocol)) {
      foreignRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });

  const page = await context.newPage();
  if (options.clock) await page.clock.install();
  page.on('console', (msg) => {
    // No organization.json beside the pane is normal (the pane says nothing), but Chromium logs
    // the 404 as a console error; only that one is expected.
    const noOrganizationFile = /\/organization\.json$/.test(msg.location().url) && / 404 /.test(msg.text());
    if (msg.type() === 'error' && !noOrganizationFile) errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(`${HOST_ORIGIN}/mail/compose`, { waitUntil: 'domcontentloaded' });

  return {
    page,
    context,
    errors,
    foreignRequests,
    requests,
    cspViolations: () => errors.filter((e) => /Content Security Policy/i.test(e)),
    async addin() {
      await page.waitForFunction((origin) => {
        const frame = document.querySelector('iframe');
        return Boolean(frame && frame.src.startsWith(origin));
      }, ADDIN_ORIGIN);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const frame = page.frames().find((f) => f.url().startsWith(ADDIN_ORIGIN));
        if (frame) return frame;
        if (Date.now() > deadline) throw new Error('The add-in frame did not load');
        await page.waitForEvent('framenavigated', { timeout: 15_000 });
      }
    },
    state: () =>
      page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as HostWindow).__outlookHost.state))),
    calls: () =>
      page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as HostWindow).__outlookHost.calls))),
    setFault: (dispid, fault) =>
      page.evaluate(
        ([d, f]) => {
          const faults = (window as unknown as HostWindow).__outlookHost.faults;
          if (f) faults[String(d)] = f;
          else delete faults[String(d)];
        },
        [dispid, fault] as const,
      ),
    async send(handlerName) {
      const before = await page.evaluate(
        () => (window as unknown as HostWindow).__outlookHost.completed.length,
      );
      await page.evaluate(
        (name) => (window as unknown as HostWindow).__outlookHost.raiseSend(name),
        handlerName,
      );
      const handle = await page.waitForFunction(
        (n) => {
          const done = (window as unknown as HostWindow).__outlookHost.completed;
          return done.length > n ? { value: done[n] } : null;
        },
        before,
        { timeout: 15_000 },
      );
      const result = (await handle.jsonValue()) as { value: Record<string, unknown> | null };
      return result.value;
    },
    close: async () => {
      openContexts.delete(context);
      await context.close();
    },
  };
}

interface HostGlobal {
  state: HostMessage;
  calls: HostCall[];
  completed: (Record<string, unknown> | null)[];
  faults: Record<string, HostFault>;
  raiseSend(name: string): void;
}

interface HostWindow {
  __outlookHost: HostGlobal;
}

/** Closes every context openOutlook opened (afterEach). */
export async function closeOutlooks(): Promise<void> {
  const contexts = [...openContexts];
  openContexts.clear();
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
}
