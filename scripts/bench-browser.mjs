// The browser figures of scripts/bench.mjs: time to interactive (against a blank page served the
// same way in the same run) and Office round trips, in headless Chromium (playwright-core) with the
// scripted fake Outlook (test/fake-outlook) served for office.js and answering at once.
// Mirrors test/e2e/harness.ts (same server, same flags, same office.js interception), in plain JS.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { createServer } = require('./serve-dist.js');

export const { CHROMIUM_PATH, CHROMIUM_ARGS } = require('./chromium.js');
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const VIEWPORT = { width: 320, height: 800 };

/** What the pane must show to count as interactive. */
export const INTERACTIVE = {
  button: 'Insert template',
  region: 'section[aria-label*="Compliance"]',
  item: 'li',
};

/** The fake office.js, bundled like test/fake-outlook/build.ts does (without the inline source map). */
export async function buildFakeOffice(root) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'test', 'fake-outlook', 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2019',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

async function serve(root) {
  const server = await createServer({ root, port: 0, host: '127.0.0.1' });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

// Runs in the page before any of its scripts: timestamps (performance.now(), i.e. ms since the
// navigation started) the first moment the DOM shows an enabled Insert template button and a
// compliance check item. A MutationObserver sees every change, so no polling interval is added.
function interactiveProbe({ button, region, item }) {
  const ready = () => {
    const section = document.querySelector(region);
    if (!section || !section.querySelector(item)) return false;
    for (const b of document.querySelectorAll('button')) {
      if (
        (b.textContent || '').trim() === button &&
        !b.disabled &&
        b.getAttribute('aria-disabled') !== 'true'
      )
        return true;
    }
    return false;
  };
  const check = () => {
    if (window.__benchInteractive !== undefined || !ready()) return;
    window.__benchInteractive = performance.now();
    observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * A reference page, bench/<name>.tsx (fluent-floor: React + Fluent only; react-floor: React only),
 * built like the pane (production React, minified) into `dir` as <name>.html + <name>.js.
 */
export async function buildFloor(root, dir, name) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'bench', `${name}.tsx`)],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile: path.join(dir, `${name}.js`),
    logLevel: 'silent',
  });
  writeFileSync(
    path.join(dir, `${name}.html`),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${name}</title>` +
      `<script defer src="${name}.js"></script></head><body><div id="root"></div></body></html>\n`,
  );
}

export class BrowserBench {
  constructor({ root, dist, log = () => undefined, officeLatencyMs = 100 }) {
    this.root = root;
    this.dist = dist;
    this.log = log;
    /** How long the fake takes to answer each Office call in the round-trip figures. */
    this.officeLatencyMs = officeLatencyMs;
  }

  async start() {
    const { chromium } = await import('playwright-core');
    this.fakeOffice = await buildFakeOffice(this.root);
    this.server = await serve(this.dist);
    this.blankDir = mkdtempSync(path.join(os.tmpdir(), 'pcr-bench-'));
    writeFileSync(
      path.join(this.blankDir, 'blank.html'),
      '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n',
    );
    await buildFloor(this.root, this.blankDir, 'fluent-floor');
    await buildFloor(this.root, this.blankDir, 'react-floor');
    this.blankServer = await serve(this.blankDir);
    this.browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    this.chromiumVersion = this.browser.version();
  }

  async stop() {
    await this.browser?.close().catch(() => undefined);
    await this.server?.close();
    await this.blankServer?.close();
    if (this.blankDir) rmSync(this.blankDir, { recursive: true, force: true });
  }

  /** A fresh context with office.js answered by the fake and every other foreign request refused. */
  async newContext(origin, { probe = false, latencyMs = 0 } = {}) {
    const context = await this.browser.newContext({
      viewport: VIEWPORT,
      colorScheme: 'light',
      serviceWorkers: 'block',
    });
    await context.addInitScript((latency) => {
      window.__FAKE_OUTLOOK_SCENARIO__ = { latencyMs: latency };
    }, latencyMs);
    if (probe) await context.addInitScript(interactiveProbe, INTERACTIVE);
    await context.route(`${OFFICE_CDN}/**`, (route) =>
      route.request().url().split(/[?#]/)[0] === OFFICE_JS_URL
        ? route.fulfill({
            status: 200,
            contentType: 'text/javascript; charset=utf-8',
            headers: { 'access-control-allow-origin': '*' },
            body: this.fakeOffice,
          })
        : route.abort('blockedbyclient'),
    );
    // Nothing else leaves the machine. A RegExp (not a function) so that Playwright matches it
    // itself, without a round trip to this script for every request the pane makes.
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const foreign = new RegExp(
      `^https?://(?!${escape(new URL(origin).host)}/)(?!${escape(new URL(OFFICE_CDN).host)}/)`,
    );
    await context.route(foreign, (route) => route.abort('blockedbyclient'));
    return context;
  }

  /** Opens the pane in a fresh context and waits until it is interactive. */
  async openPane(timeoutMs, { latencyMs = 0 } = {}) {
    const origin = this.server.origin;
    const context = await this.newContext(origin, { probe: true, latencyMs });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`${e.name}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`${origin}/taskpane.html`, { waitUntil: 'commit', timeout: timeoutMs });
      await page.waitForFunction(() => window.__benchInteractive !== undefined, null, {
        timeout: timeoutMs,
        polling: 50,
      });
    } catch (error) {
      await context.close().catch(() => undefined);
      const why = errors.length ? ` (page errors: ${errors.slice(0, 3).join(' | ')})` : '';
      throw new Error(`the pane did not become interactive: ${error.message.split('\n')[0]}${why}`);
    }
    return { context, page, errors };
  }

  /** One timed load of the pane: ms from navigation start to interactive, and what it fetched before. */
  async timePane(timeoutMs = 15000) {
    const { context, page } = await this.openPane(timeoutMs);
    try {
      return await page.evaluate(() => {
        const at = window.__benchInteractive;
        const nav = performance.getEntriesByType('navigation')[0];
        const file = (r) => r.name.split(/[?#]/)[0].split('/').pop();
        const resources = performance.getEntriesByType('resource');
        return {
          interactiveMs: at,
          domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
          // Requested before the pane was interactive, and of those, fully received before it.
          started: resources.filter((r) => r.startTime <= at).map(file),
          loaded: resources.filter((r) => r.responseEnd > 0 && r.responseEnd <= at).map(file),
        };
      });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** One timed load of a reference page (buildFloor): ms from navigation start to the same "interactive". */
  async timeFloor(name = 'fluent-floor', timeoutMs = 15000) {
    const origin = this.blankServer.origin;
    const context = await this.newContext(origin, { probe: true });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/${name}.html`, { waitUntil: 'commit', timeout: timeoutMs });
      await page.waitForFunction(() => window.__benchInteractive !== undefined, null, {
        timeout: timeoutMs,
        polling: 50,
      });
      return { interactiveMs: await page.evaluate(() => window.__benchInteractive) };
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** One timed load of the blank page: ms from navigation start to the end of the load event. */
  async timeBlank(timeoutMs = 15000) {
    const origin = this.blankServer.origin;
    const context = await this.newContext(origin);
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/blank.html`, { waitUntil: 'load', timeout: timeoutMs });
      return await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return { loadMs: nav.loadEventEnd || nav.loadEventStart || performance.now() };
      });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /**
   * Time to interactive: `runs` loads of the pane and of the blank page, interleaved, each in a
   * fresh context; one unrecorded warm-up of each first. Stops early (and says so) at `deadline`.
   */
  async timeToInteractive({ runs, deadline }) {
    await this.timePane().catch(() => undefined);
    await this.timeBlank().catch(() => undefined);
    await this.timeFloor('fluent-floor').catch(() => undefined);
    await this.timeFloor('react-floor').catch(() => undefined);
    const pane = [];
    const blank = [];
    const floor = [];
    const reactFloor = [];
    const started = new Map();
    const loaded = new Map();
    const count = (map, files) => new Set(files).forEach((f) => map.set(f, (map.get(f) ?? 0) + 1));
    const failures = [];
    for (let i = 0; i < runs; i += 1) {
      if (Date.now() > deadline) {
        failures.push(`stopped after ${i} of ${runs} loads: the run's time limit was reached`);
        break;
      }
      const order = i % 2 === 0 ? ['pane', 'blank', 'floor', 'react'] : ['react', 'floor', 'blank', 'pane'];
      let paneMs;
      let blankMs;
      let floorMs;
      let reactMs;
      for (const which of order) {
        if (which === 'floor') {
          floorMs = (await this.timeFloor('fluent-floor')).interactiveMs;
          floor.push(floorMs);
          continue;
        }
        if (which === 'react') {
          reactMs = (await this.timeFloor('react-floor')).interactiveMs;
          reactFloor.push(reactMs);
          continue;
        }
        if (which === 'blank') {
          blankMs = (await this.timeBlank()).loadMs;
          blank.push(blankMs);
          continue;
        }
        try {
          const r = await this.timePane();
          paneMs = r.interactiveMs;
          pane.push(paneMs);
          count(started, r.started);
          count(loaded, r.loaded);
        } catch (error) {
          failures.push(error.message);
          if (failures.length >= 3) throw new Error(failures.join('\n'));
        }
      }
      this.log(
        `  load ${i + 1}/${runs}: pane ${paneMs === undefined ? 'FAILED' : `${fmt(paneMs)} ms`}, blank ${fmt(blankMs)} ms, Fluent floor ${fmt(floorMs)} ms, React floor ${fmt(reactMs)} ms`,
      );
    }
    if (pane.length === 0) throw new Error(failures.join('\n') || 'no pane load succeeded');
    const paneStats = stats(pane);
    const blankStats = stats(blank);
    return {
      runs: pane.length,
      pane: paneStats,
      blank: blankStats,
      // React + Fluent alone (bench/fluent-floor.tsx), same probe: what Fluent costs before our code.
      floor: stats(floor),
      // React alone (bench/react-floor.tsx), same probe: the least any React pane costs here.
      reactFloor: stats(reactFloor),
      ratio: blankStats.medianMs > 0 ? paneStats.medianMs / blankStats.medianMs : null,
      // Per file: in how many loads it was requested / fully received before the pane was interactive.
      startedBeforeInteractive: Object.fromEntries([...started.entries()].sort()),
      loadedBeforeInteractive: Object.fromEntries([...loaded.entries()].sort()),
      failures,
    };
  }

  /**
   * Office round trips, with the fake answering each call after `officeLatencyMs`: the async Office
   * calls (names ending in Async) the pane makes on open (until interactive and the call log has been
   * quiet for `quietMs`), while the form is filled, and for one insert (from the click on Insert
   * template until "Template inserted" is shown and the log is quiet again). A round trip is one
   * step of the longest chain of calls each made after the previous one was answered: calls that
   * overlap count once (roundTripDepth). The insert is timed from the click to "Template inserted".
   */
  async roundTrips({ quietMs = 1000, maxSettleMs = 5000, timeoutMs = 20000 } = {}) {
    const { context, page } = await this.openPane(timeoutMs, { latencyMs: this.officeLatencyMs });
    try {
      const timeline = () =>
        page.evaluate(() => (window.__fakeOutlook?.timeline ?? []).map((c) => ({ ...c })));
      const settle = async () => {
        const started = Date.now();
        let last = JSON.stringify(await timeline());
        let quietSince = Date.now();
        while (Date.now() - quietSince < quietMs && Date.now() - started < maxSettleMs) {
          await page.waitForTimeout(100);
          const now = JSON.stringify(await timeline());
          if (now !== last) {
            last = now;
            quietSince = Date.now();
          }
        }
        return JSON.parse(last);
      };
      const summary = (spans) => ({
        count: spans.length,
        roundTrips: roundTripDepth(spans),
        calls: spans.map((c) => c.api),
      });

      const onOpen = await settle();

      await choose(page, 'Reason for the change', 'No longer works for the company');
      await page.getByLabel('Account number', { exact: false }).first().fill('0001234567');
      await choose(page, 'Region', /^Europe/);
      const beforeClick = await settle();

      // Times the insert in the page: the click, and the first moment "Template inserted" shows.
      await page.evaluate(() => {
        window.__insertDone = undefined;
        document.addEventListener('click', () => (window.__insertClick ??= performance.now()), true);
        const observer = new MutationObserver(() => {
          if ((document.body.textContent ?? '').includes('Template inserted')) {
            window.__insertDone = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page.getByRole('button', { name: 'Insert template', exact: true }).click();
      const outcome = page
        .getByText('Template inserted', { exact: true })
        .or(page.getByText('Replace your subject?', { exact: true }))
        .or(page.getByText('Could not insert the template', { exact: true }));
      await outcome.first().waitFor({ state: 'visible', timeout: timeoutMs });
      let confirmedSubject = false;
      if (await page.getByText('Replace your subject?', { exact: true }).isVisible()) {
        confirmedSubject = true;
        await page.getByRole('button', { name: 'Replace', exact: true }).click();
      }
      if (await page.getByText('Could not insert the template', { exact: true }).isVisible()) {
        throw new Error('the insert failed: "Could not insert the template"');
      }
      await page
        .getByText('Template inserted', { exact: true })
        .first()
        .waitFor({ state: 'visible', timeout: timeoutMs });
      const insertMs = await page.evaluate(() => window.__insertDone - window.__insertClick);
      const afterInsert = await settle();

      const isAsync = (c) => /Async$/.test(c.api);
      return {
        latencyMs: this.officeLatencyMs,
        open: { ...summary(onOpen.filter(isAsync)), allCalls: onOpen.map((c) => c.api) },
        whileFilling: summary(beforeClick.slice(onOpen.length).filter(isAsync)),
        insert: {
          ...summary(afterInsert.slice(beforeClick.length).filter(isAsync)),
          ms: Math.round(insertMs * 10) / 10,
          confirmedSubject,
        },
      };
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  /** `runs` inserts, each in a fresh pane: the median insert time and round trips. */
  async insertRuns(runs) {
    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      const r = await this.roundTrips();
      samples.push(r);
      this.log(
        `  insert ${i + 1}/${runs}: ${r.insert.ms} ms, ${r.insert.count} calls, ${r.insert.roundTrips} round trips (open: ${r.open.roundTrips})`,
      );
    }
    const mid = samples.slice().sort((a, b) => a.insert.ms - b.insert.ms)[
      Math.floor((samples.length - 1) / 2)
    ];
    return {
      ...mid,
      insert: {
        ...mid.insert,
        medianMs: median(samples.map((s) => s.insert.ms)),
        samplesMs: samples.map((s) => s.insert.ms),
        roundTrips: Math.max(...samples.map((s) => s.insert.roundTrips)),
      },
      open: { ...mid.open, roundTrips: Math.max(...samples.map((s) => s.open.roundTrips)) },
      runs,
    };
  }
}

/**
 * Round trips in a call timeline ({ start, end } spans): the length of the longest chain of calls
 * in which each was made after the previous one had been answered. Calls running together count
 * once; a call never answered (end null) ends no chain.
 */
export function roundTripDepth(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const depth = [];
  let max = 0;
  sorted.forEach((c, i) => {
    let d = 1;
    for (let j = 0; j < i; j += 1) {
      const p = sorted[j];
      if (p.end !== null && p.end <= c.start) d = Math.max(d, depth[j] + 1);
    }
    depth.push(d);
    max = Math.max(max, d);
  });
  return max;
}

/**
 * Chooses `option` (text or RegExp) in the field labelled `label`, whatever control it is: a
 * native select, a radio group, or a combobox with a listbox.
 */
async function choose(page, label, option) {
  const control = page.getByLabel(label, { exact: false }).first();
  const tag = await control.evaluate((el) => el.tagName.toLowerCase()).catch(() => null);
  if (tag === 'select') {
    const value = await control.evaluate(
      (el, o) => {
        const test = o.re ? new RegExp(o.re) : null;
        const match = [...el.options].find((opt) =>
          test ? test.test(opt.text.trim()) : opt.text.trim() === o.text,
        );
        return match ? match.value : null;
      },
      option instanceof RegExp ? { re: option.source } : { text: option },
    );
    if (value === null) throw new Error(`no option ${option} in "${label}"`);
    await control.selectOption(value);
    return;
  }
  const radio = page.getByRole('radio', { name: option });
  if ((await radio.count()) > 0) {
    await radio.first().check();
    return;
  }
  const combo = page.getByRole('combobox', { name: label });
  await combo.first().click();
  await page.getByRole('option', { name: option }).first().click();
}

function fmt(ms) {
  return ms === undefined ? '-' : ms.toFixed(1);
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function stats(samples) {
  const round = (x) => Math.round(x * 10) / 10;
  return {
    medianMs: round(median(samples)),
    worstMs: round(Math.max(...samples)),
    bestMs: round(Math.min(...samples)),
    samplesMs: samples.map(round),
  };
}
