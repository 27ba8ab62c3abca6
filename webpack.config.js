// Production build: dist/taskpane.html (the pane), dist/send-guard.html + dist/send-guard.js (the
// OnMessageSend handler for Outlook on the web / new Outlook and for classic Windows), and
// dist/manifest.xml and dist/manifest.json rewritten for ADDIN_BASE_URL.
const path = require('node:path');
const { DefinePlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { ManifestPlugin } = require('./scripts/manifest-plugin.js');

// Production: Microsoft's CDN, as published add-ins must. Development (`npm start`): the same library
// from Microsoft's npm package, served by scripts/serve.mjs under /office-js/, so the pane works
// offline and a plain browser tab logs no failed request.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = 'office-js/office.js';
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
  // Unset: https://localhost:3000, for development (the plugin says so in one line).
  const baseUrl = process.env.ADDIN_BASE_URL;
  const officeJs = production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
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
        {
          // Dependencies are lowered to ES2019 too: classic Outlook's JavaScript-only runtime and older
          // WebKit (Outlook on Mac) must parse every line of what we ship.
          test: /\.m?js$/,
          include: /node_modules/,
          loader: 'esbuild-loader',
          options: { target: 'es2019' },
        },
      ],
    },
    optimization: {
      // webpack's default minifier (terser), not esbuild's: terser drops the unused icon bindings that
      // webpack leaves behind in concatenated modules (about 14 KB gzip of the pane; see docs/decisions.md).
      // Only on-demand code is split; each entry stays one file (the classic Windows runtime loads one JS file).
      splitChunks: { chunks: 'async' },
    },
    performance: { hints: false },
    plugins: [
      new DefinePlugin({ __OFFICE_JS_ON_DEMAND__: JSON.stringify(production ? '' : OFFICE_JS_LOCAL) }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
        // Development pages load office.js on demand (src/office/load-office-js.ts).
        templateParameters: { officeJs: production ? OFFICE_JS_CDN : '', csp: CSP },
      }),
      new HtmlWebpackPlugin({
        filename: 'send-guard.html',
        template: './src/send-guard/send-guard.html',
        chunks: ['send-guard'],
        scriptLoading: 'defer',
        templateParameters: { officeJs, csp: CSP },
      }),
      new ManifestPlugin({ source: path.resolve(__dirname, 'manifest.xml'), baseUrl }),
    ],
  };
};
