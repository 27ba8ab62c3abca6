#!/usr/bin/env node
// npm run validate [-- file ...] [--require-schemas] [--quiet]
//
// Validates manifest.xml (and dist/manifest.xml when it exists) against the Office add-in XSDs
// in schemas/office-manifest (override with MANIFEST_SCHEMAS=dir), offline, with
// xmllint-wasm; then runs the checks the XSD cannot express (scripts/manifest-checks.js).
// Exit status: 0 all passed, 1 something failed (or schemas missing with --require-schemas).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const {
  checkManifest,
  formatResult,
  findSchemasDir,
  schemasAvailable,
  MAIN_SCHEMA,
} = require('./manifest-checks.js');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => !['--require-schemas', '--quiet', '--help'].includes(f));
  if (flags.has('--help') || unknown.length) {
    console.log('usage: node scripts/validate-manifest.mjs [file ...] [--require-schemas] [--quiet]');
    console.log('  default files: manifest.xml, and dist/manifest.xml if it exists');
    console.log(`  schemas: $MANIFEST_SCHEMAS or schemas/office-manifest (entry ${MAIN_SCHEMA})`);
    return unknown.length ? 2 : 0;
  }
  const quiet = flags.has('--quiet');
  let files = argv.filter((a) => !a.startsWith('--')).map((f) => path.resolve(f));
  if (!files.length) {
    files = [path.join(repoRoot, 'manifest.xml')];
    const built = path.join(repoRoot, 'dist', 'manifest.xml');
    if (existsSync(built)) files.push(built);
  }

  const schemasDir = findSchemasDir(repoRoot);
  const haveSchemas = schemasAvailable(schemasDir);
  if (!haveSchemas) {
    const bar = '!'.repeat(78);
    console.error(bar);
    console.error(`!! Manifest schemas NOT FOUND: ${path.join(schemasDir, MAIN_SCHEMA)}`);
    console.error('!! Only well-formedness, a structural check and the extra checks run below;');
    console.error('!! the manifest is NOT validated against the XSD.');
    console.error('!! The repository keeps them in schemas/office-manifest (restore that folder),');
    console.error('!! or set MANIFEST_SCHEMAS to another folder of the same schemas.');
    console.error(bar);
  }

  let failures = 0;
  for (const file of files) {
    const rel = path.relative(process.cwd(), file) || file;
    if (!existsSync(file)) {
      console.error(`${rel}: file not found`);
      failures++;
      continue;
    }
    // A built manifest sits beside the files it names; the source manifest's icons are in assets/.
    const inDist = path.basename(path.dirname(file)) === 'dist';
    const result = await checkManifest(file, {
      schemasDir: haveSchemas ? schemasDir : null,
      localRoot: path.dirname(file),
      hostedFiles: inDist,
    });
    result.file = rel;
    const lines = formatResult(result, { verbose: !quiet });
    (result.ok ? console.log : console.error)(lines.join('\n'));
    if (inDist) {
      const source = path.join(repoRoot, 'manifest.xml');
      if (existsSync(source) && statSync(source).mtimeMs > statSync(file).mtimeMs) {
        console.log(`  note: ${rel} is older than manifest.xml; run \`npm run build\` to refresh it`);
      }
    }
    if (!result.ok) failures++;
  }

  if (failures) {
    console.error(`${failures} of ${files.length} manifest(s) failed validation.`);
    return 1;
  }
  if (!haveSchemas) {
    if (flags.has('--require-schemas')) {
      console.error('FAILED: --require-schemas was given and the schemas are missing.');
      return 1;
    }
    console.error('NOTICE: passed WITHOUT XSD validation (schemas missing); see the message above.');
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  },
);
