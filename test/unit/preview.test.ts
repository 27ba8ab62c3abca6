import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createServer } from '../../scripts/serve-dist.js';

const repoRoot = path.resolve(__dirname, '../..');
const serveCli = path.join(repoRoot, 'scripts', 'preview.mjs');
const run = promisify(execFile);

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request: the path is sent exactly as given (no URL normalisation, unlike fetch). */
function request(port: number, rawPath: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve-dist.js (sirv, as npm start and the e2e tests serve dist/)', () => {
  let tmp: string;
  let root: string;
  let server: http.Server;
  let port: number;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-serve-'));
    root = path.join(tmp, 'dist');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.mkdirSync(path.join(root, 'empty'));
    const files: Record<string, string> = {
      'taskpane.html': '<!doctype html><title>pane</title>',
      'taskpane.0123abcd.js': 'console.log("pane");',
      'send-guard.js': 'console.log("guard");',
      'taskpane.0123abcd.js.map': '{"version":3}',
      'style.css': 'body{}',
      'manifest.xml': '<OfficeApp/>',
      'data.json': '{}',
      'assets/icon-16.png': '\x89PNG',
      'has space.txt': 'spaced',
    };
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
    fs.writeFileSync(path.join(tmp, 'secret.txt'), 'TOP SECRET');
    const officeJs = path.join(tmp, 'office-js');
    fs.mkdirSync(officeJs);
    fs.writeFileSync(path.join(officeJs, 'office.js'), '/* office */');
    server = await createServer({ root, port: 0, mounts: [{ prefix: '/office-js/', root: officeJs }] });
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 by default', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it.each([
    ['/taskpane.html', 'text/html;charset=utf-8'],
    ['/taskpane.0123abcd.js', 'text/javascript'],
    ['/taskpane.0123abcd.js.map', 'application/json'],
    ['/style.css', 'text/css'],
    ['/manifest.xml', 'text/xml'],
    ['/data.json', 'application/json'],
    ['/assets/icon-16.png', 'image/png'],
    ['/office-js/office.js', 'text/javascript'],
  ])('serves %s as %s', async (p, type) => {
    const r = await request(port, p);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(type);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the file contents, and decodes the path', async () => {
    expect((await request(port, '/taskpane.html')).body).toBe('<!doctype html><title>pane</title>');
    expect((await request(port, '/has%20space.txt')).body).toBe('spaced');
    expect((await request(port, '/office-js/office.js')).body).toBe('/* office */');
  });

  it('sends Cache-Control: no-cache for html and fixed names, long caching for hashed bundles', async () => {
    expect((await request(port, '/taskpane.html')).headers['cache-control']).toBe('no-cache');
    expect((await request(port, '/send-guard.js')).headers['cache-control']).toBe('no-cache');
    expect((await request(port, '/manifest.xml')).headers['cache-control']).toBe('no-cache');
    expect((await request(port, '/taskpane.0123abcd.js')).headers['cache-control']).toMatch(/immutable/);
  });

  it('answers 404 for missing files and directories without index.html', async () => {
    expect((await request(port, '/nope.html')).status).toBe(404);
    expect((await request(port, '/empty/')).status).toBe(404);
    expect((await request(port, '/assets')).status).toBe(404);
  });

  it('redirects / to the task pane', async () => {
    const r = await request(port, '/');
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe('/taskpane.html');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await request(port, '/taskpane.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await request(port, '/taskpane.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/%00secret.txt',
  ])('does not serve anything outside root: %s', async (p) => {
    const r = await request(port, p);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('TOP SECRET');
  });

});

describe('scripts/preview.mjs (npm start / npm stop)', () => {
  jest.setTimeout(30000);

  it('says to build first when the folder is missing', async () => {
    const missing = path.join(os.tmpdir(), 'pcr-no-such-dist');
    await expect(run(process.execPath, [serveCli, '--root', missing])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/does not exist: build the add-in first \(`npm run build`/),
    });
  });

  it('--background starts a detached server, prints the preview URL, and --stop stops it', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-serve-bg-'));
    const root = path.join(tmp, 'dist');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'taskpane.html'), '<p>bg</p>');
    const env = { ...process.env, SERVE_PID_FILE: path.join(tmp, 'serve.pid'), PORT: '0' };
    try {
      const started = await run(process.execPath, [serveCli, '--background', '--root', root], { env });
      const url = /Open the pane in preview mode: (http:\/\/localhost:(\d+)\/taskpane\.html)/.exec(
        started.stdout,
      );
      expect(url).not.toBeNull();
      expect(started.stdout).toMatch(/npm stop/);
      const pid = Number(fs.readFileSync(path.join(tmp, 'serve.pid'), 'utf8'));
      expect(pid).toBeGreaterThan(0);
      const r = await request(Number(url?.[2]), '/taskpane.html');
      expect(r.body).toBe('<p>bg</p>');

      const stopped = await run(process.execPath, [serveCli, '--stop'], { env });
      expect(stopped.stdout).toMatch(new RegExp(`Stopped the server \\(pid ${pid}\\)`));
      expect(fs.existsSync(path.join(tmp, 'serve.pid'))).toBe(false);
      expect(() => process.kill(pid, 0)).toThrow();

      const again = await run(process.execPath, [serveCli, '--stop'], { env });
      expect(again.stdout).toMatch(/Nothing to stop/);
    } finally {
      const pidFile = path.join(tmp, 'serve.pid');
      if (fs.existsSync(pidFile)) {
        try {
          process.kill(Number(fs.readFileSync(pidFile, 'utf8')), 'SIGTERM');
        } catch {
          // already gone
        }
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
