#!/usr/bin/env node
// `ADDIN_BASE_URL=https://addins.example.com/pcc npm run package`: the production build for that
// URL, the deploy-time check (`npm run validate -- --production`: no localhost, https only), then
// the app package for the Microsoft 365 admin center: release/primary-contact-request-<version>.zip
// (manifest.json + its colour and outline icons). Upload dist/ to that URL; upload the zip (or
// dist/manifest.xml) in the admin center.
//
//   --no-build   package the existing dist/ (it must have been built for ADDIN_BASE_URL)
//   --dist DIR   the build folder (default dist/)
//   --out FILE   where the zip goes (default release/primary-contact-request-<version>.zip)
//
// Exit status: 0 the zip was written; 1 refused (no ADDIN_BASE_URL, failed build or check); 2 bad usage.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { makeAppPackage, packageEntries } = require('./app-package.js');
const { normalizeBaseUrl } = require('./manifest-plugin.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

function fail(sentence, code = 1) {
  console.error(`package: ${sentence}`);
  process.exit(code);
}

const opts = {
  build: true,
  dist: path.join(root, 'dist'),
  out: path.join(root, 'release', `primary-contact-request-${version}.zip`),
};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--no-build') opts.build = false;
  else if (a === '--dist' && argv[i + 1]) opts.dist = path.resolve(argv[++i]);
  else if (a === '--out' && argv[i + 1]) opts.out = path.resolve(argv[++i]);
  else fail(`unknown option ${a} (options: --no-build, --dist DIR, --out FILE)`, 2);
}

const base = (process.env.ADDIN_BASE_URL || '').trim();
if (!base)
  fail(
    'set ADDIN_BASE_URL to the https folder you will upload dist/ to, e.g. ADDIN_BASE_URL=https://addins.example.com/pcc npm run package',
  );

if (opts.build) {
  console.log(`Building for ${base}`);
  const webpack = path.join(root, 'node_modules', '.bin', 'webpack');
  const r = spawnSync(webpack, ['--mode', 'production', '--output-path', opts.dist], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) fail('the production build failed (see above); nothing was packaged.');
}

// The build must be for this URL: a dist/ left over from another build would point elsewhere.
let wanted;
try {
  wanted = `${normalizeBaseUrl(base)}/`;
} catch (e) {
  fail(e.message);
}
let pane;
try {
  pane = JSON.parse(readFileSync(path.join(opts.dist, 'manifest.json'), 'utf8')).extensions[0].runtimes[0]
    .code.page;
} catch {
  fail(`${opts.dist} has no readable manifest.json; run without --no-build.`);
}
if (!String(pane).startsWith(wanted))
  fail(
    `${opts.dist}/manifest.json was built for ${String(pane).replace(/[^/]*$/, '')}, not ${wanted}; run without --no-build.`,
  );

const check = spawnSync(
  process.execPath,
  [
    path.join(root, 'scripts', 'validate-manifest.mjs'),
    '--production',
    '--quiet',
    path.join(opts.dist, 'manifest.xml'),
    path.join(opts.dist, 'manifest.json'),
  ],
  { cwd: root, stdio: 'inherit' },
);
if (check.status !== 0) fail('the deploy-time check failed (see above); nothing was packaged.');

const bytes = makeAppPackage(opts.dist);
mkdirSync(path.dirname(opts.out), { recursive: true });
writeFileSync(opts.out, bytes);
const names = packageEntries(opts.dist)
  .map((e) => e.name)
  .join(', ');
console.log(`wrote ${path.relative(process.cwd(), opts.out) || opts.out} (${bytes.length} bytes: ${names})`);
console.log(
  `Next: upload ${path.relative(process.cwd(), opts.dist) || opts.dist}/ to ${base}, then upload the zip in the Microsoft 365 admin center.`,
);
