// The app package the Microsoft 365 admin center takes for the unified manifest: a zip with
// manifest.json at its root and the colour and outline icons at the relative paths it names.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { zipSync } = require('fflate');

// A fixed date for every entry: the same dist/ always gives the same bytes.
const ENTRY_TIME = new Date('2000-01-01T00:00:00Z');

/** The files of the package: [{ name, file }] for dist/manifest.json and the icons it names. */
function packageEntries(distDir) {
  const manifestFile = path.join(distDir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${manifestFile} does not exist; build first`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const entries = [{ name: 'manifest.json', file: manifestFile }];
  for (const kind of ['color', 'outline']) {
    const rel = manifest.icons && manifest.icons[kind];
    if (typeof rel !== 'string' || rel.startsWith('/') || rel.split('/').includes('..'))
      throw new Error(`manifest.json icons.${kind} must be a relative path inside the package`);
    const file = path.join(distDir, rel);
    if (!fs.existsSync(file))
      throw new Error(`manifest.json names icons.${kind} "${rel}", which is not in ${distDir}`);
    entries.push({ name: rel, file });
  }
  return entries;
}

/** The zip's bytes for a built dist/ folder. */
function makeAppPackage(distDir) {
  const files = {};
  for (const { name, file } of packageEntries(distDir))
    files[name] = [fs.readFileSync(file), { mtime: ENTRY_TIME }];
  return Buffer.from(zipSync(files, { level: 9 }));
}

module.exports = { makeAppPackage, packageEntries };
