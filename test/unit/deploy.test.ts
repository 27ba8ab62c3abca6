// The deployment tooling, tried with the mistakes a newcomer makes: a base URL that cannot work, a
// failed build, the development manifest deployed, a certificate that cannot be installed, a
// benchmark that dirties git, a manifest checked from another folder; and `npm run package`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { makeAppPackage } from '../../scripts/app-package.js';
import { checkUnifiedManifest } from '../../scripts/json-checks.js';
import { ManifestPlugin, baseUrlProblem, rewriteManifest } from '../../scripts/manifest-plugin.js';
import { formatUnified, unifiedFromXml } from '../../scripts/unified-manifest.js';

jest.setTimeout(120_000);

const repoRoot = path.resolve(__dirname, '../..');
const source = fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const webpackBin = path.join(repoRoot, 'node_modules', '.bin', 'webpack');

const temps: string[] = [];
function tempDir(prefix = 'pcr-deploy-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of temps) fs.rmSync(d, { recursive: true, force: true });
});

function run(cmd: string, args: string[], env: Record<string, string | undefined> = {}) {
  const r = spawnSync(cmd, args, {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 110_000,
  });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}
const node = (script: string, args: string[], env: Record<string, string | undefined> = {}) =>
  run(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], env);

/** A built-looking dist/ for a base URL: both manifests, the assets and the files they name. */
function fakeDist(baseUrl: string): string {
  const dist = path.join(tempDir(), 'dist');
  fs.mkdirSync(dist);
  const xml = rewriteManifest(source, baseUrl);
  fs.writeFileSync(path.join(dist, 'manifest.xml'), xml);
  fs.writeFileSync(path.join(dist, 'manifest.json'), formatUnified(unifiedFromXml(xml)));
  fs.cpSync(path.join(repoRoot, 'assets'), path.join(dist, 'assets'), { recursive: true });
  for (const f of ['taskpane.html', 'send-guard.html', 'send-guard.js'])
    fs.writeFileSync(path.join(dist, f), '');
  return dist;
}

describe('ADDIN_BASE_URL for a production build', () => {
  it.each([
    ['http://insecure.example.com', /is not https; Outlook loads add-ins only over https/],
    [
      'https://host.example/pcc/taskpane.html',
      /names a file \(taskpane\.html\); give the folder .* e\.g\. https:\/\/host\.example\/pcc\./,
    ],
    ['https://host.example/index.php', /names a file \(index\.php\)/],
    ['not a url', /is not an absolute URL/],
    ['https://host.example/pcc?x=1', /must not contain a query/],
  ])('refuses %s with one sentence', (url, sentence) => {
    const problem = baseUrlProblem(url);
    expect(problem).toMatch(sentence);
    expect(problem?.split('\n')).toHaveLength(1);
  });

  it.each([
    'https://host.example',
    'https://host.example/pcc',
    'https://host.example/pcc/',
    'https://host.example/v1.2/',
  ])('accepts the folder %s', (url) => expect(baseUrlProblem(url)).toBeNull());

  it.each([
    ['http://insecure.example.com', /is not https/],
    ['https://host.example/pcc/taskpane.html', /names a file/],
  ])(
    'webpack exits non-zero at once for %s and removes the stale manifests from the output',
    (url, sentence) => {
      const out = tempDir();
      fs.writeFileSync(path.join(out, 'manifest.xml'), 'stale');
      fs.writeFileSync(path.join(out, 'manifest.json'), 'stale');
      const r = run(webpackBin, ['--mode', 'production', '--output-path', out], { ADDIN_BASE_URL: url });
      expect(r.status).not.toBe(0);
      expect(r.out).toMatch(sentence);
      expect(r.out).not.toMatch(/\n\s+at /); // no stack trace
      expect(fs.existsSync(path.join(out, 'manifest.xml'))).toBe(false);
      expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(false);
    },
  );
});

describe('ManifestPlugin in a small webpack build', () => {
  async function build(options: { baseUrl: string | undefined; entrySource?: string; out?: string }) {
    const webpack = require('webpack') as typeof import('webpack');
    const dir = tempDir();
    const entry = path.join(dir, 'entry.js');
    fs.writeFileSync(entry, options.entrySource ?? 'console.log(1);\n');
    const out = options.out ?? path.join(dir, 'dist');
    const compiler = webpack({
      mode: 'production',
      context: dir,
      entry,
      output: { path: out },
      plugins: [
        new ManifestPlugin({ source: path.join(repoRoot, 'manifest.xml'), baseUrl: options.baseUrl }),
      ],
    });
    const stats = await new Promise<import('webpack').Stats | undefined>((resolve, reject) =>
      compiler.run((err, s) => (err ? reject(err) : resolve(s))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    return { out, stats: stats?.toJson({ all: false, errors: true, warnings: true }) };
  }

  it('emits manifest.json beside manifest.xml, for the same base URL', async () => {
    const { out, stats } = await build({ baseUrl: 'https://addins.example.com/pcc/' });
    expect(stats?.errors).toEqual([]);
    const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    const json = fs.readFileSync(path.join(out, 'manifest.json'), 'utf8');
    expect(json).toBe(formatUnified(unifiedFromXml(xml)));
    expect(checkUnifiedManifest(JSON.parse(json), { baseDir: out }).errors).toEqual([]);
  });

  it('without ADDIN_BASE_URL builds for localhost and says in one line that it is for development only', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { out, stats } = await build({ baseUrl: undefined });
      expect(stats?.errors).toEqual([]);
      expect(fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8')).toContain(
        'https://localhost:3000/taskpane.html',
      );
      const lines = warn.mock.calls.map((c) => String(c[0]));
      expect(lines.filter((l) => /for development only/.test(l))).toHaveLength(1);
      expect(lines.find((l) => /for development only/.test(l))).not.toContain('\n');
    } finally {
      warn.mockRestore();
    }
  });

  it('removes the previous manifests when the build fails', async () => {
    const out = path.join(tempDir(), 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'manifest.xml'), 'stale');
    fs.writeFileSync(path.join(out, 'manifest.json'), 'stale');
    const { stats } = await build({
      baseUrl: 'https://addins.example.com',
      entrySource: 'this is not javascript(',
      out,
    });
    expect(stats?.errors?.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(out, 'manifest.xml'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'manifest.json'))).toBe(false);
  });
});

describe('npm run validate -- --production (the deploy-time check)', () => {
  it('refuses a development (localhost) build, naming the URLs', () => {
    const dist = fakeDist('https://localhost:3000');
    const r = node('validate-manifest.mjs', [
      '--production',
      path.join(dist, 'manifest.xml'),
      path.join(dist, 'manifest.json'),
    ]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(
      /https:\/\/localhost:3000\/taskpane\.html is on this machine \(localhost\): a development URL/,
    );
    expect(r.out).toMatch(/code\.page: https:\/\/localhost:3000\/taskpane\.html is on this machine/);
    expect(r.out).toMatch(/Not fit for deployment: build for your host with ADDIN_BASE_URL=/);
  });

  it('passes a build for an https host', () => {
    const dist = fakeDist('https://addins.example.com/pcc');
    const r = node('validate-manifest.mjs', [
      '--production',
      path.join(dist, 'manifest.xml'),
      path.join(dist, 'manifest.json'),
    ]);
    expect(r.out).toMatch(/ok {3}URLs for deployment/);
    expect(r.out).toMatch(/manifest\.json: valid against .*URLs fit for deployment/);
    expect(r.status).toBe(0);
  });
});

describe('npm run validate: relative icon paths', () => {
  it('are looked up beside the manifest by default, and under --base DIR when given', () => {
    const elsewhere = tempDir();
    fs.copyFileSync(path.join(repoRoot, 'manifest.xml'), path.join(elsewhere, 'manifest.xml'));
    fs.copyFileSync(path.join(repoRoot, 'manifest.json'), path.join(elsewhere, 'manifest.json'));
    const files = [path.join(elsewhere, 'manifest.xml'), path.join(elsewhere, 'manifest.json')];
    const beside = node('validate-manifest.mjs', files);
    expect(beside.status).toBe(1);
    expect(beside.out).toMatch(/icons\.color "assets\/icon-color-192\.png" not found/);
    expect(beside.out).toMatch(/icon-64\.png/);
    const based = node('validate-manifest.mjs', ['--base', repoRoot, ...files]);
    expect(based.out).not.toMatch(/not found/);
    expect(based.status).toBe(0);
  });

  it('documents it in --help', () => {
    const r = node('validate-manifest.mjs', ['--help']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/--base DIR: look icons up under DIR; without it, beside each manifest/);
    expect(r.out).toMatch(/https:\/\/host\/pcc\/assets\/icon-64\.png -> DIR\/assets\/icon-64\.png/);
  });
});

describe('npm run package', () => {
  it('refuses without ADDIN_BASE_URL', () => {
    const r = node('package.mjs', ['--no-build'], { ADDIN_BASE_URL: '' });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/set ADDIN_BASE_URL to the https folder/);
  });

  it('refuses a localhost build (the deploy-time check) and writes no zip', () => {
    const dist = fakeDist('https://localhost:3000');
    const zip = path.join(tempDir(), 'app.zip');
    const r = node('package.mjs', ['--no-build', '--dist', dist, '--out', zip], {
      ADDIN_BASE_URL: 'https://localhost:3000',
    });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/the deploy-time check failed/);
    expect(fs.existsSync(zip)).toBe(false);
  });

  it('refuses a dist/ built for another URL', () => {
    const dist = fakeDist('https://old.example.com/pcc');
    const r = node('package.mjs', ['--no-build', '--dist', dist, '--out', path.join(tempDir(), 'a.zip')], {
      ADDIN_BASE_URL: 'https://addins.example.com/pcc',
    });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(
      /was built for https:\/\/old\.example\.com\/pcc\/, not https:\/\/addins\.example\.com\/pcc\//,
    );
  });

  it('writes the zip the admin center takes: manifest.json and its two icons', () => {
    const dist = fakeDist('https://addins.example.com/pcc');
    const zip = path.join(tempDir(), 'app.zip');
    const r = node('package.mjs', ['--no-build', '--dist', dist, '--out', zip], {
      ADDIN_BASE_URL: 'https://addins.example.com/pcc',
    });
    expect(r.out).toMatch(/wrote .*app\.zip/);
    expect(r.status).toBe(0);
    const entries = unzipSync(new Uint8Array(fs.readFileSync(zip)));
    expect(Object.keys(entries).sort()).toEqual([
      'assets/icon-color-192.png',
      'assets/icon-outline-32.png',
      'manifest.json',
    ]);
    const manifest = JSON.parse(Buffer.from(entries['manifest.json'] as Uint8Array).toString('utf8'));
    expect(manifest.extensions[0].runtimes[0].code.page).toBe('https://addins.example.com/pcc/taskpane.html');
    // The package validates on its own: icons resolved inside the unzipped package.
    const unpacked = tempDir();
    for (const [name, bytes] of Object.entries(entries)) {
      fs.mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
      fs.writeFileSync(path.join(unpacked, name), bytes);
    }
    expect(checkUnifiedManifest(manifest, { baseDir: unpacked }).errors).toEqual([]);
    // Same input, same bytes.
    expect(makeAppPackage(dist).equals(fs.readFileSync(zip))).toBe(true);
  });
});

describe('npm run certs', () => {
  const linux = process.platform === 'linux' ? it : it.skip;
  linux('says the CA could not be installed, with what to do on Linux, and exits 1 (no sudo)', () => {
    // A home of its own, and a PATH with node only: no sudo, so nothing is installed anywhere.
    const home = tempDir();
    const bin = tempDir();
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const r = node('certs.mjs', [], { HOME: home, PATH: bin });
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/could NOT be installed/);
    expect(r.out).toMatch(/On Linux/);
    expect(r.out).toMatch(/preview mode/);
  });
});

describe('npm run bench writes to an untracked file', () => {
  it('by default: bench/out/results.json, which git ignores', () => {
    const r = node('bench.mjs', ['--dry-run']);
    expect(r.out.trim()).toBe('would write bench/out/results.json');
    const ignored = run('git', ['check-ignore', 'bench/out/results.json']);
    expect(ignored.status).toBe(0);
  });

  it('only --record updates the committed figures', () => {
    const r = node('bench.mjs', ['--dry-run', '--record']);
    expect(r.out.trim()).toBe('would write bench/results.json and bench/README.md');
    expect(run('git', ['ls-files', '--error-unmatch', 'bench/results.json', 'bench/README.md']).status).toBe(
      0,
    );
  });
});
