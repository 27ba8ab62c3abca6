// Production build: dist/taskpane.html (the pane), dist/send-guard.html + dist/send-guard.js (the
// OnMessageSend handler for Outlook on the web / new Outlook and for classic Windows), and
// dist/manifest.xml and dist/manifest.json rewritten for ADDIN_BASE_URL.
//
// `webpack serve` (npm run dev-server) is webpack-dev-server: https with the office-addin-dev-certs
// certificate on port 3000 and live reload, as Microsoft's add-in templates do; `--env http` serves
// plain http instead (preview in a browser, no certificate needed).
const path = require('node:path');
const { DefinePlugin } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');
const { webLightTheme } = require('@fluentui/tokens');
const { PaneStylesPlugin } = require('./scripts/pane-styles-plugin.js');
const { ManifestPlugin } = require('./scripts/manifest-plugin.js');
const { SendWordsPlugin } = require('./scripts/send-words-plugin.js');

// Production: Microsoft's CDN, as published add-ins must. Development (`npm start`): the same library
// from Microsoft's npm package, served by the dev server under /office-js/, so the pane works
// offline and a plain browser tab logs no failed request.
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL = 'office-js/office.js';
// Scripts only from our origin and the origins Microsoft's office.js itself loads from or talks to
// in Outlook (each one's evidence, file by file, is in docs/decisions.md, "Content-Security-Policy");
// no inline script, no eval. Component styles are a static stylesheet from 'self' (Griffel's
// extraction, below); 'unsafe-inline' stays for styles only, for taskpane.html's own inline <style>
// (the loading text, shown before any script runs; styles cannot run code).
const OFFICE_SCRIPT_ORIGINS = [
  // office.js and everything it loads from its own folder: the Outlook host file, string files,
  // the telemetry sink (telemetry/oteljs_agave.js).
  'https://appsforoffice.microsoft.com',
  // MicrosoftAjax.js, which every Outlook host file of office.js loads before it connects.
  'https://ajax.aspnetcdn.com',
];
// oteljs_agave's Aria sink posts telemetry here when the host has no telemetry channel of its own.
const OFFICE_CONNECT_ORIGINS = ['https://browser.pipe.aria.microsoft.com'];
// office.js's "host not trusted" page (AgaveErrorUX, from its own folder) and classic Outlook
// 16.00's telemetry proxy frame.
const OFFICE_FRAME_ORIGINS = [
  'https://appsforoffice.microsoft.com',
  'https://telemetryservice.firstpartyapps.oaspapps.com',
];
const CSP = [
  "default-src 'self'",
  `script-src 'self' ${OFFICE_SCRIPT_ORIGINS.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self' ${OFFICE_CONNECT_ORIGINS.join(' ')}`,
  `frame-src ${OFFICE_FRAME_ORIGINS.join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
// Injected into the pane only: send-guard.js runs in classic Outlook's JavaScript-only runtime
// (no DOM, no WebSocket), where the dev server's client would throw.
const LIVE_RELOAD_CLIENT = 'webpack-dev-server/client/index.js?live-reload=true&hot=false';

/** webpack-dev-server's options: https with the dev certificate unless `--env http`. */
async function devServer(env) {
  let server = 'http';
  if (!env.http) {
    // Creates and trusts the certificate on first use (it asks for the password it needs), as
    // Microsoft's templates do; `npm run certs` does the same ahead of time.
    const { getHttpsServerOptions } = require('office-addin-dev-certs');
    try {
      server = { type: 'https', options: await getHttpsServerOptions() };
    } catch (e) {
      throw new Error(
        `No trusted development certificate for https://localhost (office-addin-dev-certs: ${String(e.message).trim()}). ` +
          'Install one with `npm run certs`, or preview over http without one: `npm start`, or ' +
          '`npm run dev-server -- --env http` for live reload.',
      );
    }
  }
  return {
    host: 'localhost',
    port: DEV_SERVER_PORT,
    server,
    // The live-reload client is added to the pane's entry by hand (see LIVE_RELOAD_CLIENT).
    client: false,
    hot: false,
    liveReload: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: [
      {
        directory: path.resolve(__dirname, 'node_modules/@microsoft/office-js/dist'),
        publicPath: '/office-js',
        watch: false,
      },
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  // Unset: https://localhost:3000, for development (the plugin says so in one line).
  const baseUrl = process.env.ADDIN_BASE_URL;
  const officeJs = production ? OFFICE_JS_CDN : OFFICE_JS_LOCAL;
  return {
    mode: production ? 'production' : 'development',
    // Never 'eval' source maps: the pane's CSP forbids eval.
    devtool: 'source-map',
    entry: {
      taskpane: serving ? ['./src/taskpane/index.tsx', LIVE_RELOAD_CLIENT] : './src/taskpane/index.tsx',
      'send-guard': './src/send-guard/index.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // The send-time handler keeps a fixed name: classic Outlook loads it by the URL in the manifest.
      filename: (data) => (data.chunk.name === 'send-guard' ? '[name].js' : '[name].[contenthash:8].js'),
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // htmlparser2 runs with decodeEntities: false (we decode with char-refs.ts): its decoder's
      // 2,231-name table (13 KB gzip) is replaced by a stand-in. Mirrored in jest.config.js.
      alias: {
        'entities/decode$': path.resolve(__dirname, 'src/compliance/mail/htmlparser2-decoder-stub.ts'),
      },
    },
    module: {
      rules: [
        {
          // Griffel ahead of time: the extraction loader (listed first, runs last) moves the CSS of every
          // __styles/__resetStyles call, ours and Fluent UI's, into a static stylesheet and leaves only
          // class names in the bundle. Fluent's packages ship their styles precompiled to __styles.
          test: /\.[jt]sx?$|\.mjs$/,
          include: [path.resolve(__dirname, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          loader: GriffelCSSExtractionPlugin.loader,
        },
        {
          // Fluent's `tokens.name` reads become the strings they stand for, so the tokens object is
          // left out (scripts/fluent-tokens-loader.js). Runs on plain JavaScript, after Griffel's loader.
          test: /\.[jt]sx?$|\.mjs$/,
          include: [path.resolve(__dirname, 'src'), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          loader: path.resolve(__dirname, 'scripts/fluent-tokens-loader.js'),
        },
        {
          // Our own makeStyles/makeResetStyles calls are evaluated at build time into __styles calls.
          // Runs on esbuild's output (plain JavaScript), before the extraction loader.
          test: /\.tsx$/,
          include: path.resolve(__dirname, 'src'),
          loader: '@griffel/webpack-loader',
          // Style values it evaluates may come from other TypeScript modules, which it reads as
          // they are written (not through esbuild): it needs TypeScript's syntax too.
          options: { babelOptions: { presets: ['@babel/preset-typescript'] } },
        },
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
        {
          // The stylesheet Griffel's extraction produces.
          test: /\.css$/,
          use: [MiniCssExtractPlugin.loader, 'css-loader'],
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
    ...(serving ? { devServer: await devServer(env) } : {}),
    plugins: [
      // Griffel sorts its own rules in the extracted file, so the module order warnings do not apply.
      new MiniCssExtractPlugin({ filename: '[name].[contenthash:8].css', ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      // The first screen's stylesheet (its rules only, and the light theme's variables: the pane
      // passes no theme object in light mode) and the whole one, added once the pane is up.
      new PaneStylesPlugin({ entry: 'taskpane', theme: webLightTheme, htmlWebpackPlugin: HtmlWebpackPlugin }),
      new DefinePlugin({
        __OFFICE_JS_ON_DEMAND__: JSON.stringify(production ? '' : OFFICE_JS_LOCAL),
        // Where classic Outlook's JavaScript-only runtime (no location) fetches the dialog's words.
        __ADDIN_BASE_URL__: JSON.stringify((baseUrl || 'https://localhost:3000').replace(/\/+$/, '')),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        // Not deferred: deferred scripts run in order, so behind an office.js download that never
        // ends ours would never run. At the end of <body> it runs once the static page is parsed,
        // and waits for office.js itself (src/office/load-office-js.ts, officeJsSettled).
        scriptLoading: 'blocking',
        inject: 'body',
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
      new SendWordsPlugin({ dir: path.resolve(__dirname, 'src/compliance/catalogue/locales') }),
    ],
  };
};
