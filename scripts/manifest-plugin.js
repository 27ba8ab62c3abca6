// Webpack plugin: emits dist/manifest.xml with the development base URL (https://localhost:3000)
// replaced by the deployment base URL (ADDIN_BASE_URL at build time), and copies assets/ (the
// icons and support page that the manifest names) into dist/assets/.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

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
   *   assetsDir: folder copied to <output>/assets (default: assets/ beside the manifest).
   */
  constructor({ source, baseUrl, assetsDir, filename = 'manifest.xml' }) {
    if (!source) throw new Error(`${PLUGIN}: "source" (path of manifest.xml) is required`);
    this.source = path.resolve(source);
    this.baseUrl = baseUrl || PLACEHOLDER_BASE;
    this.assetsDir = assetsDir ? path.resolve(assetsDir) : path.join(path.dirname(this.source), 'assets');
    this.filename = filename;
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
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
          if (!base.startsWith('https://') && compiler.options.mode === 'production') {
            compilation.warnings.push(
              new webpack.WebpackError(
                `${PLUGIN}: ADDIN_BASE_URL "${base}" is not https; Outlook loads add-ins only over https, ` +
                  'so this dist/manifest.xml cannot be deployed.',
              ),
            );
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
          compilation.emitAsset(this.filename, new RawSource(rewriteManifest(xml, base)));

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

module.exports = { ManifestPlugin, rewriteManifest, normalizeBaseUrl, PLACEHOLDER_BASE };
