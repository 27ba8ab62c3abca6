import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import officeAddins from 'eslint-plugin-office-addins';

// Imports run one way: taskpane and send-guard -> compliance and office; compliance imports neither.
const forbid = (...folders) => ({
  'no-restricted-imports': [
    'error',
    { patterns: folders.map((f) => ({ group: [`**/${f}/*`, `**/${f}`], message: `Do not import ${f} here (see docs/decisions.md: layering).` })) },
  ],
});

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
    files: ['src/compliance/**'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', 'document', 'window', 'DOMParser', 'Office', 'navigator', 'localStorage'] },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'test/**', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.jest } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
