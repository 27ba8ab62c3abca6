#!/usr/bin/env node
// `npm test`: every check the project has, in the order a failure is cheapest to find, and one
// closing line "N passed, N failed" with the real totals. Each jest test counts once; each other
// check (lint, typecheck, build, manifest validation, licences, byte budgets) counts once.
// Every stage runs even when an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

// The browser tests drive Debian's chromium (a browser download cannot work offline). On a fresh
// Debian machine, as root, install it; elsewhere say how.
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests (apt-get)');
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
  } else {
    console.log(`No Chromium at ${chromium}: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}
let passed = 0;
let failed = 0;
const lines = [];

function run(label, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${[path.basename(command), ...args].join(' ')}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: r.status === 0, seconds };
}

function check(label, command, args, env) {
  const { ok, seconds } = run(label, command, args, env);
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? 'ok  ' : 'FAIL'} ${label} (${seconds}s)`);
  return ok;
}

function jestSuite(label, args, env) {
  const out = path.join(results, `${label}.json`);
  const { ok, seconds } = run(label, bin('jest'), [...args, '--json', `--outputFile=${out}`], env);
  if (!existsSync(out)) {
    failed++;
    lines.push(`FAIL ${label}: jest produced no results (${seconds}s)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const p = report.numPassedTests;
  // A suite that fails to load has no failed tests but is a failure all the same.
  const f = report.numFailedTests + report.numRuntimeErrorTestSuites;
  passed += p;
  failed += f;
  if (!ok && f === 0) failed++;
  lines.push(`${f === 0 && ok ? 'ok  ' : 'FAIL'} ${label}: ${p} passed, ${f} failed (${seconds}s)`);
}

check('lint', bin('eslint'), ['.', '--max-warnings=0']);
check('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
check('typecheck compliance without DOM or Office', bin('tsc'), ['--noEmit', '-p', 'src/compliance/tsconfig.json']);
jestSuite('unit and component tests', []);
const built = check('production build', bin('webpack'), ['--mode', 'production']);
check('manifest validation', process.execPath, ['scripts/validate-manifest.mjs', '--require-schemas']);
check('production licences', process.execPath, ['scripts/check-licenses.mjs']);
if (built) {
  check('byte budgets', process.execPath, ['scripts/bench.mjs', '--bytes-only', '--check']);
  jestSuite('end-to-end tests', ['--config', 'jest.e2e.config.js', '--runInBand'], { E2E_SKIP_BUILD: '1' });
} else {
  failed += 2;
  lines.push('FAIL byte budgets and end-to-end tests: skipped, the build failed');
}

console.log('\nSummary');
for (const line of lines) console.log(`  ${line}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
