// A small, dependency-free static file server for dist/ (used by `npm start`, the e2e tests and
// the CLI scripts/serve.mjs). GET and HEAD only, no directory listings, no path traversal.
'use strict';

const fs = require('node:fs');
const fsp = require('node:fs/promises');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Content type for a file name (application/octet-stream if unknown). */
function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/** Hashed bundle names (name.0123abcd.js) never change content and may be cached for good. */
const HASHED = /\.[0-9a-f]{8,}\.(?:js|css)$/;

function cacheControl(file) {
  return HASHED.test(path.basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** The file under root that a URL path names, or null if it is outside root or malformed. */
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return file;
}

function send(res, status, text, extraHeaders = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'X-Content-Type-Options': 'nosniff',
    ...extraHeaders,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

/**
 * The request handler for a root folder (already a real path). `mounts` serve other folders under
 * a URL prefix (e.g. '/office-js/' → the local office.js package in development builds).
 */
function handler(defaultRoot, { log, mounts = [] } = {}) {
  return async (req, res) => {
    let root = defaultRoot;
    const done = (status) => log && log(`${req.method} ${req.url} ${status}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return done(405);
    }
    let pathname;
    try {
      pathname = new URL(req.url || '/', 'http://localhost').pathname;
    } catch {
      send(res, 400, 'Bad request\n');
      return done(400);
    }
    // Reject encoded or literal ".." segments before normalisation hides them.
    const raw = pathname.split('/');
    if (raw.some((seg) => /^(?:\.|%2e){2}$/i.test(seg)) || /%2f|%5c|\\/i.test(pathname)) {
      send(res, 400, 'Bad request\n');
      return done(400);
    }
    const mount = mounts.find((m) => pathname.startsWith(m.prefix));
    if (mount) {
      root = mount.root;
      pathname = `/${pathname.slice(mount.prefix.length)}`;
    }
    let file = resolveInside(root, pathname);
    if (!file) {
      send(res, 400, 'Bad request\n');
      return done(400);
    }
    try {
      let stat = await fsp.stat(file);
      if (stat.isDirectory()) {
        if (
          pathname === '/' &&
          !fs.existsSync(path.join(file, 'index.html')) &&
          fs.existsSync(path.join(file, 'taskpane.html'))
        ) {
          res.writeHead(302, { Location: '/taskpane.html', 'Content-Length': 0 });
          res.end();
          return done(302);
        }
        file = path.join(file, 'index.html');
        stat = await fsp.stat(file);
      }
      // Symbolic links must not lead out of root either.
      const real = await fsp.realpath(file);
      const rel = path.relative(root, real);
      if (rel.startsWith('..') || path.isAbsolute(rel) || !stat.isFile())
        throw Object.assign(new Error(), { code: 'ENOENT' });
      res.writeHead(200, {
        'Content-Type': contentType(real),
        'Content-Length': stat.size,
        'Cache-Control': cacheControl(real),
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.method === 'HEAD') {
        res.end();
      } else {
        const stream = fs.createReadStream(real);
        stream.on('error', () => res.destroy());
        stream.pipe(res);
      }
      return done(200);
    } catch (e) {
      if (e && (e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'EISDIR')) {
        send(res, 404, 'Not found\n');
        return done(404);
      }
      send(res, 500, 'Internal error\n');
      return done(500);
    }
  };
}

/**
 * Starts serving root. Resolves with the listening http(s).Server once it accepts connections.
 * options: { root, port = 3000 (0 = any free port), host = '127.0.0.1', tls?: { key, cert }, log?,
 *            mounts?: [{ prefix: '/office-js/', root }] }
 * The actual port is server.address().port.
 */
async function createServer({ root, port = 3000, host = '127.0.0.1', tls, log, mounts = [] } = {}) {
  if (!root) throw new Error('createServer: root is required');
  const realRoot = await fsp.realpath(path.resolve(root));
  const realMounts = await Promise.all(
    mounts.map(async (m) => ({ prefix: m.prefix, root: await fsp.realpath(path.resolve(m.root)) })),
  );
  const onRequest = handler(realRoot, { log, mounts: realMounts });
  const server = tls
    ? https.createServer({ key: tls.key, cert: tls.cert }, onRequest)
    : http.createServer(onRequest);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

module.exports = { createServer, contentType, resolveInside, CONTENT_TYPES };
