// Checks for the add-in only (XML) manifest: XSD validation against the schemas in
// schemas/office-manifest (xmllint-wasm, offline), and checks that the XSD cannot express
// (GUID, resource references, https, icon files and sizes, least permission, compose only,
// SendMode, the LaunchEvent/Runtime wiring). CommonJS so that jest tests, webpack and the
// CLI (scripts/validate-manifest.mjs) can all load it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { DOMParser } = require('@xmldom/xmldom');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xml: 'http://www.w3.org/XML/1998/namespace',
};

const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const REQUIRED_PERMISSION = 'ReadWriteItem';
const MAX_RESID = 32;
/** Icon sizes Outlook expects for the add-in's own icons (in pixels). */
const APP_ICON_SIZES = { IconUrl: 64, HighResolutionIconUrl: 128 };

// ---------------------------------------------------------------------------------------------
// Reading the manifest: @xmldom/xmldom parses it (namespaces, entities, CDATA, line numbers), and
// the document becomes a small plain tree that the checks walk. libxml2 (xmllint-wasm) has already
// checked well-formedness by then; this parser is strict too, so the checks never see a guess.
// ---------------------------------------------------------------------------------------------

class XmlError extends Error {
  constructor(message, line) {
    super(line ? `line ${line}: ${message}` : message);
    this.line = line;
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function splitName(qname) {
  const i = qname.indexOf(':');
  return i < 0 ? { prefix: '', local: qname } : { prefix: qname.slice(0, i), local: qname.slice(i + 1) };
}

/** A DOM element as the checks' tree: { name, local, ns, attrs, attrsNS, children, text, line, parent }. */
function toTree(node, parent) {
  const attrs = {};
  const attrsNS = [];
  for (let i = 0; i < node.attributes.length; i++) {
    const a = node.attributes.item(i);
    attrs[a.name] = a.value;
    attrsNS.push({ ns: a.namespaceURI || '', local: a.localName, value: a.value });
  }
  const el = {
    name: node.tagName,
    local: node.localName,
    ns: node.namespaceURI || '',
    attrs,
    attrsNS,
    children: [],
    text: '',
    line: node.lineNumber,
    parent,
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === ELEMENT_NODE) el.children.push(toTree(c, el));
    else if (c.nodeType === TEXT_NODE || c.nodeType === CDATA_SECTION_NODE) el.text += c.data;
  }
  return el;
}

/** Parses XML text into the tree of its root element; throws XmlError("line N: …") if it cannot. */
function parseXml(text) {
  let problem = null;
  const parser = new DOMParser({
    onError(level, message, context) {
      if (level === 'warning') return;
      const locator = context && context.locator;
      // xmldom prefixes DOM exceptions with its own words; keep the sentence that says what is wrong.
      problem = new XmlError(
        message.replace(/^Error constructing the DOM: \w+Error: /, ''),
        locator && locator.lineNumber,
      );
      throw problem;
    },
  });
  let doc;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (e) {
    throw problem || new XmlError(e.message);
  }
  // A DTD could declare entities; manifests have none, and the XSD schemas do not allow one.
  if (doc.doctype) throw new XmlError('DOCTYPE declarations are not allowed in a manifest', doc.doctype.lineNumber);
  if (!doc.documentElement) throw new XmlError('no root element');
  return toTree(doc.documentElement, null);
}

// --- tree helpers ---

function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

const all = (root, local, ns) => [...walk(root)].filter((e) => e.local === local && (!ns || e.ns === ns));
const child = (el, local) => el.children.find((c) => c.local === local);
const children = (el, local) => el.children.filter((c) => c.local === local);

/** An attribute by namespace URI and local name (unprefixed attributes have no namespace). */
function attrNS(el, ns, local) {
  const a = el.attrsNS.find((x) => x.ns === ns && x.local === local);
  return a ? a.value : undefined;
}

/** The xsi:type of an element, without any prefix on the value. */
function xsiType(el) {
  const v = attrNS(el, NS.xsi, 'type');
  return v === undefined ? undefined : splitName(v).local;
}

function ancestor(el, local) {
  for (let p = el.parent; p; p = p.parent) if (p.local === local) return p;
  return null;
}

const at = (el) => `line ${el.line}`;

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
function pngSize(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const b = Buffer.alloc(24);
    if (fs.readSync(fd, b, 0, 24, 0) < 24) return null;
    const sig = b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    if (!sig || b.toString('latin1', 12, 16) !== 'IHDR') return null;
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  } finally {
    fs.closeSync(fd);
  }
}

/** The longest common prefix of the URLs, cut after its last "/" (the add-in's base URL). */
function commonBase(urls) {
  if (!urls.length) return '';
  let p = urls[0];
  for (const u of urls) {
    let k = 0;
    while (k < p.length && k < u.length && p[k] === u[k]) k++;
    p = p.slice(0, k);
  }
  return p.slice(0, p.lastIndexOf('/') + 1);
}

// ---------------------------------------------------------------------------------------------
// The extra checks
// ---------------------------------------------------------------------------------------------

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const COLLECTION_OF = { Images: 'Image', Urls: 'Url', ShortStrings: 'String', LongStrings: 'String' };
const COMPOSE_EXTENSION_POINTS = new Set(['MessageComposeCommandSurface', 'LaunchEvent']);
const SEND_EVENTS = new Set(['OnMessageSend', 'OnAppointmentSend']);

/** The resource collection a resid must be found in, from the referencing element. */
function expectedCollection(ref) {
  if (ref.local === 'Image' && ref.parent && ref.parent.local === 'Icon') return 'Images';
  if (['SourceLocation', 'FunctionFile', 'Runtime', 'Override'].includes(ref.local)) return 'Urls';
  if (['Label', 'Title'].includes(ref.local)) return 'ShortStrings';
  if (ref.local === 'Description') return 'LongStrings';
  return null;
}

/** Resources of one VersionOverrides: { Images: Map(id -> element), Urls: ..., ... }. */
function resourcesOf(vo) {
  const out = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  const res = vo && child(vo, 'Resources');
  if (!res) return out;
  for (const coll of res.children) {
    if (!out[coll.local]) continue;
    for (const item of children(coll, COLLECTION_OF[coll.local])) {
      const id = item.attrs.id;
      if (id !== undefined) out[coll.local].set(id, item);
    }
  }
  return out;
}

/** Every URL-valued setting of the manifest: { kind, value, el }. */
function urlSettings(root) {
  const out = [];
  const withOverrides = (el, kind) => {
    if (el.attrs.DefaultValue !== undefined) out.push({ kind, value: el.attrs.DefaultValue, el });
    for (const o of children(el, 'Override')) {
      if (o.attrs.Value !== undefined) out.push({ kind, value: o.attrs.Value, el: o });
    }
  };
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    for (const el of root.children.filter((c) => c.local === name)) withOverrides(el, name);
  }
  for (const el of all(root, 'SourceLocation', NS.app)) withOverrides(el, 'SourceLocation');
  for (const el of all(root, 'Url', NS.bt))
    if (el.parent.local === 'Urls') withOverrides(el, `Url ${el.attrs.id}`);
  for (const el of all(root, 'Image', NS.bt)) {
    if (el.parent.local === 'Images') withOverrides(el, `Image ${el.attrs.id}`);
  }
  for (const el of all(root, 'AppDomain')) out.push({ kind: 'AppDomain', value: el.text.trim(), el });
  return out;
}

/**
 * Runs the checks the XSD cannot express. Returns [{ name, ok, details: [string] }].
 * options.localRoot: folder the add-in's files are served from (icons are looked up there);
 * options.hostedFiles: also require every pane/runtime URL to exist under localRoot (dist/).
 */
function extraChecks(root, options = {}) {
  const localRoot = options.localRoot || process.cwd();
  const results = [];
  const check = (name, fn) => {
    const details = [];
    let note = '';
    try {
      note = fn(details) || '';
    } catch (e) {
      details.push(`check crashed: ${e.message}`);
    }
    results.push({ name, ok: details.length === 0, details, note });
  };

  const versionOverrides = all(root, 'VersionOverrides');
  const urls = urlSettings(root);
  // URLs of the add-in's own files: everything but SupportUrl and AppDomains.
  const ownUrls = urls.filter((u) => !['SupportUrl', 'AppDomain'].includes(u.kind));
  const base = commonBase(ownUrls.map((u) => u.value));
  const localFile = (url) => {
    if (!base || !url.startsWith(base)) return null;
    const rel = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
    const file = path.resolve(localRoot, rel);
    return file.startsWith(path.resolve(localRoot) + path.sep) ? file : null;
  };

  check('Id is a GUID', (d) => {
    const id = child(root, 'Id');
    const v = id ? id.text.trim() : '';
    if (!id) d.push('no <Id>');
    else if (!GUID.test(v))
      d.push(`${at(id)}: "${v}" is not a GUID (generate one: node -e "console.log(crypto.randomUUID())")`);
    else if (/^0{8}-/.test(v)) d.push(`${at(id)}: the all-zero GUID is a placeholder`);
    return v;
  });

  check('every resid refers to a resource of its VersionOverrides', (d) => {
    let n = 0;
    for (const ref of walk(root)) {
      const resid = ref.attrs.resid;
      if (resid === undefined) continue;
      n++;
      const vo = ancestor(ref, 'VersionOverrides');
      if (!vo) {
        d.push(`${at(ref)}: <${ref.name} resid="${resid}"> is outside VersionOverrides`);
        continue;
      }
      const res = resourcesOf(vo);
      const want = expectedCollection(ref);
      const where = want ? [want] : Object.keys(res);
      if (!where.some((c) => res[c].has(resid))) {
        const elsewhere = Object.keys(res).find((c) => res[c].has(resid));
        d.push(
          `${at(ref)}: <${ref.name} resid="${resid}"> ` +
            (elsewhere
              ? `must name a ${want} resource, but "${resid}" is in ${elsewhere}`
              : 'has no resource with that id'),
        );
      }
    }
    return `${n} references`;
  });

  check(`resource ids are unique and at most ${MAX_RESID} characters`, (d) => {
    for (const vo of versionOverrides) {
      const res = child(vo, 'Resources');
      if (!res) continue;
      for (const coll of res.children) {
        const seen = new Set();
        for (const item of coll.children) {
          const id = item.attrs.id;
          if (id === undefined) continue;
          if (seen.has(id)) d.push(`${at(item)}: duplicate id "${id}" in ${coll.local}`);
          seen.add(id);
        }
      }
    }
    for (const el of walk(root)) {
      for (const key of ['id', 'resid']) {
        const v = el.attrs[key];
        if (v !== undefined && (ancestor(el, 'Resources') || key === 'resid') && v.length > MAX_RESID) {
          d.push(`${at(el)}: ${key}="${v}" has ${v.length} characters (max ${MAX_RESID})`);
        }
      }
    }
  });

  check('every URL is https', (d) => {
    for (const u of urls) {
      const v = u.kind === 'AppDomain' && !/^[a-z]+:/i.test(u.value) ? `https://${u.value}` : u.value;
      let parsed = null;
      try {
        parsed = new URL(v);
      } catch {
        d.push(`${at(u.el)}: ${u.kind} "${u.value}" is not an absolute URL`);
        continue;
      }
      if (parsed.protocol !== 'https:') d.push(`${at(u.el)}: ${u.kind} "${u.value}" is not https`);
    }
    return `${urls.length} URLs`;
  });

  check("the add-in's own URLs share one base", (d) => {
    const origins = new Set();
    for (const u of ownUrls) {
      try {
        origins.add(new URL(u.value).origin);
      } catch {
        // reported by the https check
      }
    }
    if (origins.size > 1)
      d.push(`several origins: ${[...origins].join(', ')} (the build rewrites one base URL)`);
    return base;
  });

  check('icons exist with the right pixel size', (d) => {
    const wanted = [];
    for (const [name, size] of Object.entries(APP_ICON_SIZES)) {
      const el = child(root, name);
      if (el && el.attrs.DefaultValue)
        wanted.push({ url: el.attrs.DefaultValue, size, where: `${at(el)}: ${name}` });
    }
    for (const img of all(root, 'Image', NS.bt)) {
      if (!img.parent || img.parent.local !== 'Icon') continue;
      const size = Number(img.attrs.size);
      const resource = resourcesOf(ancestor(img, 'VersionOverrides')).Images.get(img.attrs.resid);
      if (resource && resource.attrs.DefaultValue) {
        wanted.push({ url: resource.attrs.DefaultValue, size, where: `${at(img)}: icon ${img.attrs.resid}` });
      }
    }
    const seen = new Set();
    for (const w of wanted) {
      const file = localFile(w.url);
      if (!file) {
        d.push(`${w.where}: ${w.url} is not under the base URL ${base}`);
        continue;
      }
      const key = `${file}@${w.size}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const rel = path.relative(process.cwd(), file) || file;
      if (!fs.existsSync(file)) {
        d.push(`${w.where}: ${rel} does not exist`);
        continue;
      }
      const s = pngSize(file);
      if (!s) d.push(`${w.where}: ${rel} is not a PNG`);
      else if (s.width !== w.size || s.height !== w.size) {
        d.push(`${w.where}: ${rel} is ${s.width}x${s.height}, expected ${w.size}x${w.size}`);
      }
    }
    return `${seen.size} icon files`;
  });

  if (options.hostedFiles) {
    check('every page and script the manifest names exists', (d) => {
      const files = new Set();
      for (const u of ownUrls) {
        const file = localFile(u.value);
        if (!file || files.has(file)) continue;
        files.add(file);
        if (!fs.existsSync(file))
          d.push(`${at(u.el)}: ${u.value} -> ${path.relative(process.cwd(), file)} is missing`);
      }
      return `${files.size} files`;
    });
  }

  check(`Permissions is ${REQUIRED_PERMISSION}`, (d) => {
    const p = child(root, 'Permissions');
    const v = p ? p.text.trim() : '';
    if (!p) d.push(`no <Permissions> (the default, Restricted, cannot write the message)`);
    else if (v !== REQUIRED_PERMISSION) {
      d.push(
        `${at(p)}: Permissions is "${v}"; the add-in needs exactly ${REQUIRED_PERMISSION} (least privilege)`,
      );
    }
  });

  check('activates in message compose only', (d) => {
    const forms = all(root, 'Form', NS.app);
    if (!forms.length) d.push('no <Form> in FormSettings');
    for (const f of forms)
      if (xsiType(f) !== 'ItemEdit') d.push(`${at(f)}: Form ${xsiType(f)} (only ItemEdit)`);
    const rules = all(root, 'Rule', NS.app).filter((r) => xsiType(r) !== 'RuleCollection');
    if (!rules.length) d.push('no activation <Rule>');
    for (const r of rules) {
      const t = xsiType(r);
      if (t !== 'ItemIs') d.push(`${at(r)}: Rule ${t} is not a compose rule`);
      else if (r.attrs.ItemType !== 'Message' || r.attrs.FormType !== 'Edit') {
        d.push(
          `${at(r)}: ItemIs ItemType="${r.attrs.ItemType}" FormType="${r.attrs.FormType}" (want Message / Edit)`,
        );
      }
    }
    for (const ep of all(root, 'ExtensionPoint')) {
      const t = xsiType(ep);
      if (!COMPOSE_EXTENSION_POINTS.has(t))
        d.push(`${at(ep)}: extension point ${t} is not a compose surface`);
    }
  });

  check('send-time events use SoftBlock or PromptUser, never Block', (d) => {
    const events = all(root, 'LaunchEvent').filter((e) => e.parent.local === 'LaunchEvents');
    for (const e of events) {
      if (!SEND_EVENTS.has(e.attrs.Type)) continue;
      const mode = e.attrs.SendMode;
      if (mode === undefined) d.push(`${at(e)}: ${e.attrs.Type} has no SendMode (say SoftBlock)`);
      else if (mode === 'Block')
        d.push(`${at(e)}: SendMode="Block" would trap users when the add-in is unavailable; use SoftBlock`);
      else if (mode !== 'SoftBlock' && mode !== 'PromptUser') d.push(`${at(e)}: unknown SendMode "${mode}"`);
    }
    return events.map((e) => `${e.attrs.Type}=${e.attrs.SendMode || '-'}`).join(', ') || 'no launch events';
  });

  check('LaunchEvent handlers are wired to a Runtime with a JavaScript override', (d) => {
    const points = all(root, 'ExtensionPoint').filter((ep) => xsiType(ep) === 'LaunchEvent');
    for (const ep of points) {
      const host = ancestor(ep, 'Host');
      const vo = ancestor(ep, 'VersionOverrides');
      if (!vo || vo.ns !== NS.vo11) d.push(`${at(ep)}: LaunchEvent is valid only in VersionOverrides 1.1`);
      const runtimes = host ? all(host, 'Runtime') : [];
      const src = child(ep, 'SourceLocation');
      const resid = src && src.attrs.resid;
      const runtime = runtimes.find((r) => r.attrs.resid === resid);
      if (!runtime) {
        d.push(`${at(ep)}: SourceLocation resid "${resid}" is not the resid of a <Runtime> in this Host`);
      } else if (!children(runtime, 'Override').some((o) => o.attrs.type === 'javascript' && o.attrs.resid)) {
        d.push(
          `${at(runtime)}: Runtime "${resid}" has no <Override type="javascript"> (classic Outlook on Windows)`,
        );
      }
      for (const le of all(ep, 'LaunchEvent')) {
        if (!/^[A-Za-z_$][\w$]*$/.test(le.attrs.FunctionName || '')) {
          d.push(`${at(le)}: FunctionName "${le.attrs.FunctionName}" is not a JavaScript identifier`);
        }
      }
    }
    return `${points.length} LaunchEvent extension point(s)`;
  });

  return results;
}

/** Structural checks used only when the XSD files are not available. */
function structureCheck(root) {
  const details = [];
  if (root.local !== 'OfficeApp' || root.ns !== NS.app)
    details.push(`root is <${root.name}> in "${root.ns}", not OfficeApp 1.1`);
  if (xsiType(root) !== 'MailApp') details.push(`OfficeApp xsi:type is "${xsiType(root)}", not MailApp`);
  const order = [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'Hosts',
    'Requirements',
    'FormSettings',
  ];
  for (const name of order) if (!child(root, name)) details.push(`missing <${name}>`);
  const outer = children(root, 'VersionOverrides');
  if (outer.length > 1) details.push('more than one top-level VersionOverrides');
  for (const vo of outer) {
    if (vo.ns !== NS.vo10 || xsiType(vo) !== 'VersionOverridesV1_0')
      details.push(`${at(vo)}: outer VersionOverrides must be 1.0`);
    for (const inner of children(vo, 'VersionOverrides')) {
      if (inner.ns !== NS.vo11 || xsiType(inner) !== 'VersionOverridesV1_1')
        details.push(`${at(inner)}: nested VersionOverrides must be 1.1`);
      if (vo.children[vo.children.length - 1] !== inner)
        details.push(`${at(inner)}: nested VersionOverrides must be the last child`);
    }
  }
  return {
    name: 'structure (fallback while the schemas are missing)',
    ok: details.length === 0,
    details,
    note: '',
  };
}

// ---------------------------------------------------------------------------------------------
// XSD validation
// ---------------------------------------------------------------------------------------------

/** The schemas folder: $MANIFEST_SCHEMAS, else the repository's copy in schemas/office-manifest. */
function findSchemasDir(repoRoot, env = process.env) {
  return env.MANIFEST_SCHEMAS
    ? path.resolve(env.MANIFEST_SCHEMAS)
    : path.resolve(repoRoot, 'schemas', 'office-manifest');
}

function schemasAvailable(dir) {
  return Boolean(dir) && fs.existsSync(path.join(dir, MAIN_SCHEMA));
}

function xmllintMessages(err) {
  return String(err && err.message ? err.message : err)
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Validates with libxml2 (xmllint-wasm). Without schemasDir only well-formedness is checked.
 * Returns { wellFormed, valid, errors: [string], schemaFiles: [string] }.
 */
async function xsdValidate(xml, fileName, schemasDir) {
  const { validateXML } = require('xmllint-wasm');
  const input = { fileName: path.basename(fileName) || 'manifest.xml', contents: xml };
  const options = { xml: input };
  let schemaFiles = [];
  if (schemasDir) {
    schemaFiles = fs
      .readdirSync(schemasDir)
      .filter((f) => f.endsWith('.xsd'))
      .sort();
    const load = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(schemasDir, f), 'utf8') });
    options.schema = load(MAIN_SCHEMA);
    options.preload = schemaFiles.filter((f) => f !== MAIN_SCHEMA).map(load);
  }
  options.modifyArguments = (args) => ['--nonet', ...args];
  try {
    const r = await validateXML(options);
    if (!r.valid && schemasDir) {
      // libxml2 reports parse errors as validity errors when a schema is given; tell them apart.
      const parsed = await xsdValidate(xml, fileName, null);
      if (!parsed.wellFormed) return { ...parsed, schemaFiles };
    }
    return {
      // Without a schema, xmllint only parses: any error is a well-formedness error.
      wellFormed: schemasDir ? true : r.valid,
      valid: r.valid,
      errors: r.errors.map((e) => e.rawMessage || e.message),
      schemaFiles,
    };
  } catch (err) {
    if (err && err.code === 1)
      return { wellFormed: false, valid: false, errors: xmllintMessages(err), schemaFiles };
    const e = new Error(
      `xmllint could not use the schemas in ${schemasDir}: ${xmllintMessages(err).join(' | ')}`,
    );
    e.schemaProblem = true;
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// The whole check for one manifest
// ---------------------------------------------------------------------------------------------

/**
 * Checks one manifest.
 * input: a file path, or { xml, fileName }.
 * options: { schemasDir (null = none), localRoot, hostedFiles }.
 * Returns { file, ok, schema: { status: 'valid'|'invalid'|'not-well-formed'|'missing'|'error',
 *   dir, main, others, errors }, checks: [{ name, ok, details, note }] }.
 */
async function checkManifest(input, options = {}) {
  const fileName = typeof input === 'string' ? input : input.fileName || 'manifest.xml';
  const xml = typeof input === 'string' ? fs.readFileSync(input, 'utf8') : input.xml;
  const schemasDir = options.schemasDir === undefined ? null : options.schemasDir;
  const useSchemas = schemasAvailable(schemasDir);
  const schema = { status: 'missing', dir: schemasDir, main: MAIN_SCHEMA, others: 0, errors: [] };

  try {
    const r = await xsdValidate(xml, fileName, useSchemas ? schemasDir : null);
    schema.others = Math.max(0, r.schemaFiles.length - 1);
    if (!r.wellFormed) schema.status = 'not-well-formed';
    else if (useSchemas) schema.status = r.valid ? 'valid' : 'invalid';
    schema.errors = r.errors;
  } catch (e) {
    schema.status = 'error';
    schema.errors = [e.message];
  }

  let checks = [];
  if (schema.status !== 'not-well-formed') {
    let root = null;
    try {
      root = parseXml(xml);
    } catch (e) {
      checks.push({ name: 'XML can be read', ok: false, details: [e.message], note: '' });
    }
    if (root) {
      checks = extraChecks(root, { localRoot: options.localRoot, hostedFiles: options.hostedFiles });
      if (!useSchemas) checks.unshift(structureCheck(root));
    }
  }
  const schemaOk = schema.status === 'valid' || schema.status === 'missing';
  return { file: fileName, ok: schemaOk && checks.every((c) => c.ok), schema, checks };
}

/** Human-readable report lines for one result. */
function formatResult(result, { verbose = true } = {}) {
  const lines = [];
  const s = result.schema;
  const failed = result.checks.filter((c) => !c.ok);
  const extra = `${result.checks.length - failed.length}/${result.checks.length} extra checks passed`;
  let head;
  if (s.status === 'valid') head = `valid against ${s.main} (+${s.others} schemas)`;
  else if (s.status === 'invalid') head = `NOT valid against ${s.main} (${s.errors.length} error(s))`;
  else if (s.status === 'not-well-formed') head = 'NOT well-formed XML';
  else if (s.status === 'missing') head = 'well-formed; NOT validated against the XSD (schemas missing)';
  else head = 'schema validation failed to run';
  const tail = !result.checks.length
    ? 'extra checks not run'
    : failed.length
      ? extra
      : `${result.checks.length} extra checks passed`;
  lines.push(`${result.file}: ${head}; ${tail}`);
  if (s.status === 'valid' && verbose) lines.push(`  schemas: ${s.dir}`);
  for (const e of s.errors) lines.push(`  xmllint: ${e}`);
  for (const c of result.checks) {
    if (!c.ok) {
      lines.push(`  FAIL ${c.name}`);
      for (const d of c.details) lines.push(`       ${d}`);
    } else if (verbose) {
      lines.push(`  ok   ${c.name}${c.note ? ` (${c.note})` : ''}`);
    }
  }
  return lines;
}

module.exports = {
  NS,
  MAIN_SCHEMA,
  parseXml,
  pngSize,
  extraChecks,
  structureCheck,
  findSchemasDir,
  schemasAvailable,
  xsdValidate,
  checkManifest,
  formatResult,
};
