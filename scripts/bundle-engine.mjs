// Bundles a TypeScript entry of the compliance engine with esbuild, as the builds see it: htmlparser2's
// entity decoder replaced by the stand-in (webpack.config.js and jest.config.js do the same; char-refs.ts
// decodes). Shared by the scripts that run the engine outside webpack (bench-rules.mjs, eval-talon.mjs).
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The esbuild plugin that points htmlparser2's `entities/decode` import at the stand-in. */
export const decoderStub = {
  name: 'entities-decode-stub',
  setup(b) {
    b.onResolve({ filter: /^entities\/decode$/ }, () => ({
      path: join(ROOT, 'src', 'compliance', 'mail', 'htmlparser2-decoder-stub.ts'),
    }));
  },
};

/**
 * The bundled code of `entry` (TypeScript source resolved from the repository's root).
 * `platform`: 'node' gives an ES module, 'browser' a classic script (an IIFE that assigns the
 * entry's exports to `globalName`). `options` are passed on to esbuild (e.g. nodePaths, minify).
 */
export async function bundleEngine(entry, { platform = 'node', globalName, ...options } = {}) {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts', sourcefile: 'engine-entry.ts' },
    bundle: true,
    write: false,
    format: platform === 'node' ? 'esm' : 'iife',
    globalName: platform === 'node' ? undefined : globalName,
    platform,
    target: platform === 'node' ? 'node20' : 'es2019',
    logLevel: 'error',
    plugins: [decoderStub],
    ...options,
  });
  return result.outputFiles[0].text;
}

/** Bundles `entry` for node and imports it; the temporary file is removed once loaded. */
export async function importEngine(entry, options = {}) {
  const code = await bundleEngine(entry, { ...options, platform: 'node' });
  const dir = mkdtempSync(join(tmpdir(), 'engine-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const file = join(dir, 'engine.mjs');
    writeFileSync(file, code);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
