#!/usr/bin/env node
// `npm start` / `npm stop`: the pane in preview mode over plain http, with no certificate.
//
//   node scripts/preview.mjs               serve dist/ in the foreground (Ctrl+C stops)
//   node scripts/preview.mjs --background  start detached, write .serve.pid, wait until it answers
//   node scripts/preview.mjs --stop        stop the server named in .serve.pid
//   options: --port N, --root DIR (default dist)
//
// The serving is sirv (scripts/serve-dist.js); this file only runs it in the background and stops
// it, which no server library does, so that `npm install && npm start` returns. For sideloading
// and live reload use webpack-dev-server: `npm run dev-server`.
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createServer } = require('./serve-dist.js');

const self = fileURLToPath(import.meta.url);
const repoRoot = path.resolve(path.dirname(self), '..');
// SERVE_PID_FILE moves the pid file (and the log beside it), e.g. for tests.
const PID_FILE = path.resolve(process.env.SERVE_PID_FILE || path.join(repoRoot, '.serve.pid'));
const LOG_FILE = PID_FILE.replace(/\.pid$/, '') + '.log';

function parseArgs(argv) {
  const opts = { background: false, stop: false, port: undefined, root: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--background') opts.background = true;
    else if (a === '--stop') opts.stop = true;
    else if (a === '--port') opts.port = argv[++i];
    else if (a === '--root') opts.root = argv[++i];
    else if (a === '--help' || a === '-h') opts.help = true;
    else throw new Error(`unknown option ${a} (see --help)`);
  }
  const port = Number(opts.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`bad port "${opts.port ?? process.env.PORT}"`);
  opts.port = port;
  opts.root = path.resolve(opts.root ?? path.join(repoRoot, 'dist'));
  return opts;
}

const rel = (p) => path.relative(process.cwd(), p) || '.';

function requireRoot(root) {
  if (existsSync(root)) return true;
  console.error(
    `${rel(root)}/ does not exist: build the add-in first (\`npm run build\` or \`npm run build:dev\`),`,
  );
  console.error('or use `npm start`, which builds and serves in one step.');
  return false;
}

function readPid() {
  try {
    const pid = Number(readFileSync(PID_FILE, 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** On Linux, make sure a pid from .serve.pid is really this server (pids get reused). */
function isOurServer(pid) {
  const procFile = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self')) return true;
  try {
    return readFileSync(procFile, 'utf8').includes('preview.mjs');
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** GET / from the server until it answers (any status) or the time is up. */
async function answers(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await new Promise((resolve) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: '/', timeout: 1000 },
        (res) => {
          res.resume();
          resolve(true);
        },
      );
      req.on('error', () => resolve(false));
      req.on('timeout', () => {
        req.destroy();
        resolve(false);
      });
    });
    if (ok) return true;
    await sleep(150);
  }
  return false;
}

function printUrls(port) {
  console.log(`Open the pane in preview mode: http://localhost:${port}/taskpane.html`);
  console.log('To sideload in Outlook (https on port 3000, live reload): npm run dev-server (see README.md).');
}

/**
 * Development builds load office.js from /office-js/ (Microsoft's npm package), so `npm start`
 * works offline and a plain browser tab shows no failed CDN request. Production builds use the CDN.
 */
function officeJsMounts() {
  const dir = path.join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist');
  return existsSync(dir) ? [{ prefix: '/office-js/', root: dir }] : [];
}

async function foreground(opts) {
  if (!requireRoot(opts.root)) return 1;
  let server;
  try {
    server = await createServer({ root: opts.root, port: opts.port, host: '127.0.0.1', mounts: officeJsMounts() });
  } catch (e) {
    const hint =
      e.code === 'EADDRINUSE'
        ? ` (port ${opts.port} is in use: \`npm stop\`, or PORT=<other> to pick another)`
        : '';
    console.error(`Cannot serve on 127.0.0.1:${opts.port}: ${e.message}${hint}`);
    if (process.send) process.send({ type: 'error', message: `${e.message}${hint}` });
    return 1;
  }
  const { port } = server.address();
  console.log(`Serving ${rel(opts.root)}/ at http://localhost:${port}/ (bound to 127.0.0.1)`);
  if (process.send) {
    process.send({ type: 'listening', port });
  } else {
    printUrls(port);
    console.log('Press Ctrl+C to stop.');
  }
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections?.();
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return null; // keep running
}

async function background(opts) {
  if (!requireRoot(opts.root)) return 1;
  const running = readPid();
  if (running && alive(running) && isOurServer(running)) {
    console.log(`A server from an earlier \`npm start\` is running (pid ${running}); restarting it.`);
    await stopServer();
  }
  const args = [self, '--port', String(opts.port), '--root', opts.root];
  const log = openSync(LOG_FILE, 'w');
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', log, log, 'ipc'],
    env: process.env,
  });
  closeSync(log);
  const message = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ type: 'timeout' }), 15000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ type: 'exit', code });
    });
  });
  if (message.type !== 'listening') {
    if (child.exitCode === null) child.kill('SIGTERM');
    const why =
      message.type === 'error'
        ? message.message
        : message.type === 'exit'
          ? `it exited (${message.code})`
          : 'no answer in 15 s';
    console.error(`The server did not start: ${why}. Log: ${rel(LOG_FILE)}`);
    return 1;
  }
  writeFileSync(PID_FILE, `${child.pid}\n`);
  child.disconnect();
  child.unref();
  if (!(await answers(message.port, 5000))) {
    console.error(
      `The server (pid ${child.pid}) started but does not answer on port ${message.port}. Log: ${rel(LOG_FILE)}`,
    );
    return 1;
  }
  console.log(
    `Serving ${rel(opts.root)}/ at http://localhost:${message.port}/ in the background (pid ${child.pid}, log ${rel(LOG_FILE)}).`,
  );
  printUrls(message.port);
  console.log('Stop it with: npm stop');
  return 0;
}

async function stopServer() {
  const pid = readPid();
  if (!pid) {
    console.log(`Nothing to stop: no ${rel(PID_FILE)} (the server was not started with \`npm start\`).`);
    rmSync(PID_FILE, { force: true });
    return 0;
  }
  if (!alive(pid) || !isOurServer(pid)) {
    console.log(`The server (pid ${pid}) is not running; removed the stale ${rel(PID_FILE)}.`);
    rmSync(PID_FILE, { force: true });
    return 0;
  }
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 50 && alive(pid); i++) await sleep(100);
  if (alive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(PID_FILE, { force: true });
  console.log(`Stopped the server (pid ${pid}).`);
  return 0;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (opts.help) {
    console.log(
      readFileSync(self, 'utf8')
        .split('\n')
        .slice(1, 8)
        .join('\n')
        .replace(/^\/\/ ?/gm, ''),
    );
    return 0;
  }
  if (opts.stop) return stopServer();
  if (opts.background) return background(opts);
  return foreground(opts);
}

if (process.argv[1] && path.resolve(process.argv[1]) === self) {
  main().then(
    (code) => {
      if (code !== null) process.exit(code);
    },
    (e) => {
      console.error(e && e.stack ? e.stack : e);
      process.exit(1);
    },
  );
}
