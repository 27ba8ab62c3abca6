// Production build: dist/taskpane.html (the pane), dist/send-guard.html + dist/send-guard.js (the
// OnMessageSend handler for Outlook on the web / new Outlook and for classic Windows), and
// dist/manifest.xml rewritten for ADDIN_BASE_URL.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const { ManifestPlugin } = require('./scripts/manifest-plugin.js');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Scripts only from our origin and Microsoft's office.js CDN; no inline script, no eval.
// Fluent UI (Griffel) inserts <style> elements at run time, hence 'unsafe-inline' for styles only.
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = process.env.ADDIN_BASE_URL || 'https://localhost:3000';
  return {
    mode: production ? 'production' : 'development',
    // Never 'eval' source maps: the pane's CSP forbids eval.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      'send-guard': './src/send-guard/index.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // The send-time handler keeps a fixed name: classic Outlook loads it by the URL in the manifest.
      filename: (data) => (data.chunk.name === 'send-guard' ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2019', jsx: 'automatic' },
        },
      ],
    },
    optimization: {
      minimizer: [new EsbuildPlugin({ target: 'es2019', css: false, legalComments: 'external' })],
      // Only on-demand code is split; each entry stays one file (the classic Windows runtime loads one JS file).
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        templateParameters: { officeJs: OFFICE_JS, csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: 'send-guard.html',
        template: './src/send-guard/send-guard.html',
        chunks: ['send-guard'],
        scriptLoading: 'defer',
        templateParameters: { officeJs: OFFICE_JS, csp: CSP },
      }),
      new ManifestPlugin({ source: path.resolve(__dirname, 'manifest.xml'), baseUrl }),
    ],
  };
};
