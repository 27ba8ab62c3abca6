// Bundles the fake office.js (browser-entry.ts + test/doubles/fake-office.ts) into one IIFE script
// that the e2e harness serves for https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
import * as path from 'node:path';
import { build } from 'esbuild';

export const FAKE_OFFICE_ENTRY = path.join(__dirname, 'browser-entry.ts');

export async function buildFakeOfficeScript(): Promise<string> {
  const result = await build({
    entryPoints: [FAKE_OFFICE_ENTRY],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'es2019',
    sourcemap: 'inline',
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the fake office.js');
  return file.text;
}
