#!/usr/bin/env node
// Lists the licence of every production dependency (what ships to users) and fails on a licence
// that is missing or not on the permissive allow-list.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ALLOWED = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'CC0-1.0', 'Unlicense', 'BlueOak-1.0.0', 'Python-2.0']);

const dirs = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  .split('\n')
  .filter((d) => d.includes('node_modules'));

const seen = new Map();
let bad = 0;
for (const dir of new Set(dirs)) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const licence = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '');
  const ids = licence.replace(/[()]/g, '').split(/\s+OR\s+/);
  const ok = ids.some((id) => ALLOWED.has(id.trim()));
  seen.set(`${pkg.name}@${pkg.version}`, licence || '(none)');
  if (!ok) {
    bad++;
    console.error(`not allowed: ${pkg.name}@${pkg.version} — ${licence || 'no licence field'}`);
  }
}
const counts = {};
for (const l of seen.values()) counts[l] = (counts[l] ?? 0) + 1;
console.log(`production dependencies: ${seen.size} packages; licences: ${Object.entries(counts).map(([l, n]) => `${l} ×${n}`).join(', ')}`);
process.exit(bad === 0 ? 0 : 1);
