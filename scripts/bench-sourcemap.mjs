// Attributes the bytes of a minified bundle to the modules they came from, using its source map
// (the build always writes one: devtool 'source-map'). Used by scripts/bench.mjs to name the
// biggest contributors to the pane's first screen, and to prove the send-time handler holds no
// React or Fluent code. No dependencies: a Base64 VLQ decoder and a walk over the mappings.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i += 1) DIGIT[BASE64.charCodeAt(i)] = i;

/**
 * Decodes source map v3 `mappings` into, per generated line, the segments as
 * [generatedColumn, sourceIndex] (sourceIndex -1 for a segment that maps to no source).
 */
export function decodeMappings(mappings) {
  const lines = [[]];
  let source = 0;
  let i = 0;
  const n = mappings.length;
  while (i < n) {
    const c = mappings.charCodeAt(i);
    if (c === 59 /* ; */) {
      lines.push([]);
      i += 1;
      continue;
    }
    if (c === 44 /* , */) {
      i += 1;
      continue;
    }
    // One segment: 1, 4 or 5 VLQ fields.
    const fields = [];
    while (i < n) {
      const ch = mappings.charCodeAt(i);
      if (ch === 44 || ch === 59) break;
      let value = 0;
      let shift = 0;
      let digit;
      do {
        digit = DIGIT[mappings.charCodeAt(i)] ?? -1;
        if (digit < 0) throw new Error(`Invalid VLQ character at ${i}`);
        i += 1;
        value += (digit & 31) * 2 ** shift;
        shift += 5;
      } while (digit & 32);
      fields.push(value & 1 ? -(value - 1) / 2 : value / 2);
    }
    const line = lines[lines.length - 1];
    // Generated columns are relative within a line; the other fields are relative across lines.
    const previousColumn = line.length > 0 ? line[line.length - 1][0] : 0;
    const column = previousColumn + fields[0];
    if (fields.length >= 4) {
      source += fields[1];
      line.push([column, source]);
    } else {
      line.push([column, -1]);
    }
  }
  return lines;
}

/**
 * Bytes of `code` per source of `map` (characters, which equal bytes for the ASCII output of a
 * minifier). Returns { bySource: Map<source, chars>, unmapped, total }.
 */
export function attributeBytes(code, map) {
  const lines = decodeMappings(map.mappings || '');
  const sources = map.sources || [];
  const bySource = new Map();
  let unmapped = 0;
  const codeLines = code.split('\n');
  codeLines.forEach((text, index) => {
    const segments = (lines[index] || []).slice().sort((a, b) => a[0] - b[0]);
    if (segments.length === 0) {
      unmapped += text.length;
    } else {
      unmapped += Math.min(segments[0][0], text.length);
      segments.forEach(([column, sourceIndex], k) => {
        const end = k + 1 < segments.length ? segments[k + 1][0] : text.length;
        const length = Math.max(0, Math.min(end, text.length) - Math.min(column, text.length));
        const name = sourceIndex >= 0 ? sources[sourceIndex] : undefined;
        if (name === undefined) unmapped += length;
        else bySource.set(name, (bySource.get(name) || 0) + length);
      });
    }
    if (index < codeLines.length - 1) unmapped += 1; // the newline
  });
  return { bySource, unmapped, total: code.length };
}

/** "webpack://name/./node_modules/@scope/pkg/lib/x.js" -> "node_modules/@scope/pkg/lib/x.js". */
export function cleanSource(source) {
  return String(source)
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/^\.\//, '')
    .replace(/\?.*$/, '');
}

/** The npm package a source belongs to (the innermost node_modules), or null for our own code. */
export function packageOf(source) {
  const clean = cleanSource(source);
  const at = clean.lastIndexOf('node_modules/');
  if (at < 0) return null;
  const parts = clean.slice(at + 'node_modules/'.length).split('/');
  return parts[0].startsWith('@') && parts.length > 1 ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * The group a source is reported under: its npm package, "src/<folder>" for our code, or
 * "(webpack runtime)".
 */
export function groupOf(source) {
  const pkg = packageOf(source);
  if (pkg) return pkg;
  const clean = cleanSource(source);
  if (clean.startsWith('webpack/') || clean.startsWith('(webpack)')) return '(webpack runtime)';
  const m = /^src\/([^/]+)(?:\/([^/]+)\/)?/.exec(clean);
  if (m) return m[2] && m[1] !== 'compliance' && m[1] !== 'office' ? `src/${m[1]}/${m[2]}` : `src/${m[1]}`;
  return clean;
}

/** Adds up attributed bytes by group (and keeps per-module figures). */
export function summarize(attributions) {
  const groups = new Map();
  const modules = new Map();
  let unmapped = 0;
  let total = 0;
  for (const { bySource, unmapped: u, total: t } of attributions) {
    unmapped += u;
    total += t;
    for (const [source, bytes] of bySource) {
      const clean = cleanSource(source);
      modules.set(clean, (modules.get(clean) || 0) + bytes);
      const group = groupOf(source);
      groups.set(group, (groups.get(group) || 0) + bytes);
    }
  }
  const sorted = (m) =>
    [...m.entries()].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
  return { total, unmapped, groups: sorted(groups), modules: sorted(modules) };
}
