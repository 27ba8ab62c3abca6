// Unit tests (pure TypeScript, node) and component tests (React, jsdom) side by side in src/.
const esm = [
  'htmlparser2',
  'domhandler',
  'entities',
  'domutils',
  'dom-serializer',
  'domelementtype',
  'email-providers',
];
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2020',
      },
      module: { type: 'commonjs' },
    },
  ],
};
const transformIgnorePatterns = [`/node_modules/(?!(${esm.join('|')})/)`];
// As in webpack.config.js: htmlparser2 gets a decoder stand-in (we decode with char-refs.ts), so
// the tests run the parser exactly as the bundles do.
const moduleNameMapper = { '^entities/decode$': '<rootDir>/src/compliance/mail/htmlparser2-decoder-stub.ts' };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src', '<rootDir>/test/unit', '<rootDir>/test/doubles'],
      testMatch: ['**/*.test.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-component.ts'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper,
    },
  ],
};
