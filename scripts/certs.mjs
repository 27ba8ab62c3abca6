#!/usr/bin/env node
// `npm run certs`: installs the https certificate for https://localhost (office-addin-dev-certs),
// then checks that its certificate authority really is trusted. office-addin-dev-certs reports a
// failed install (e.g. no sudo on Linux) but still exits 0; this wrapper says so and exits 1.
//
// Exit status: 0 trusted, 1 the CA is not trusted (the reason and what to do are printed).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const LINUX_HELP = [
  'On Linux, office-addin-dev-certs installs the CA with sudo into the system store, which browsers',
  'may not read. Either trust it by hand: import ~/.office-addin-dev-certs/ca.crt in your browser',
  '(Chromium/Chrome: Settings > Privacy and security > Security > Manage certificates > Authorities),',
  'or, as root: cp ~/.office-addin-dev-certs/ca.crt /usr/local/share/ca-certificates/office-addin-dev-certs.crt',
  '&& update-ca-certificates; or skip https: `npm start` serves the pane in preview mode over http.',
];

/** Runs the installer; returns { status, output }. Output is also shown as it was printed. */
function runInstaller() {
  const cli = path.join(path.dirname(require.resolve('office-addin-dev-certs/package.json')), 'cli.js');
  const r = spawnSync(process.execPath, [cli, 'install'], { encoding: 'utf8', env: process.env });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, error: r.error };
}

/** True when the CA is installed and trusted, as office-addin-dev-certs itself verifies it. */
function caTrusted() {
  try {
    const { isCaCertificateInstalled } = require('office-addin-dev-certs');
    return isCaCertificateInstalled() === true;
  } catch {
    return false;
  }
}

const installed = runInstaller();
const failedText = /Unable to install|Unable to verify|not supported/i.test(installed.output);
if (installed.error || installed.status !== 0 || failedText || !caTrusted()) {
  console.error(
    '\nThe https certificate authority could NOT be installed, so Outlook and browsers will not trust https://localhost:3000.',
  );
  if (process.platform === 'linux') for (const line of LINUX_HELP) console.error(line);
  process.exit(1);
}
console.log('The https certificate authority is installed and trusted.');
