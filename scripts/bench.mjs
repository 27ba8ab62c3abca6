#!/usr/bin/env node
// `npm run bench`: measures the pane's performance budgets (see bench/README.md).
//
//   node scripts/bench.mjs                      production build (into a private temporary folder, so that
//                                               nothing else rebuilding dist/ meanwhile can disturb it), then
//                                               every figure; writes bench/out/results.json (untracked)
//   node scripts/bench.mjs --record             the same, and records the figures in the committed
//                                               bench/results.json and bench/README.md
//   node scripts/bench.mjs --bytes-only --check the byte figures of the existing dist/ only (no build, no
//                                               browser); exit 1 if a byte budget is missed (CI, npm test)
//   options:
//     --bytes-only   byte figures only, from the existing dist/ (no build, no browser, writes nothing)
//     --check        exit 1 when a byte budget is missed (timings never fail the run)
//     --no-build     full run against (a copy of) the existing dist/
//     --runs N       timed loads of the pane (default 15)
//     --dist DIR     measure another build folder (default dist/)
//     --out FILE     where the full run writes its results (default bench/out/results.json, gitignored)
//     --record       write the committed figures: bench/results.json and the block in bench/README.md
//     --no-write     write nothing
//     --dry-run      print where a run would write, and stop
//     --office-latency MS  how long the fake Outlook takes to answer each call in the round-trip
//                    figures (default 100, as on Outlook on the web; time to interactive uses 0)
//     --insert-runs N  inserts timed, each in a fresh pane (default 5)
//
// Exit codes: 0 done (and, with --check, byte budgets met); 1 a byte budget missed under --check,
// or a figure could not be measured; 2 bad usage or the build failed.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBytes, measureOfficeJsHelpers } from './bench-bytes.mjs';
import { evaluateBudgets, formatMarkdown, formatReport, replaceFigures } from './bench-report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// A run writes to an untracked file; only --record touches the committed figures.
const DEFAULT_OUT = path.join(ROOT, 'bench', 'out', 'results.json');
const RECORDED_OUT = path.join(ROOT, 'bench', 'results.json');
const RECORDED_README = path.join(ROOT, 'bench', 'README.md');
/** The whole full run stays under 3 minutes on 2 cores; the timed loads stop early if need be. */
const RUN_LIMIT_MS = 170_000;
const started = Date.now();

function parseArgs(argv) {
  const opts = {
    bytesOnly: false,
    check: false,
    build: true,
    runs: 15,
    dist: path.join(ROOT, 'dist'),
    out: DEFAULT_OUT,
    write: true,
    record: false,
    dryRun: false,
    officeLatencyMs: 100,
    insertRuns: 5,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    if (a === '--bytes-only') opts.bytesOnly = true;
    else if (a === '--check') opts.check = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--runs') {
      opts.runs = Number.parseInt(value(), 10);
      if (!(opts.runs >= 1)) usage('--runs needs a positive number');
    } else if (a === '--dist') opts.dist = path.resolve(value());
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a === '--no-write') opts.write = false;
    else if (a === '--record') opts.record = true;
    else if (a === '--dry-run') opts.dryRun = true;
    else if (a === '--office-latency') {
      opts.officeLatencyMs = Number(value());
      if (!(opts.officeLatencyMs >= 0)) usage('--office-latency needs a number of ms (0 or more)');
    } else if (a === '--insert-runs') {
      opts.insertRuns = Number.parseInt(value(), 10);
      if (!(opts.insertRuns >= 1)) usage('--insert-runs needs a positive number');
    } else if (a === '--help' || a === '-h') {
      console.log(
        'usage: node scripts/bench.mjs [--bytes-only] [--check] [--no-build] [--runs N] [--dist DIR] [--out FILE] [--record] [--no-write] [--dry-run] [--office-latency MS] [--insert-runs N]',
      );
      process.exit(0);
    } else usage(`unknown option ${a}`);
  }
  // The byte check runs right after the production build, into dist/: never rebuild there.
  if (opts.bytesOnly) opts.build = false;
  if (opts.record) opts.out = RECORDED_OUT;
  return opts;
}

function usage(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

const log = (line) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

/** The production build, into `outputPath` (a private folder: see main). */
function build(outputPath) {
  log(`production build: webpack --mode production --output-path ${outputPath}`);
  const local = path.join(ROOT, 'node_modules', '.bin', 'webpack');
  const flags = ['--mode', 'production', '--output-path', outputPath];
  const [cmd, args] = existsSync(local) ? [local, flags] : ['npx', ['webpack', ...flags]];
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n');
    console.error(output.slice(-40).join('\n'));
    console.error(`bench: the production build failed (exit ${r.status ?? r.signal}); nothing measured.`);
    process.exit(2);
  }
  const m = /compiled successfully in (\d+) ms/.exec(r.stdout ?? '');
  log(`built${m ? ` in ${m[1]} ms` : ''}`);
}

/** Runs scripts/bench-rules.* (another module's benchmark) and returns its JSON figures. */
function measureRules(timeoutMs) {
  const candidates = ['bench-rules.mjs', 'bench-rules.js', 'bench-rules.cjs'].map((f) =>
    path.join(ROOT, 'scripts', f),
  );
  const script = candidates.find((f) => existsSync(f));
  if (!script) return { available: false, reason: 'scripts/bench-rules.mjs does not exist (yet)' };
  log(`rule evaluation: node ${path.relative(ROOT, script)}`);
  const r = spawnSync(process.execPath, [script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: Math.max(5000, timeoutMs),
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.error || r.status !== 0) {
    const why = r.error?.code === 'ETIMEDOUT' ? 'timed out' : `exit ${r.status ?? r.signal}`;
    const tail = `${r.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ');
    return { available: false, reason: `${path.basename(script)} failed (${why})${tail ? `: ${tail}` : ''}` };
  }
  const text = (r.stdout ?? '').trim();
  const parse = (s) => {
    try {
      const v = JSON.parse(s);
      return v && typeof v === 'object' && !Array.isArray(v) ? v : null;
    } catch {
      return null;
    }
  };
  const json =
    parse(text) ??
    text
      .split('\n')
      .reverse()
      .map((line) => parse(line.trim()))
      .find(Boolean);
  if (!json) return { available: false, reason: `${path.basename(script)} printed no JSON object` };
  if (typeof json.typicalMs !== 'number' || typeof json.oneMbMs !== 'number')
    return {
      available: false,
      reason: `${path.basename(script)} printed no numeric typicalMs/oneMbMs`,
      output: json,
    };
  return { available: true, ...json };
}

/**
 * The first screen plus the on-demand chunks the pane had fully received before it was interactive
 * (in at least half of the loads): what it really loads before it is interactive.
 */
function bytesBeforeInteractive(bytes, tti) {
  const loaded = tti.loadedBeforeInteractive;
  const chunks = bytes.onDemand.files
    .filter((f) => (loaded[f.file] ?? 0) * 2 >= tti.runs)
    .map(({ file, raw, gzip }) => ({ file, raw, gzip }));
  const sum = (key) => bytes.firstScreen.total[key] + chunks.reduce((t, f) => t + f[key], 0);
  return { chunks, total: { raw: sum('raw'), gzip: sum('gzip') } };
}

function commitInfo() {
  const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const sha = git(['rev-parse', '--short', 'HEAD']);
  if (sha.status !== 0) return null;
  const status = git(['status', '--porcelain', '--untracked-files=no']);
  return { sha: sha.stdout.trim(), dirty: status.status === 0 ? status.stdout.trim().length > 0 : null };
}

function machine(chromium) {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model?.trim() ?? null,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium: chromium ?? null,
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.dryRun) {
    const rel = (f) => path.relative(ROOT, f);
    if (opts.bytesOnly || !opts.write) console.log('would write nothing');
    else console.log(`would write ${[rel(opts.out), ...(opts.record ? [rel(RECORDED_README)] : [])].join(' and ')}`);
    return;
  }
  const results = {
    schema: 1,
    date: new Date().toISOString(),
    mode: opts.bytesOnly ? 'bytes-only' : 'full',
    commit: commitInfo(),
    machine: machine(null),
  };
  const errors = {};

  // The full run measures a private build (or a private copy of --dist with --no-build), so that
  // a rebuild of dist/ by someone else meanwhile (npm test, a watcher) cannot change the files
  // under the browser. The byte check reads dist/ itself.
  let measured = opts.dist;
  if (!opts.bytesOnly) {
    measured = mkdtempSync(path.join(os.tmpdir(), 'pcr-bench-dist-'));
    process.on('exit', () => rmSync(measured, { recursive: true, force: true }));
    if (opts.build) build(measured);
    else if (existsSync(opts.dist)) cpSync(opts.dist, measured, { recursive: true });
  }
  try {
    results.bytes = measureBytes(measured);
    const missing = results.bytes.firstScreen.files.filter((f) => f.missing);
    if (missing.length)
      throw new Error(
        `taskpane.html loads ${missing.map((f) => f.file).join(', ')}, which the build lacks (was dist/ rebuilt meanwhile? run again)`,
      );
  } catch (error) {
    console.error(`bench: ${error.message}`);
    process.exit(opts.bytesOnly ? 1 : 2);
  }
  try {
    results.bytes.officeJsHelpers = await measureOfficeJsHelpers(ROOT);
  } catch (error) {
    results.bytes.officeJsHelpers = { error: error.message.split('\n')[0] };
  }

  if (!opts.bytesOnly) {
    const { BrowserBench } = await import('./bench-browser.mjs');
    const bench = new BrowserBench({
      root: ROOT,
      dist: measured,
      log,
      officeLatencyMs: opts.officeLatencyMs,
    });
    try {
      log('starting the server and headless Chromium');
      await bench.start();
      results.machine.chromium = bench.chromiumVersion;
      log(`time to interactive: ${opts.runs} loads of the pane and of a blank page`);
      try {
        results.tti = await bench.timeToInteractive({
          runs: opts.runs,
          deadline: started + RUN_LIMIT_MS - 35_000,
        });
        results.tti.bytesBeforeInteractive = bytesBeforeInteractive(results.bytes, results.tti);
      } catch (error) {
        errors.tti = error.message;
      }
      log(
        `Office round trips at ${opts.officeLatencyMs} ms per call: open, fill the form, insert (${opts.insertRuns} fresh panes)`,
      );
      try {
        results.roundTrips = await bench.insertRuns(opts.insertRuns);
      } catch (error) {
        errors.roundTrips = error.message.split('\n')[0];
      }
    } catch (error) {
      errors.browser = error.message.split('\n')[0];
      errors.tti ??= errors.browser;
      errors.roundTrips ??= errors.browser;
    } finally {
      await bench.stop();
    }
    results.rules = measureRules(Math.min(60_000, started + RUN_LIMIT_MS - Date.now()));
    if (results.rules.available === false && existsSync(path.join(ROOT, 'scripts', 'bench-rules.mjs')))
      errors.rules = results.rules.reason;
  }

  const budgets = evaluateBudgets(results, { bytesOnly: opts.bytesOnly });
  results.budgets = budgets.map(({ id, label, unit, limit, stretch, value, met, margin, verdict }) => ({
    id,
    label,
    unit,
    limit: limit ?? null,
    ...(stretch !== undefined ? { stretch } : {}),
    value,
    met,
    margin,
    verdict,
  }));
  if (Object.keys(errors).length) results.errors = errors;
  results.machine.loadAverageAtEnd = machine(null).loadAverage;
  results.durationMs = Date.now() - started;

  console.log(`\n${formatReport(results, budgets)}`);
  console.log(
    `\n(${opts.bytesOnly ? 'bytes only, ' : ''}${(results.durationMs / 1000).toFixed(1)} s; 1 KB = 1024 bytes)`,
  );

  if (!opts.bytesOnly && opts.write) {
    // A run that could not measure everything does not replace the recorded figures.
    const out = Object.keys(errors).length ? opts.out.replace(/\.json$/, '.partial.tmp') : opts.out;
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`results written to ${path.relative(process.cwd(), out) || out}`);
    // The recorded figures also go into bench/README.md (its marked block), so the two agree.
    if (opts.record && out === RECORDED_OUT) {
      const readme = RECORDED_README;
      const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '# Benchmark\n';
      writeFileSync(readme, replaceFigures(text, formatMarkdown(results, budgets)));
      console.log('figures written to bench/README.md');
    }
  }

  const missedBytes = budgets.filter((b) => b.bytes && b.met === false);
  if (Object.keys(errors).length) {
    for (const [what, why] of Object.entries(errors)) console.error(`bench: ${what} not measured: ${why}`);
    process.exit(1);
  }
  if (opts.check && missedBytes.length) {
    console.error(
      `bench --check: byte budget missed: ${missedBytes.map((b) => `${b.label} (${b.verdict})`).join('; ')}`,
    );
    process.exit(1);
  }
  if (opts.check) console.log('byte budgets: met');
}

main().catch((error) => {
  console.error(error?.stack ?? String(error));
  process.exit(1);
});
