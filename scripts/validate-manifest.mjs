#!/usr/bin/env node
// npm run validate [-- file ...] [--production] [--organization file] [--base dir]
//                   [--require-schemas] [--quiet]
//
// With no file: manifest.xml, manifest.json and schemas/organization.example.json, plus
// dist/manifest.xml and dist/manifest.json when they exist. A .xml file is an add-in (XML)
// manifest: validated against the Office add-in XSDs in schemas/office-manifest (override with
// MANIFEST_SCHEMAS=dir), offline, with xmllint-wasm, then the checks the XSD cannot express
// (scripts/manifest-checks.js). A .json file with a manifestVersion is a unified manifest:
// validated against Microsoft's JSON schema for that version, offline (@microsoft/app-manifest),
// plus its icons. Any other .json file is an organization.json (schemas/organization.schema.json).
//
// Icons and other relative paths: an XML manifest's icon URLs (their path after the add-in's base
// URL, e.g. assets/icon-64.png) and a unified manifest's icon paths are looked up under the folder
// given by --base; without it, under the folder that holds the manifest (the repository root for
// manifest.xml, dist/ for the built one). Check a manifest copied elsewhere with --base pointing
// at the folder its files are served from.
//
//   --production         the deploy-time check: dist/manifest.xml and dist/manifest.json (or the
//                        files given) must exist and name no localhost and no http URL
//   --organization FILE  check an administrator's organization.json (may be repeated)
//   --base DIR           resolve icon paths under DIR (see above)
//
// Exit status: 0 all passed, 1 something failed (or schemas missing with --require-schemas),
// 2 bad usage.
import { existsSync, readFileSync, statSync } from 'node:fs';
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
const {
  checkUnifiedManifest,
  checkOrganizationText,
  productionUrlProblems,
  urlsInJson,
  urlsInXml,
} = require('./json-checks.js');
const { unifiedFromXml, formatUnified } = require('./unified-manifest.js');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = [
  'usage: npm run validate -- [file ...] [--production] [--organization FILE] [--base DIR] [--require-schemas] [--quiet]',
  '  default files: manifest.xml, manifest.json, schemas/organization.example.json, and dist/manifest.{xml,json} if built',
  '  --production: the built dist/manifest.xml and dist/manifest.json must name no localhost and no http URL',
  '  --organization FILE: check an organization.json',
  '  --base DIR: look icons up under DIR; without it, beside each manifest (for XML, the path of each',
  '    icon URL after the add-in base URL: https://host/pcc/assets/icon-64.png -> DIR/assets/icon-64.png)',
  `  XML schemas: $MANIFEST_SCHEMAS or schemas/office-manifest (entry ${MAIN_SCHEMA})`,
];

/** Options from the command line; throws a sentence on bad usage. */
export function parseArgs(argv) {
  const opts = {
    files: [],
    organizations: [],
    base: null,
    production: false,
    quiet: false,
    requireSchemas: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--production') opts.production = true;
    else if (a === '--quiet') opts.quiet = true;
    else if (a === '--require-schemas') opts.requireSchemas = true;
    else if (a === '--help' || a === '-h') opts.help = true;
    else if (a === '--organization') opts.organizations.push(path.resolve(value()));
    else if (a.startsWith('--organization=')) opts.organizations.push(path.resolve(a.slice(15)));
    else if (a === '--base') opts.base = path.resolve(value());
    else if (a.startsWith('--base=')) opts.base = path.resolve(a.slice(7));
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.files.push(path.resolve(a));
  }
  return opts;
}

/** What a file is: 'xml' manifest, 'unified' manifest or 'organization' settings. */
function kindOf(file) {
  if (/\.xml$/i.test(file)) return 'xml';
  try {
    const value = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    if (value && typeof value === 'object' && 'manifestVersion' in value) return 'unified';
  } catch {
    // not JSON: reported by the organization check
  }
  return 'organization';
}

async function checkXml(file, rel, opts, schemas) {
  const inDist = path.basename(path.dirname(file)) === 'dist';
  const result = await checkManifest(file, {
    schemasDir: schemas,
    localRoot: opts.base ?? path.dirname(file),
    hostedFiles: inDist,
  });
  result.file = rel;
  const lines = formatResult(result, { verbose: !opts.quiet });
  let ok = result.ok;
  if (opts.production) {
    const problems = productionUrlProblems(urlsInXml(readFileSync(file, 'utf8')));
    if (problems.length) ok = false;
    lines.push(
      problems.length ? '  FAIL URLs for deployment' : '  ok   URLs for deployment (https, not localhost)',
    );
    for (const p of problems.slice(0, 5)) lines.push(`       ${p}`);
    if (problems.length > 5) lines.push(`       … and ${problems.length - 5} more`);
  }
  if (inDist) {
    const source = path.join(repoRoot, 'manifest.xml');
    if (existsSync(source) && statSync(source).mtimeMs > statSync(file).mtimeMs)
      lines.push(`  note: ${rel} is older than manifest.xml; run \`npm run build\` to refresh it`);
  }
  return { ok, lines };
}

function checkUnified(file, rel, opts) {
  const lines = [];
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, lines: [`${rel}: NOT valid JSON (${e.message})`] };
  }
  const result = checkUnifiedManifest(manifest, { baseDir: opts.base ?? path.dirname(file) });
  const errors = [...result.errors];
  // The committed manifest.json is generated: it must be what manifest.xml gives today.
  if (file === path.join(repoRoot, 'manifest.json')) {
    const expected = formatUnified(unifiedFromXml(readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8')));
    if (readFileSync(file, 'utf8') !== expected)
      errors.push('differs from what manifest.xml gives; run: npm run manifest');
  }
  if (opts.production) errors.push(...productionUrlProblems(urlsInJson(manifest)));
  lines.push(
    errors.length
      ? `${rel}: NOT valid (${errors.length} problem${errors.length === 1 ? '' : 's'})`
      : `${rel}: valid against ${result.schema}${opts.production ? '; URLs fit for deployment' : ''}; icons checked`,
  );
  for (const e of errors.slice(0, 20)) lines.push(`  ${e}`);
  if (errors.length > 20) lines.push(`  … and ${errors.length - 20} more`);
  return { ok: errors.length === 0, lines };
}

function checkOrganization(file, rel) {
  const result = checkOrganizationText(readFileSync(file, 'utf8'), rel);
  return {
    ok: result.ok,
    lines: result.ok ? [`${rel}: valid against schemas/organization.schema.json`] : result.errors,
  };
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`validate: ${e.message}`);
    console.error(USAGE.join('\n'));
    return 2;
  }
  if (opts.help) {
    console.log(USAGE.join('\n'));
    return 0;
  }
  const dist = path.join(repoRoot, 'dist');
  let files = opts.files;
  if (!files.length && opts.production) {
    files = [path.join(dist, 'manifest.xml'), path.join(dist, 'manifest.json')];
    if (!files.every(existsSync)) {
      console.error(
        'validate --production: dist/ has no built manifest; run: ADDIN_BASE_URL=https://your-host/folder npm run build',
      );
      return 1;
    }
  }
  if (!files.length && !opts.organizations.length) {
    files = [path.join(repoRoot, 'manifest.xml'), path.join(repoRoot, 'manifest.json')];
    files.push(path.join(repoRoot, 'schemas', 'organization.example.json'));
    for (const f of ['manifest.xml', 'manifest.json'])
      if (existsSync(path.join(dist, f))) files.push(path.join(dist, f));
  }
  const jobs = [
    ...files.map((file) => ({ file, kind: kindOf(file) })),
    ...opts.organizations.map((file) => ({ file, kind: 'organization' })),
  ];

  const needSchemas = jobs.some((j) => j.kind === 'xml');
  const schemasDir = findSchemasDir(repoRoot);
  const haveSchemas = schemasAvailable(schemasDir);
  if (needSchemas && !haveSchemas) {
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
  for (const { file, kind } of jobs) {
    const rel = path.relative(process.cwd(), file) || file;
    if (!existsSync(file)) {
      console.error(`${rel}: file not found`);
      failures++;
      continue;
    }
    const { ok, lines } =
      kind === 'xml'
        ? await checkXml(file, rel, opts, haveSchemas ? schemasDir : null)
        : kind === 'unified'
          ? checkUnified(file, rel, opts)
          : checkOrganization(file, rel);
    (ok ? console.log : console.error)(lines.join('\n'));
    if (!ok) failures++;
  }

  if (failures) {
    console.error(`${failures} of ${jobs.length} file(s) failed validation.`);
    if (opts.production)
      console.error(
        'Not fit for deployment: build for your host with ADDIN_BASE_URL=https://your-host/folder npm run build (or npm run package).',
      );
    return 1;
  }
  if (needSchemas && !haveSchemas) {
    if (opts.requireSchemas) {
      console.error('FAILED: --require-schemas was given and the schemas are missing.');
      return 1;
    }
    console.error('NOTICE: passed WITHOUT XSD validation (schemas missing); see the message above.');
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(err && err.stack ? err.stack : err);
      process.exit(1);
    },
  );
