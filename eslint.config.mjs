import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import path from 'node:path';
import folders from './scripts/folder-cycles.js';

const { findPath, folderGraph } = folders;
import officeAddins from 'eslint-plugin-office-addins';

// Imports run one way: taskpane and send-guard -> compliance and office; compliance imports neither.
const forbid = (...folders) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: folders.map((f) => ({
        group: [`**/${f}/*`, `**/${f}`],
        message: `Do not import ${f} here (see docs/decisions.md: layering).`,
      })),
    },
  ],
});

// No folder cycles under src/: an import from folder A into folder B fails when B already reaches A
// (type-only and lazy imports count). Folder by folder, not file by file, so feature folders stay
// layers a newcomer can read in one direction (docs/architecture.md).
const SRC = path.resolve('src');
let graph;
const noFolderCycle = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename;
    if (!file.startsWith(SRC + path.sep)) return {};
    graph ??= folderGraph(SRC);
    const from = path.relative(SRC, path.dirname(file));
    const check = (node) => {
      const spec = node?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const targetDir = graph.has(path.relative(SRC, target)) ? target : path.dirname(target);
      const to = path.relative(SRC, targetDir);
      if (to === from || to.startsWith('..')) return;
      const back = findPath(graph, to, from);
      if (back)
        context.report({
          node,
          message: `Folder cycle: ${[from, ...back].join(' → ')} (see docs/architecture.md).`,
        });
    };
    return {
      ImportDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    plugins: { local: { rules: { 'no-folder-cycle': noFolderCycle } } },
    rules: { 'local/no-folder-cycle': 'error' },
  },
  {
    // Microsoft's add-in rules: every rule of the plugin, as errors. Its `recommended` config is not
    // used: it registers a second, older typescript-eslint and runs prettier as a lint rule.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, 'error'])),
  },
  { files: ['src/compliance/**'], rules: forbid('office', 'taskpane', 'send-guard') },
  { files: ['src/office/**'], rules: forbid('taskpane', 'send-guard') },
  { files: ['src/send-guard/**'], rules: forbid('taskpane') },
  {
    // The pane's on-demand parts wait for the whole stylesheet (src/taskpane/styles/all-styles.ts).
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/styles/lazy-styled.ts', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: ['lazy'],
              message: "Use lazyStyled (src/taskpane/styles/lazy-styled.ts): it also waits for the pane's whole stylesheet.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/compliance/**'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'document',
        'window',
        'DOMParser',
        'Office',
        'navigator',
        'localStorage',
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'test/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
