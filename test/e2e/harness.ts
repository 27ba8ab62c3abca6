// End-to-end harness: serves dist/ on 127.0.0.1, drives headless Chromium (playwright-core), and
// answers the office.js request with the scripted fake Outlook (test/fake-outlook) or a failure.
// Nothing leaves the machine: every request to another origin is aborted and recorded.
import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FakeCall, FakeFault, FakeScenario, FakeState } from '../doubles/fake-office';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import { createServer } from '../../scripts/serve-dist';

export { CHROMIUM_ARGS, CHROMIUM_PATH };
import { buildFakeOfficeScript } from '../fake-outlook/build';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
/** Set by global-setup.ts: the fake office.js bundle, built once per run. */
export const FAKE_OFFICE_JS_ENV = 'E2E_FAKE_OFFICE_JS';
export const TASK_PANE_VIEWPORT = { width: 320, height: 800 };

// ---------------------------------------------------------------------------------------------
// Server

export interface LocalServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  port: number;
  close(): Promise<void>;
}

let lastServer: LocalServer | undefined;

/** Serves `root` (default dist/) on 127.0.0.1 at a free port. */
export async function startServer(root: string = DIST): Promise<LocalServer> {
  // The server `npm start` uses (sirv on node:http), on any free port.
  const server = await createServer({ root, port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  const local: LocalServer = {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
  lastServer = local;
  return local;
}

// ---------------------------------------------------------------------------------------------
// Browser

/** Headless Chromium from /usr/bin/chromium (override with CHROMIUM_PATH). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

let fakeScript: Promise<string> | undefined;

/** The fake office.js bundle: the file global-setup built, else built now (once per process). */
export function fakeOfficeScript(): Promise<string> {
  if (!fakeScript) {
    const file = process.env[FAKE_OFFICE_JS_ENV];
    fakeScript = file && fs.existsSync(file) ? fs.promises.readFile(file, 'utf8') : buildFakeOfficeScript();
  }
  return fakeScript;
}

// ---------------------------------------------------------------------------------------------
// The pane

export interface OpenPaneOptions {
  /** The fake Outlook's scenario (officeJs 'fake' only); see test/doubles/fake-office.ts. */
  scenario?: FakeScenario;
  /** 'fake' (default): serve the fake; 'fail': abort the office.js request; 'hang': never answer it. */
  officeJs?: 'fake' | 'fail' | 'hang';
  /** Page under the server, default 'taskpane.html'. */
  path?: string;
  /** Default 320×800, the task pane's width. */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** The browser's language (navigator.language), e.g. 'fr-FR': what preview mode speaks. */
  locale?: string;
  /** Server origin; defaults to the last server startServer() started. */
  origin?: string;
  /** Wait for this load state after navigating (default 'load'). */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
}

export interface ConsoleEntry {
  type: string;
  text: string;
  /** The script or resource the message is about, when Chromium says. */
  url: string;
}

/** Reads and drives the fake Outlook inside the page. */
export interface FakeOutlookHandle {
  calls(api?: string): Promise<FakeCall[]>;
  state(): Promise<FakeState>;
  setFault(api: string, fault: FakeFault | null): Promise<void>;
  /** Changes the message as the user would while the pane is open (e.g. edits the signature). */
  edit(change: Partial<Pick<FakeState, 'body' | 'subject' | 'to' | 'cc' | 'selection'>>): Promise<void>;
  /** Runs a handler registered with Office.actions.associate; resolves with its completed() options. */
  runAction(name: string, type?: string): Promise<Record<string, unknown> | undefined>;
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  origin: string;
  /** console.error messages and uncaught page errors (type 'pageerror'), in order. */
  consoleErrors: ConsoleEntry[];
  /** Requests to any origin other than the local server, except the office.js CDN (all aborted). */
  foreignRequests: string[];
  /** Requests to the office.js CDN (intercepted: the fake served, or aborted). */
  cdnRequests: string[];
  /** consoleErrors minus the expected failure to load office.js when officeJs is 'fail', and a 404 for organization.json. */
  unexpectedErrors(): ConsoleEntry[];
  fake: FakeOutlookHandle;
  close(): Promise<void>;
}

const openContexts = new Set<BrowserContext>();

/** Opens the pane in a fresh browser context, with office.js intercepted, and waits for it to load. */
export async function openPane(browser: Browser, options: OpenPaneOptions = {}): Promise<Pane> {
  const origin = options.origin ?? lastServer?.origin;
  if (!origin) throw new Error('openPane: start the server first (startServer) or pass options.origin');
  const mode = options.officeJs ?? 'fake';
  const context = await browser.newContext({
    viewport: options.viewport ?? TASK_PANE_VIEWPORT,
    colorScheme: options.colorScheme ?? 'light',
    ...(options.locale ? { locale: options.locale } : {}),
    serviceWorkers: 'block',
  });
  openContexts.add(context);
  const consoleErrors: ConsoleEntry[] = [];
  const foreignRequests: string[] = [];
  const cdnRequests: string[] = [];

  if (mode === 'fake') {
    const script = await fakeOfficeScript();
    await context.addInitScript((scenario) => {
      (window as unknown as { __FAKE_OUTLOOK_SCENARIO__: unknown }).__FAKE_OUTLOOK_SCENARIO__ = scenario;
    }, options.scenario ?? {});
    await context.route(`${OFFICE_CDN}/**`, (route) => {
      cdnRequests.push(route.request().url());
      if (route.request().url().split(/[?#]/)[0] === OFFICE_JS_URL) {
        return route.fulfill({
          status: 200,
          contentType: 'text/javascript; charset=utf-8',
          headers: { 'access-control-allow-origin': '*' },
          body: script,
        });
      }
      return route.abort('blockedbyclient');
    });
  } else {
    await context.route(`${OFFICE_CDN}/**`, (route) => {
      cdnRequests.push(route.request().url());
      if (mode === 'hang') return undefined; // never answered
      return route.abort('internetdisconnected');
    });
  }
  // No internet: anything else off the local server is recorded and refused at once.
  await context.route(
    (url) => url.origin !== origin && url.origin !== OFFICE_CDN && /^https?:$/.test(url.protocol),
    (route) => {
      foreignRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );

  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error')
      consoleErrors.push({ type: 'console', text: msg.text(), url: msg.location().url });
  });
  page.on('pageerror', (error) => {
    consoleErrors.push({ type: 'pageerror', text: `${error.name}: ${error.message}`, url: '' });
  });
  page.on('requestfailed', (req) => {
    // Chromium logs failed resources as console errors too; keep the failing URL for filtering.
    const url = req.url();
    if (!url.startsWith(OFFICE_CDN) && !foreignRequests.includes(url)) {
      consoleErrors.push({
        type: 'requestfailed',
        text: `${req.failure()?.errorText ?? 'failed'} ${url}`,
        url,
      });
    }
  });

  await page.goto(`${origin}/${(options.path ?? 'taskpane.html').replace(/^\//, '')}`, {
    waitUntil: options.waitUntil ?? 'load',
  });

  const fake: FakeOutlookHandle = {
    calls: (api) =>
      page.evaluate((a) => {
        const all = window.__fakeOutlook?.calls ?? [];
        return JSON.parse(JSON.stringify(a ? all.filter((c) => c.api === a) : all)) as FakeCall[];
      }, api),
    state: () =>
      page.evaluate(() => JSON.parse(JSON.stringify(window.__fakeOutlook?.state ?? null)) as FakeState),
    setFault: (api, fault) =>
      page.evaluate(([a, f]) => window.__fakeOutlook?.setFault(a, f), [api, fault] as const),
    edit: (change) =>
      page.evaluate((c) => {
        const state = window.__fakeOutlook?.state;
        if (state) Object.assign(state, c);
      }, change),
    runAction: (name, type) =>
      page.evaluate(
        ([n, t]) => {
          const f = window.__fakeOutlook;
          if (!f) throw new Error('The fake Outlook is not loaded');
          return f.runAction(n, t);
        },
        [name, type] as const,
      ),
  };

  // Chromium reports the aborted office.js as "Failed to load resource" located at its URL.
  const isOfficeJsFailure = (e: ConsoleEntry) => e.url.startsWith(OFFICE_CDN);
  // No organization.json beside the pane is normal (the pane says nothing), but Chromium logs every
  // 404 as a console error; only that one is expected.
  const isNoOrganizationFile = (e: ConsoleEntry) =>
    e.type === 'console' && /\/organization\.json$/.test(e.url) && / 404 /.test(e.text);

  return {
    page,
    context,
    origin,
    consoleErrors,
    foreignRequests,
    cdnRequests,
    unexpectedErrors: () =>
      consoleErrors.filter((e) => !isNoOrganizationFile(e) && (mode === 'fake' || !isOfficeJsFailure(e))),
    fake,
    close: async () => {
      openContexts.delete(context);
      await context.close();
    },
  };
}

/** Closes every context openPane opened (for afterEach/afterAll). */
export async function closePanes(): Promise<void> {
  const contexts = [...openContexts];
  openContexts.clear();
  await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
}

// ---------------------------------------------------------------------------------------------
// One-line setup for a test file

export interface Harness {
  readonly browser: Browser;
  readonly server: LocalServer;
  openPane(options?: OpenPaneOptions): Promise<Pane>;
}

/**
 * Registers beforeAll/afterAll that start the server and the browser and close everything, and
 * afterEach that closes the panes the test opened. Use inside a describe block or at top level.
 */
export function setupHarness(): Harness {
  let browser: Browser | undefined;
  let server: LocalServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await closePanes();
  });
  afterAll(async () => {
    await closePanes();
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser starts in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('The server starts in beforeAll');
      return server;
    },
    openPane(options = {}) {
      if (!browser || !server) throw new Error('openPane is available from beforeAll on');
      return openPane(browser, { origin: server.origin, ...options });
    },
  };
}
