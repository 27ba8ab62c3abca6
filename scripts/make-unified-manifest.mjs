#!/usr/bin/env node
// Writes manifest.json (the unified Microsoft 365 app manifest) from manifest.xml, the one source of
// truth (see scripts/unified-manifest.js). The build does the same for dist/ with ADDIN_BASE_URL.
//
//   npm run manifest              writes manifest.json
//   npm run manifest -- --check   exits 1 if the committed manifest.json differs from manifest.xml's
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { unifiedFromXml, formatUnified } = require('./unified-manifest.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'manifest.xml');
const target = path.join(root, 'manifest.json');

const text = formatUnified(unifiedFromXml(readFileSync(source, 'utf8')));
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    console.error('manifest.json differs from what manifest.xml gives; run: npm run manifest');
    process.exit(1);
  }
  console.log('manifest.json matches manifest.xml');
} else {
  writeFileSync(target, text);
  console.log('wrote manifest.json from manifest.xml');
}
