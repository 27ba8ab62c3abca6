// Offline checks of the JSON files: the unified manifest (manifest.json) against Microsoft's JSON
// schema for its manifestVersion (shipped in the @microsoft/app-manifest package) plus its icons,
// and organization.json against schemas/organization.schema.json. Also the deploy-time URL check
// shared with the XML manifest (no localhost, https only).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

const ORGANIZATION_SCHEMA = path.resolve(__dirname, '..', 'schemas', 'organization.schema.json');
/** Icon sizes the unified manifest requires (Microsoft 365 app manifest reference). */
const ICON_SIZES = { color: 192, outline: 32 };

function schemasRoot() {
  const pkg = require.resolve('@microsoft/app-manifest/package.json');
  return path.join(path.dirname(pkg), 'build', 'json-schemas', 'teams');
}

/** Path of Microsoft's schema for a manifestVersion, or null when the package has none. */
function unifiedSchemaPath(manifestVersion) {
  if (typeof manifestVersion !== 'string' || !/^(\d+\.\d+|devPreview)$/.test(manifestVersion)) return null;
  const file = path.join(schemasRoot(), `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  return fs.existsSync(file) ? file : null;
}

const compiled = new Map();
function compile(kind, file) {
  const key = `${kind}:${file}`;
  if (!compiled.has(key)) {
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    // Microsoft's schemas are draft-04 and use a few non-standard keywords: not strict.
    const Ajv = kind === 'draft-04' ? require('ajv-draft-04') : require('ajv');
    const ajv = new (Ajv.default || Ajv)({ allErrors: true, strict: false });
    require('ajv-formats')(ajv);
    delete schema.$schema;
    compiled.set(key, ajv.compile(schema));
  }
  return compiled.get(key);
}

/** "/extensions/0/runtimes/1/code" -> "extensions[0].runtimes[1].code". */
function jsonPath(pointer) {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
}

function ajvMessages(errors) {
  const seen = new Set();
  const out = [];
  for (const e of errors || []) {
    // anyOf/oneOf branches repeat one another; the summary line is enough.
    const where = jsonPath(e.instancePath) || '(top level)';
    let message = e.message;
    if (e.keyword === 'additionalProperties')
      message = `has "${e.params.additionalProperty}", which is not allowed`;
    if (e.keyword === 'enum')
      message = `must be one of ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    const line = `${where} ${message}`;
    if (!seen.has(line)) {
      seen.add(line);
      out.push(line);
    }
  }
  return out;
}

/** PNG width/height and whether every pixel is white or transparent (the outline icon's rule). */
function readPng(file) {
  const png = PNG.sync.read(fs.readFileSync(file));
  let whiteOrClear = true;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
    if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
      whiteOrClear = false;
      break;
    }
  }
  return { width: png.width, height: png.height, whiteOrClear };
}

/**
 * Validates a unified manifest (parsed) against Microsoft's schema for its manifestVersion, then
 * its icons: options.baseDir is the folder its relative icon paths resolve against (the folder that
 * holds manifest.json, as in the app package). Returns { ok, schema, errors: [string] }.
 */
function checkUnifiedManifest(manifest, options = {}) {
  const errors = [];
  const version = manifest && manifest.manifestVersion;
  const schemaFile = unifiedSchemaPath(version);
  if (!schemaFile) {
    errors.push(`manifestVersion ${JSON.stringify(version)} has no schema in @microsoft/app-manifest`);
    return { ok: false, schema: null, errors };
  }
  const validate = compile('draft-04', schemaFile);
  if (!validate(manifest)) errors.push(...ajvMessages(validate.errors));
  // Microsoft's httpsUrl pattern also lets http:// through; Outlook loads add-ins only over https.
  for (const { where, value } of urlsInJson(manifest))
    if (!/^https:\/\//i.test(value)) errors.push(`${where}: ${value} is not https`);
  const ext = (manifest.extensions || [])[0] || {};
  if (!ext.runtimes || !ext.ribbons)
    errors.push('extensions[0] needs runtimes and ribbons (an Outlook add-in)');
  if (options.baseDir && manifest.icons) {
    for (const [kind, size] of Object.entries(ICON_SIZES)) {
      const rel = manifest.icons[kind];
      if (typeof rel !== 'string') continue;
      const file = path.resolve(options.baseDir, rel);
      if (!fs.existsSync(file)) {
        errors.push(`icons.${kind} "${rel}" not found at ${file}`);
        continue;
      }
      try {
        const png = readPng(file);
        if (png.width !== size || png.height !== size)
          errors.push(`icons.${kind} "${rel}" is ${png.width}x${png.height}; it must be ${size}x${size}`);
        if (kind === 'outline' && !png.whiteOrClear)
          errors.push(`icons.outline "${rel}" must be white on a transparent background`);
      } catch (e) {
        errors.push(`icons.${kind} "${rel}" is not a readable PNG (${e.message})`);
      }
    }
  }
  return {
    ok: errors.length === 0,
    schema: `@microsoft/app-manifest ${path.relative(schemasRoot(), schemaFile)}`,
    errors,
  };
}

/**
 * What a schema cannot say about companyDomains: free-mail providers (email-providers' common list,
 * the one the pane uses) and public suffixes (the public-suffix list) are no company's domain.
 */
function companyDomainProblems(value) {
  const domains =
    value && typeof value === 'object' && Array.isArray(value.companyDomains) ? value.companyDomains : [];
  const free = new Set(require('email-providers/common.json'));
  const { getDomain } = require('tldts-icann');
  const out = [];
  domains.forEach((item, i) => {
    if (typeof item !== 'string' || !/^[A-Za-z0-9.-]+$/.test(item)) return; // the schema's pattern reports it
    const d = item.toLowerCase();
    const labels = d.split('.');
    const freeMail = labels.some((_, k) => free.has(labels.slice(k).join('.')));
    if (freeMail) out.push(`companyDomains[${i}] "${item}" is a free-mail provider, not a company domain`);
    else if (labels.length === 2 && getDomain(d) === null)
      out.push(
        `companyDomains[${i}] "${item}" is a public suffix (a registry's name, not a company's domain)`,
      );
  });
  return out;
}

/**
 * Validates organization.json text against schemas/organization.schema.json, then what the schema
 * cannot say (companyDomainProblems). Returns { ok, errors: [string] }, each error
 * "organization.json: <field> <what is wrong>".
 */
function checkOrganizationText(text, name = 'organization.json') {
  let value;
  try {
    value = JSON.parse(String(text).replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`${name}: is not valid JSON (${e.message})`] };
  }
  const validate = compile('draft-07', ORGANIZATION_SCHEMA);
  const errors = validate(value) ? [] : ajvMessages(validate.errors);
  errors.push(...companyDomainProblems(value));
  return { ok: errors.length === 0, errors: errors.map((m) => `${name}: ${m}`) };
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$|\.localhost$/i;

/**
 * Deploy-time problems of the URLs a manifest names: each must be https and not on this machine.
 * urls: [{ where, value }]. Returns [string].
 */
function productionUrlProblems(urls) {
  const out = [];
  for (const { where, value } of urls) {
    let url;
    try {
      url = new URL(value);
    } catch {
      out.push(`${where}: "${value}" is not an absolute URL`);
      continue;
    }
    if (LOOPBACK.test(url.hostname))
      out.push(`${where}: ${value} is on this machine (${url.hostname}): a development URL`);
    else if (url.protocol !== 'https:') out.push(`${where}: ${value} is not https`);
  }
  return out;
}

/** Every absolute http(s) URL among a JSON value's strings, with its path. */
function urlsInJson(value, where = '') {
  if (typeof value === 'string')
    return /^https?:\/\//i.test(value) ? [{ where: where || '(top level)', value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => urlsInJson(v, `${where}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => k !== '$schema')
      .flatMap(([k, v]) => urlsInJson(v, where ? `${where}.${k}` : k));
  return [];
}

/** Every URL a manifest.xml names (DefaultValue/Value attributes, AppDomain text), with its line. */
function urlsInXml(xml) {
  const { parseDocument } = require('htmlparser2');
  const doc = parseDocument(xml, { xmlMode: true, withStartIndices: true });
  const lineOf = (i) => xml.slice(0, i).split('\n').length;
  const out = [];
  const walk = (node) => {
    if (node.type !== 'tag') return;
    for (const [name, value] of Object.entries(node.attribs))
      if (/^(DefaultValue|Value)$/.test(name) && /^https?:\/\//i.test(value.trim()))
        out.push({ where: `line ${lineOf(node.startIndex)}`, value: value.trim() });
    if (node.name.replace(/^.*:/, '') === 'AppDomain') {
      const text = node.children
        .map((c) => c.data || '')
        .join('')
        .trim();
      if (text) out.push({ where: `line ${lineOf(node.startIndex)}`, value: text });
    }
    node.children.forEach(walk);
  };
  doc.children.forEach(walk);
  return out;
}

module.exports = {
  checkUnifiedManifest,
  checkOrganizationText,
  productionUrlProblems,
  urlsInJson,
  urlsInXml,
  unifiedSchemaPath,
  readPng,
  ICON_SIZES,
  ORGANIZATION_SCHEMA,
};
