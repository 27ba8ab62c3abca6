// Webpack plugin: emits dist/manifest.xml with the development base URL (https://localhost:3000)
// replaced by the deployment base URL (ADDIN_BASE_URL at build time), dist/manifest.json (the
// unified manifest, derived from that manifest.xml), and copies assets/ (the icons and support
// page that the manifests name) into dist/assets/.
//
// A production build refuses, before compiling, a base URL that cannot work (not https, or a file
// such as …/taskpane.html rather than its folder); any failed build removes the manifests from the
// output folder, so a stale one is never deployed. Without ADDIN_BASE_URL it builds for
// https://localhost:3000 and says, in one line, that the manifests are for development only.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { unifiedFromXml, formatUnified } = require('./unified-manifest.js');

const PLACEHOLDER_BASE = 'https://localhost:3000';
const PLUGIN = 'ManifestPlugin';

/** The base URL without trailing slashes; throws unless it is an absolute http(s) URL. */
function normalizeBaseUrl(baseUrl) {
  const trimmed = String(baseUrl || '')
    .trim()
    .replace(/\/+$/, '');
  let url;
  try {
    url = new URL(trimmed);
  } catch {
    throw new Error(`ADDIN_BASE_URL "${baseUrl}" is not an absolute URL (e.g. https://addin.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ADDIN_BASE_URL "${baseUrl}" must be an https URL`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL "${baseUrl}" must not contain a query, fragment or credentials`);
  }
  return trimmed;
}

/**
 * Why a base URL cannot be deployed, as one sentence, or null. Production builds require https and
 * a folder: the pane's own URL pasted as the base (…/taskpane.html) would give …/taskpane.html/assets/….
 */
function baseUrlProblem(baseUrl) {
  let base;
  try {
    base = normalizeBaseUrl(baseUrl);
  } catch (e) {
    return e.message;
  }
  const url = new URL(base);
  if (url.protocol !== 'https:')
    return `ADDIN_BASE_URL "${baseUrl}" is not https; Outlook loads add-ins only over https (e.g. https://addins.example.com/pcc).`;
  const last = url.pathname.split('/').pop() || '';
  if (!String(baseUrl).trim().endsWith('/') && /\.[A-Za-z0-9]+$/.test(last))
    return `ADDIN_BASE_URL "${baseUrl}" names a file (${last}); give the folder that will hold taskpane.html, e.g. ${url.origin}${url.pathname.slice(0, -last.length - 1) || ''}.`;
  return null;
}

/** Removes built manifests from a folder (after a failed build: never leave a stale one behind). */
function removeManifests(dir, names) {
  for (const name of names) fs.rmSync(path.join(dir, name), { force: true });
}

const escapeXml = (s) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]);

/**
 * Replaces every occurrence of the placeholder base https://localhost:3000 (not, say,
 * https://localhost:30001) with baseUrl, trailing slash trimmed and XML-escaped.
 */
function rewriteManifest(xml, baseUrl) {
  const base = escapeXml(normalizeBaseUrl(baseUrl));
  return xml.replace(/https:\/\/localhost:3000(?![0-9])/g, () => base);
}

/** Files under dir, as paths relative to it with "/" separators. */
function listFiles(dir, prefix = '') {
  if (!fs.existsSync(dir)) return [];
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(path.join(dir, entry.name), rel));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

class ManifestPlugin {
  /**
   * @param {{ source: string, baseUrl: string, assetsDir?: string, filename?: string }} options
   *   source: path of manifest.xml; baseUrl: where dist/ will be hosted;
   *   assetsDir: folder copied to <output>/assets (default: assets/ beside the manifest);
   *   unifiedFilename: where the unified manifest goes (default manifest.json).
   */
  constructor({ source, baseUrl, assetsDir, filename = 'manifest.xml', unifiedFilename = 'manifest.json' }) {
    if (!source) throw new Error(`${PLUGIN}: "source" (path of manifest.xml) is required`);
    this.source = path.resolve(source);
    this.explicitBase = Boolean(baseUrl && String(baseUrl).trim());
    this.baseUrl = this.explicitBase ? baseUrl : PLACEHOLDER_BASE;
    this.unifiedFilename = unifiedFilename;
    this.assetsDir = assetsDir ? path.resolve(assetsDir) : path.join(path.dirname(this.source), 'assets');
    this.filename = filename;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
    const production = compiler.options.mode === 'production';
    const outputDir = () => compiler.options.output.path;
    const manifests = [this.filename, this.unifiedFilename];

    // Before compiling: refuse what cannot be deployed (no half-minute build for nothing).
    const preflight = (_compiler, callback) => {
      const problem = production && this.explicitBase ? baseUrlProblem(this.baseUrl) : null;
      if (problem) {
        removeManifests(outputDir(), manifests);
        const error = new Error(problem);
        error.stack = problem; // one clear sentence, no stack trace
        callback(error);
        return;
      }
      if (production && !this.explicitBase && !this.noted) {
        this.noted = true;
        console.warn(
          `${PLUGIN}: no ADDIN_BASE_URL, so manifest.xml and manifest.json point at ${PLACEHOLDER_BASE}: for development only (set ADDIN_BASE_URL=https://your-host/folder to deploy).`,
        );
      }
      callback();
    };
    compiler.hooks.beforeRun.tapAsync(PLUGIN, preflight);
    compiler.hooks.watchRun.tapAsync(PLUGIN, preflight);
    compiler.hooks.done.tap(PLUGIN, (stats) => {
      if (stats.hasErrors()) removeManifests(outputDir(), manifests);
    });
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const fail = (message) =>
            compilation.errors.push(new webpack.WebpackError(`${PLUGIN}: ${message}`));
          compilation.fileDependencies.add(this.source);
          compilation.contextDependencies.add(this.assetsDir);

          let base;
          try {
            base = normalizeBaseUrl(this.baseUrl);
          } catch (e) {
            fail(e.message);
            return;
          }
          const problem = production && this.explicitBase ? baseUrlProblem(this.baseUrl) : null;
          if (problem) {
            fail(problem);
            return;
          }

          let xml;
          try {
            xml = fs.readFileSync(this.source, 'utf8');
          } catch (e) {
            fail(`cannot read ${this.source}: ${e.message}`);
            return;
          }
          if (!xml.includes(PLACEHOLDER_BASE)) {
            compilation.warnings.push(
              new webpack.WebpackError(`${PLUGIN}: ${this.source} has no ${PLACEHOLDER_BASE} URL to rewrite`),
            );
          }
          const rewritten = rewriteManifest(xml, base);
          compilation.emitAsset(this.filename, new RawSource(rewritten));
          try {
            compilation.emitAsset(
              this.unifiedFilename,
              new RawSource(formatUnified(unifiedFromXml(rewritten))),
            );
          } catch (e) {
            fail(e.message);
            return;
          }

          for (const rel of listFiles(this.assetsDir)) {
            const name = `assets/${rel}`;
            if (compilation.getAsset(name)) continue; // already emitted (e.g. by a copy plugin)
            const file = path.join(this.assetsDir, rel);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(name, new RawSource(fs.readFileSync(file)));
          }
        },
      );
    });
  }
}

module.exports = { ManifestPlugin, rewriteManifest, normalizeBaseUrl, baseUrlProblem, PLACEHOLDER_BASE };
