// The byte figures of scripts/bench.mjs, read from an existing production build (dist/); no
// build, no browser. See bench/README.md for what each figure means.
//   - first screen: the JS and CSS that taskpane.html loads (office.js from Microsoft's CDN is
//     listed apart as external), raw and gzip -9, per file and in total;
//   - on demand: the other JS/CSS files in dist/ (chunks the pane loads later);
//   - the send-time handler: what send-guard.html loads (else dist/send-guard.js), and whether it
//     holds any React or Fluent UI code (marker strings, and the packages its source map names);
//   - the biggest contributors to the first screen, from the bundles' source maps;
//   - what @microsoft/office-js-helpers would cost, bundled on its own with esbuild.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributeBytes, packageOf, summarize } from './bench-sourcemap.mjs';

export const PANE_HTML = 'taskpane.html';
export const HANDLER_HTML = 'send-guard.html';
export const HANDLER_JS = 'send-guard.js';

/** gzip at level 9, as the budgets are stated. */
export function gzipSize(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

export function sizes(buffer) {
  return { raw: buffer.length, gzip: gzipSize(buffer) };
}

function parseAttributes(text) {
  const attributes = {};
  const re = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  let m;
  while ((m = re.exec(text))) attributes[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attributes;
}

/**
 * The resources an HTML page loads up front: script src (classic or module) and stylesheets (plus
 * preload/modulepreload of scripts and styles), in document order, and inline script/style bytes.
 * Comments are ignored.
 */
export function resourcesOf(html) {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const resources = [];
  let inlineScript = 0;
  let inlineStyle = 0;
  const re = /<(script|link|style)\b([^>]*)>/gi;
  let m;
  while ((m = re.exec(text))) {
    const tag = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]);
    if (tag === 'script') {
      const close = text.toLowerCase().indexOf('</script', re.lastIndex);
      const body = close >= 0 ? text.slice(re.lastIndex, close) : '';
      const type = (attrs.type || '').toLowerCase();
      const runs = !type || /javascript|ecmascript|^module$/.test(type);
      if (attrs.src && runs) resources.push({ url: attrs.src, kind: 'js' });
      else if (runs) inlineScript += Buffer.byteLength(body);
    } else if (tag === 'style') {
      const close = text.toLowerCase().indexOf('</style', re.lastIndex);
      inlineStyle += Buffer.byteLength(close >= 0 ? text.slice(re.lastIndex, close) : '');
    } else {
      const rel = (attrs.rel || '').toLowerCase().split(/\s+/);
      const as = (attrs.as || '').toLowerCase();
      if (!attrs.href) continue;
      if (rel.includes('stylesheet')) resources.push({ url: attrs.href, kind: 'css' });
      else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script'))
        resources.push({ url: attrs.href, kind: 'js' });
      else if (rel.includes('preload') && as === 'style') resources.push({ url: attrs.href, kind: 'css' });
    }
  }
  return { resources, inlineScript, inlineStyle };
}

/** True for a URL on another origin (absolute or protocol-relative). */
export function isExternal(url) {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** A local URL ("taskpane.1234abcd.js", "/x.css?v=1") as a path relative to dist/. */
export function localPath(url) {
  return decodeURIComponent(url.split(/[?#]/)[0]).replace(/^\/+/, '').replace(/^\.\//, '');
}

function fileFigures(dist, rel, kind) {
  const file = path.join(dist, rel);
  if (!existsSync(file)) return { file: rel, kind, missing: true, raw: 0, gzip: 0 };
  return { file: rel, kind, ...sizes(readFileSync(file)) };
}

function total(files) {
  return files.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

/** What a page in dist/ loads: local files with sizes, external URLs, the document itself. */
export function pageFigures(dist, htmlName) {
  const htmlFile = path.join(dist, htmlName);
  if (!existsSync(htmlFile)) return null;
  const html = readFileSync(htmlFile);
  const { resources, inlineScript, inlineStyle } = resourcesOf(html.toString('utf8'));
  const files = [];
  const external = [];
  for (const r of resources) {
    if (isExternal(r.url)) external.push({ url: r.url, kind: r.kind });
    else if (!files.some((f) => f.file === localPath(r.url)))
      files.push(fileFigures(dist, localPath(r.url), r.kind));
  }
  return {
    html: { file: htmlName, ...sizes(html), inlineScript, inlineStyle },
    files,
    external,
    total: total(files),
  };
}

// Strings that only React, React DOM or Fluent UI (Griffel) code contains, even minified.
export const REACT_MARKERS = [
  'react.transitional.element',
  'react.element',
  'react.fragment',
  '__reactFiber',
  '__reactContainer',
  '__SECRET_INTERNALS_DO_NOT_USE',
  '__CLIENT_INTERNALS_DO_NOT_USE',
];
export const FLUENT_MARKERS = ['data-make-styles-bucket', 'fui-FluentProvider', 'fui-Button', '@fluentui/'];
const UI_PACKAGE =
  /^(react|react-dom|scheduler|@fluentui\/.+|@griffel\/.+|@floating-ui\/.+|@swc\/helpers|tabster)$/;

/** React/Fluent traces in a bundle: marker strings found, and UI packages its source map names. */
export function uiTraces(dist, files) {
  const markers = new Set();
  const packages = new Set();
  for (const f of files) {
    const file = path.join(dist, f.file);
    if (f.missing || !existsSync(file)) continue;
    const code = readFileSync(file, 'utf8');
    for (const marker of [...REACT_MARKERS, ...FLUENT_MARKERS])
      if (code.includes(marker)) markers.add(marker);
    const map = mapOf(dist, f.file);
    for (const source of map?.sources ?? []) {
      const pkg = packageOf(source);
      if (pkg && UI_PACKAGE.test(pkg)) packages.add(pkg);
    }
  }
  return { markers: [...markers], packages: [...packages].sort() };
}

function mapOf(dist, rel) {
  const code = path.join(dist, rel);
  let mapFile = `${code}.map`;
  if (existsSync(code)) {
    const tail = readFileSync(code, 'utf8').slice(-300);
    const m = /[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(tail);
    if (m && !m[1].startsWith('data:')) mapFile = path.join(path.dirname(code), localPath(m[1]));
  }
  if (!existsSync(mapFile)) return null;
  try {
    return JSON.parse(readFileSync(mapFile, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The biggest contributors to a set of JS files, from their source maps: per package (or src
 * folder) and per module, minified bytes and an estimated gzip share (the file's gzip ratio).
 */
export function contributors(dist, files, top = 12) {
  const attributions = [];
  let withoutMap = 0;
  for (const f of files) {
    if (f.kind !== 'js' || f.missing) continue;
    const map = mapOf(dist, f.file);
    if (!map) {
      withoutMap += f.raw;
      continue;
    }
    const code = readFileSync(path.join(dist, f.file), 'utf8');
    const a = attributeBytes(code, map);
    attributions.push(a);
  }
  if (attributions.length === 0) return null;
  const summary = summarize(attributions);
  const ratio =
    summary.total > 0 ? files.reduce((t, f) => t + f.gzip, 0) / files.reduce((t, f) => t + f.raw, 0) : 0;
  const withGzip = (list) =>
    list.slice(0, top).map((e) => ({
      name: e.name,
      raw: e.bytes,
      share: summary.total ? e.bytes / summary.total : 0,
      gzipEstimate: Math.round(e.bytes * ratio),
    }));
  return {
    note: 'minified bytes attributed with the source maps; gzip is estimated as the bundle ratio',
    mappedTotal: summary.total,
    unmapped: summary.unmapped,
    withoutMap,
    packages: withGzip(summary.groups),
    modules: withGzip(summary.modules),
  };
}

/** All the byte figures for a dist/ folder. */
export function measureBytes(dist) {
  if (!existsSync(dist) || !statSync(dist).isDirectory()) {
    throw new Error(`${dist} does not exist: build first (npx webpack --mode production)`);
  }
  const pane = pageFigures(dist, PANE_HTML);
  if (!pane)
    throw new Error(`${path.join(dist, PANE_HTML)} does not exist: the build did not produce the pane`);

  let handler = pageFigures(dist, HANDLER_HTML);
  if (handler && handler.files.length === 0 && existsSync(path.join(dist, HANDLER_JS))) {
    handler.files.push(fileFigures(dist, HANDLER_JS, 'js'));
    handler.total = total(handler.files);
  }
  if (!handler && existsSync(path.join(dist, HANDLER_JS))) {
    const files = [fileFigures(dist, HANDLER_JS, 'js')];
    handler = { html: null, files, external: [], total: total(files) };
  }
  if (handler) handler.ui = uiTraces(dist, handler.files);

  const loaded = new Set([...pane.files, ...(handler?.files ?? [])].map((f) => f.file));
  const onDemandFiles = readdirSync(dist)
    .filter((name) => /\.(js|css)$/.test(name) && !loaded.has(name) && name !== HANDLER_JS)
    .sort()
    .map((name) => {
      const figures = fileFigures(dist, name, name.endsWith('.css') ? 'css' : 'js');
      // What a chunk holds (its biggest packages or folders), so numbered vendor chunks say what they are.
      const inside = contributors(dist, [figures], 3);
      // A module webpack generated itself (e.g. a JSON file it inlined) is mapped to the chunk's own
      // name, or the chunk has no source map at all: say what the code looks like.
      const guess = () => {
        const code = readFileSync(path.join(dist, name), 'utf8');
        return code.includes('JSON.parse(') ? '(inlined JSON data)' : '(no source map)';
      };
      return {
        ...figures,
        chunk: chunkName(name),
        holds: inside ? inside.packages.map((p) => (p.name === name ? guess() : p.name)) : [guess()],
      };
    });

  return {
    firstScreen: {
      html: pane.html,
      files: pane.files,
      external: pane.external,
      total: pane.total,
      contributors: contributors(dist, pane.files),
    },
    onDemand: { files: onDemandFiles, total: total(onDemandFiles) },
    handler,
  };
}

/** "region-suggest.0123abcd.js" -> "region-suggest"; "123.0123abcd.js" -> "123". */
export function chunkName(file) {
  return file.replace(/\.[0-9a-f]{8,}(?=\.(js|css)$)/, '').replace(/\.(js|css)$/, '');
}

/** What importing @microsoft/office-js-helpers costs: bundled alone with esbuild (minified, browser). */
export async function measureOfficeJsHelpers(root) {
  const { build } = await import('esbuild');
  const bundle = async (contents) => {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'bench-entry.js' },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2019',
      write: false,
      legalComments: 'none',
      logLevel: 'silent',
    });
    return sizes(Buffer.from(result.outputFiles[0].contents));
  };
  const pkg = JSON.parse(
    readFileSync(path.join(root, 'node_modules', '@microsoft', 'office-js-helpers', 'package.json'), 'utf8'),
  );
  const whole = await bundle(
    "import * as helpers from '@microsoft/office-js-helpers'; globalThis.__h = helpers;",
  );
  // The package ships one prebuilt UMD bundle (with its own core-js, lodash and RxJS), so a single
  // named import cannot be tree-shaken: measure one to show it.
  const storageOnly = await bundle(
    "import { Storage } from '@microsoft/office-js-helpers'; globalThis.__s = Storage;",
  );
  return { version: pkg.version, whole, storageOnly };
}
