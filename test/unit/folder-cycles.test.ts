import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { folderCycles, folderGraph, relativeImports } from '../../scripts/folder-cycles.js';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folders-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('folder cycles', () => {
  it('finds the imports of a file: static, type-only, re-exports and lazy', () => {
    expect(
      relativeImports(
        "import a from './a';\nimport type { B } from '../b/b';\nexport { c } from './c';\nconst d = () => import(/* webpackChunkName: \"d\" */ '../d/D');\nimport 'react';",
      ),
    ).toEqual(['./a', '../b/b', './c', '../d/D']);
  });

  it('reports a cycle between two folders, even through a type-only import', () => {
    const root = tree({
      'app/App.tsx': "import { useInsert } from '../insert/use-insert';",
      'insert/use-insert.ts': "import type { State } from '../app/state';",
      'app/state.ts': 'export type State = 1;',
    });
    expect(folderCycles(folderGraph(root))).toEqual([['app', 'insert', 'app']]);
  });

  it('accepts imports that run one way, and ignores tests', () => {
    const root = tree({
      'app/App.tsx': "import { useInsert } from '../insert/use-insert';",
      'insert/use-insert.ts': "import { x } from '../engine/x';",
      'insert/use-insert.test.ts': "import { App } from '../app/App';",
      'engine/x.ts': 'export const x = 1;',
    });
    expect(folderCycles(folderGraph(root))).toEqual([]);
  });

  it('src/ has none', () => {
    expect(folderCycles(folderGraph(path.resolve(__dirname, '../../src')))).toEqual([]);
  });
});
