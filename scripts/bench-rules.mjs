#!/usr/bin/env node
// Times the compliance engine: evaluate() — which lays the body out into lines, reads the signature
// once and runs every rule — with the full domain knowledge (free-mail list + public-suffix list),
// on a typical compose body and on ~1 MB HTML bodies, with the parser each runtime uses:
//   handler: node, htmlparser2's events (what the send-time handler runs);
//   pane:    headless Chromium, the pane's parser (src/taskpane/engine-env/dom-parse-html.ts: the
//            browser's DOMParser and a walk over its document, or htmlparser2's events for a body
//            of 64 KB or more, loaded as the pane loads it when it reads such a body), the engine
//            bundled for the browser and loaded into a blank page.
// Each evaluation parses the body afresh (no memo), as the first evaluation of a new body does.
// Prints JSON to stdout:
//   { "typicalMs", "oneMbMs": <the worse of the two runtimes' medians>, "handler": {...}, "pane": {...}, ... }
// oneMb* is the worst case: 1 MB of dense Word markup with no quoted thread and the signature at
// the very end, so everything must be parsed and laid out. oneMbQuotedThread* is a reply whose
// 1 MB is the quoted thread (parsing stops at appendonsend); oneMbImage* a pasted 1 MB image.
// pane.oneMbParseMs is DOMParser alone on the 1 MB body, for comparison: what reading a large
// body with DOMParser would cost before any line is laid out. Budget: the rules on a 1 MB body in ≤ 20 ms, in each runtime.
//
//   node scripts/bench-rules.mjs [--runs N] [--no-browser]
//
// Chromium: /usr/bin/chromium or CHROMIUM_PATH (scripts/chromium.js); without it the pane's figures
// say why they are missing and oneMbMs is the handler's. Nothing leaves the machine: the page is
// blank and every request from it is refused.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { bundleEngine, importEngine } from './bundle-engine.mjs';

const require = createRequire(import.meta.url);
const { CHROMIUM_PATH, CHROMIUM_ARGS } = require('./chromium.js');

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg !== -1 ? Math.max(3, Number(process.argv[runsArg + 1]) || 0) : 41;
const BROWSER = !process.argv.includes('--no-browser');

const ENTRY = `
import { evaluate } from './src/compliance/rules/evaluate';
import { readSignature } from './src/compliance/mail/signature';
import { loadFullDomainKnowledge } from './src/compliance/knowledge/domain-data';
import { OWA_REPLY_ANALYST, OWA_NEW } from './test/fixtures/bodies';
import { input } from './test/fixtures/inputs';
export { evaluate, readSignature, loadFullDomainKnowledge, OWA_REPLY_ANALYST, OWA_NEW, input };
`;
const NODE_ENTRY = `${ENTRY}
export { parseHtmlWithHtmlparser2 as parseHtml } from './src/compliance/mail/parse-html-htmlparser2';
`;
const BROWSER_ENTRY = `${ENTRY}
export { domParseHtml as parseHtml, readyForBody } from './src/taskpane/engine-env/dom-parse-html';
`;

/** The bodies (built here, handed to the page as they are). */
function makeBodies({ owaReply, owaNew }) {
  // ~1 MB of Word-style HTML (a long pasted report) with no quoted thread, so the whole body must
  // be laid out, and the user's signature at the very end: the engine's worst case.
  const para = (i) =>
    `<p class=MsoNormal><span style='font-size:11.0pt;font-family:"Calibri",sans-serif;color:#1F497D'>Line ${i}: licence ` +
    `entitlement for product &quot;IBM SPSS Statistics&quot; &amp; support renewal, quantity ${i % 97}.<o:p></o:p></span></p>\n`;
  const row = (i) =>
    `<tr><td style='padding:0cm 5.4pt'><p class=MsoNormal>${i}</p></td><td><p class=MsoNormal>Part D${i}LL</p></td></tr>\n`;
  let big = '<html><head><style>p.MsoNormal{margin:0cm}</style></head><body><div class=WordSection1>';
  for (let i = 0; big.length < 1_000_000; i++) big += i % 10 === 0 ? `<table>${row(i)}${row(i + 1)}</table>` : para(i);
  big +=
    '<p class=MsoNormal><a name="_MailAutoSig">Kind regards</a></p><p class=MsoNormal>Jane Doe</p><p class=MsoNormal>IT Manager</p></div></body></html>';
  // The same size as a reply: a short message, the signature, then a ~1 MB quoted thread.
  const thread = owaReply.replace('</body>', `<div>${big}</div></body>`);
  // The same size as a message with a pasted screenshot (a ~1 MB data: URI) above the signature.
  const image = owaNew.replace(
    '<div id="Signature">',
    `<div><img src="data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(41_600)}" width="600"></div><div id="Signature">`,
  );
  return { typical: owaReply, oneMb: big, oneMbThread: thread, oneMbImage: image };
}

/**
 * Times evaluate() on each body (this function runs in node and, sent as text, in the page).
 * `engine` is the bundled entry; `cpu` gives this process's CPU milliseconds, when it can.
 */
async function timeEngine(engine, bodies, runs, cpu) {
  const env = { parseHtml: engine.parseHtml, domains: await engine.loadFullDomainKnowledge() };
  const cases = {};
  for (const [k, content] of Object.entries(bodies)) cases[k] = engine.input({ body: { type: 'html', content } });
  // Sanity: the benchmark measures a real evaluation (the 1 MB body's signature is found).
  const sig = engine.readSignature(cases.oneMb.body, env.parseHtml);
  if (sig.title !== 'IT Manager') throw new Error(`benchmark body not read as expected: ${JSON.stringify(sig)}`);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // Wall-clock time (what the user waits) and, where there is one, the CPU time (less sensitive to
  // other processes competing for the machine's cores).
  const time = (f, n) => {
    for (let i = 0; i < 5; i++) f(); // warm up the JIT
    const ms = [];
    const used = [];
    for (let i = 0; i < n; i++) {
      const c0 = cpu?.();
      const t0 = performance.now();
      f();
      ms.push(performance.now() - t0);
      if (c0 !== undefined) used.push(cpu() - c0);
    }
    return { median: median(ms), worst: Math.max(...ms), cpu: used.length > 0 ? median(used) : undefined };
  };
  const run = (c) => () => engine.evaluate(c, env);
  const out = {
    typical: time(run(cases.typical), runs * 5),
    oneMb: time(run(cases.oneMb), runs),
    oneMbThread: time(run(cases.oneMbThread), runs),
    oneMbImage: time(run(cases.oneMbImage), runs),
  };
  if (typeof DOMParser === 'function')
    out.oneMbParse = time(() => new DOMParser().parseFromString(bodies.oneMb, 'text/html'), runs);
  return out;
}

const round = (x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : undefined);

function figures(t) {
  const out = {
    typicalMs: round(t.typical.median),
    oneMbMs: round(t.oneMb.median),
    oneMbWorstMs: round(t.oneMb.worst),
    oneMbCpuMs: round(t.oneMb.cpu),
    oneMbQuotedThreadMs: round(t.oneMbThread.median),
    oneMbImageMs: round(t.oneMbImage.median),
    oneMbImageCpuMs: round(t.oneMbImage.cpu),
  };
  if (t.oneMbParse) out.oneMbParseMs = round(t.oneMbParse.median);
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** The pane's figures: the engine bundled for the browser, run in a blank page of headless Chromium. */
async function measurePane(bodies) {
  let browser;
  try {
    const { chromium } = await import('playwright-core');
    const code = await bundleEngine(BROWSER_ENTRY, { platform: 'browser', globalName: 'benchEngine' });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort('blockedbyclient'));
    await page.setContent('<!doctype html><html lang="en"><head><title>rules</title></head><body></body></html>');
    await page.addScriptTag({ content: code });
    const timed = await page.evaluate(
      async ({ timeEngineSource, bodies: b, runs }) => {
        // As the pane does when it reads a body: a large one gets its reader (htmlparser2) first.
        for (const body of Object.values(b)) if (typeof body === 'string') await globalThis.benchEngine.readyForBody(body);
        // The timing function, sent as text: both runtimes run the same code.
        const timeFn = new Function(`return (${timeEngineSource})`)();
        return timeFn(globalThis.benchEngine, b, runs, undefined);
      },
      { timeEngineSource: timeEngine.toString(), bodies, runs: RUNS },
    );
    return { ...figures(timed), chromium: browser.version() };
  } catch (error) {
    return { available: false, reason: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await browser?.close().catch(() => undefined);
  }
}

const engine = await importEngine(NODE_ENTRY);
const bodies = makeBodies({ owaReply: engine.OWA_REPLY_ANALYST.content, owaNew: engine.OWA_NEW.content });
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const handler = figures(await timeEngine(engine, bodies, RUNS, cpu));
const pane = BROWSER ? await measurePane(bodies) : { available: false, reason: '--no-browser' };
const paneMs = pane.available === false ? undefined : pane.oneMbMs;
const result = {
  typicalMs: handler.typicalMs,
  oneMbMs: paneMs === undefined ? handler.oneMbMs : Math.max(handler.oneMbMs, paneMs),
  oneMbHandlerMs: handler.oneMbMs,
  oneMbPaneMs: paneMs,
  handler,
  pane,
  typicalBytes: bodies.typical.length,
  oneMbBytes: bodies.oneMb.length,
  loadAverage1m: round(loadavg()[0]),
  runs: RUNS,
  targetOneMbMs: 20,
  node: process.version,
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
