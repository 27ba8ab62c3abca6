// Folder-level import cycles under src/: each folder (src/office, src/taskpane/insert,
// src/compliance/rules…) is a node; an import from a file in folder A of a file in folder B is an
// edge A → B (type-only and lazy imports count: they are dependencies too). Used by the ESLint rule
// "local/no-folder-cycle" (eslint.config.mjs), which reports the import that closes a cycle.
const fs = require('node:fs');
const path = require('node:path');

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** Relative specifiers imported by a file's text (static, re-exports, side-effect and dynamic imports). */
function relativeImports(text) {
  return [...text.matchAll(IMPORT)].map((m) => m[1]);
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The folder graph of `srcDir`: Map<folder, Set<folder>> (folders relative to srcDir). */
function folderGraph(srcDir) {
  const graph = new Map();
  for (const file of sourceFiles(srcDir)) {
    const from = path.relative(srcDir, path.dirname(file));
    if (!graph.has(from)) graph.set(from, new Set());
    for (const spec of relativeImports(fs.readFileSync(file, 'utf8'))) {
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(srcDir + path.sep)) continue;
      // 'x/y' may be the folder x/y (its index.ts) or the file x/y.ts: the folder it lives in.
      const isDir = fs.existsSync(target) && fs.statSync(target).isDirectory();
      const to = path.relative(srcDir, isDir ? target : path.dirname(target));
      if (to !== from) graph.get(from).add(to);
    }
  }
  return graph;
}

/** A path of folders from `start` to `goal` in the graph, or null. */
function findPath(graph, start, goal) {
  const seen = new Set([start]);
  const queue = [[start]];
  while (queue.length > 0) {
    const route = queue.shift();
    const last = route[route.length - 1];
    if (last === goal) return route;
    for (const next of graph.get(last) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push([...route, next]);
      }
    }
  }
  return null;
}

/** Every cycle, each once, as a list of folders (for the command line). */
function folderCycles(graph) {
  const cycles = new Map();
  for (const [from, tos] of graph) {
    for (const to of tos) {
      const back = findPath(graph, to, from);
      if (back) {
        const cycle = [from, ...back];
        const key = [...new Set(cycle)].sort().join(' ');
        if (!cycles.has(key)) cycles.set(key, cycle);
      }
    }
  }
  return [...cycles.values()];
}

module.exports = { relativeImports, folderGraph, findPath, folderCycles };

if (require.main === module) {
  const cycles = folderCycles(folderGraph(path.resolve('src')));
  for (const c of cycles) console.log(c.join(' → '));
  console.log(`${cycles.length} folder cycle(s)`);
  process.exitCode = cycles.length > 0 ? 1 : 0;
}
