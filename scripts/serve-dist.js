// Serves a built folder (dist/) over plain http with sirv, for `npm start` (preview), the e2e tests
// and the bench. Cache headers follow the README's deployment advice: hashed bundles for a year,
// everything else (pages, send-guard.js whose name the manifest fixes) revalidated every time.
'use strict';

const http = require('node:http');
const path = require('node:path');
const sirv = require('sirv');

/** Hashed bundle names (name.0123abcd.js) never change content and may be cached for good. */
const HASHED = /\.[0-9a-f]{8,}\.(?:js|css)$/;

function setHeaders(res, pathname) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader(
    'Cache-Control',
    HASHED.test(path.posix.basename(pathname)) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}

const notFound = (res) => {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end('Not found\n');
};

/**
 * Starts serving root; resolves with the listening http.Server (its port: server.address().port).
 * mounts: other folders under a URL prefix, e.g. { prefix: '/office-js/', root: '…/office-js/dist' }.
 */
async function createServer({ root, port = 3000, host = '127.0.0.1', mounts = [] }) {
  if (!root) throw new Error('createServer: root is required');
  // dev: false lists the files once, at start: a rebuild needs a restart (npm start does both).
  const options = { dev: false, etag: true, dotfiles: false, setHeaders };
  const main = sirv(root, options);
  const mounted = mounts.map((m) => ({ prefix: m.prefix, serve: sirv(m.root, options) }));
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    // The pane is the only page: send the bare origin there.
    if (req.url === '/' || req.url === '') {
      res.writeHead(302, { Location: '/taskpane.html' });
      res.end();
      return;
    }
    const mount = mounted.find((m) => req.url.startsWith(m.prefix));
    if (mount) {
      req.url = `/${req.url.slice(mount.prefix.length)}`;
      mount.serve(req, res, () => notFound(res));
    } else {
      main(req, res, () => notFound(res));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

module.exports = { createServer };
