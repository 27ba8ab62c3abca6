// Runs once before the e2e suites: the production build (skipped with E2E_SKIP_BUILD=1 when dist/
// exists) and the fake office.js bundle, written to a temp file whose path the suites read.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildFakeOfficeScript } from '../fake-outlook/build';
import { DIST, FAKE_OFFICE_JS_ENV, ROOT } from './harness';

export default async function globalSetup(): Promise<void> {
  const built = fs.existsSync(path.join(DIST, 'taskpane.html'));
  if (process.env.E2E_SKIP_BUILD === '1' && built) {
    console.log('\n[e2e] E2E_SKIP_BUILD=1: using the existing dist/');
  } else {
    console.log('\n[e2e] building the add-in: npx webpack --mode production');
    const run = spawnSync('npx', ['webpack', '--mode', 'production'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: process.env,
    });
    if (run.status !== 0)
      throw new Error(`[e2e] the production build failed (exit ${run.status ?? run.signal})`);
  }
  removeStaleBundles();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-e2e-'));
  const file = path.join(dir, 'fake-office.js');
  fs.writeFileSync(file, await buildFakeOfficeScript());
  process.env[FAKE_OFFICE_JS_ENV] = file;
}

/** Temp dirs of earlier runs (older than an hour); there is no global teardown to remove them. */
function removeStaleBundles(): void {
  const tmp = os.tmpdir();
  for (const name of fs.readdirSync(tmp)) {
    if (!name.startsWith('pcr-e2e-')) continue;
    const dir = path.join(tmp, name);
    try {
      if (Date.now() - fs.statSync(dir).mtimeMs > 3_600_000) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // another run's directory, or already gone
    }
  }
}
