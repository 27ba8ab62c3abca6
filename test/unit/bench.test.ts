// scripts/bench.mjs --bytes-only --check (the CI byte-budget check), run as `npm test` runs it,
// against small dist/ folders written here: what counts as the first screen, what is on demand,
// the send-time handler's React check, the source-map attribution and the exit codes.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const BENCH = path.join(ROOT, 'scripts', 'bench.mjs');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A dist/ folder with these files (name -> content). */
function dist(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-bench-test-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

function page(scripts: string[], extra = ''): string {
  return [
    '<!doctype html><html><head><meta charset="utf-8"><title>t</title>',
    `<script src="${OFFICE_JS}" defer></script>`,
    ...scripts.map((s) => `<script defer src="${s}"></script>`),
    extra,
    '<style>body{margin:0}</style></head><body><div id="root"></div></body></html>',
  ].join('\n');
}

function bench(dir: string, ...args: string[]) {
  const out = path.join(dir, 'results-should-not-exist.json');
  const r = spawnSync(
    process.execPath,
    [BENCH, '--bytes-only', '--check', '--dist', dir, '--out', out, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, wrote: fs.existsSync(out) };
}

/** Incompressible text that gzips to about `kb` KB (base64 of random bytes). */
const noise = (kb: number) => `var x="${randomBytes(kb * 1024).toString('base64')}";`;

// Base64 VLQ, to write small source maps by hand.
function vlq(value: number): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += chars[digit];
  } while (v > 0);
  return out;
}

describe('bench --bytes-only --check', () => {
  jest.setTimeout(60_000);

  it('counts what taskpane.html loads, lists office.js as external and the rest as on demand', () => {
    const dir = dist({
      'taskpane.html': page(
        ['taskpane.0123abcd.js'],
        '<link rel="stylesheet" href="taskpane.0123abcd.css"><!-- <script src="old.js"></script> -->',
      ),
      'taskpane.0123abcd.js': 'console.log("pane");',
      'taskpane.0123abcd.css': 'body{color:red}',
      'region-suggest.89abcdef.js': 'console.log("later");',
      'old.js': 'console.log("commented out");',
      'send-guard.html': page(['send-guard.js']),
      'send-guard.js': 'Office.actions.associate("onMessageSend", function (e) { e.completed(); });',
    });
    const r = bench(dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [firstScreen = '', rest = ''] = r.stdout.split('On demand');
    expect(firstScreen).toMatch(/taskpane\.0123abcd\.js/);
    expect(firstScreen).toMatch(/taskpane\.0123abcd\.css/);
    expect(firstScreen).toContain(`external, not counted: ${OFFICE_JS}`);
    expect(firstScreen).not.toMatch(/old\.js|region-suggest/);
    const onDemand = rest.split('Send-time handler')[0];
    expect(onDemand).toMatch(/region-suggest\s+region-suggest\.89abcdef\.js/);
    expect(onDemand).toMatch(/old\.js/);
    expect(onDemand).not.toMatch(/send-guard|taskpane/);
    expect(r.stdout).toMatch(/send-guard\.js/);
    expect(r.stdout).toMatch(/React\/Fluent UI in it: none/);
    expect(r.stdout).toMatch(/byte budgets: met/);
    // The CI check never writes the recorded results.
    expect(r.wrote).toBe(false);
  });

  it('exits 1 when the first screen is over 100 KB gzip, and says by how much', () => {
    const dir = dist({
      'taskpane.html': page(['a.js', 'b.js']),
      'a.js': noise(60),
      'b.js': noise(50),
    });
    const r = bench(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /MISS\s+Pane first screen JS\+CSS, gzip\s+≤ 100\.0 KB\s+1[01]\d\.\d KB\s+MISSED by \d+\.\d KB/,
    );
    expect(r.stderr).toMatch(/byte budget missed: Pane first screen/);
  });

  it('exits 1 when the send-time handler holds React', () => {
    const dir = dist({
      'taskpane.html': page(['taskpane.js']),
      'taskpane.js': 'console.log(1);',
      'send-guard.js': 'var e=Symbol.for("react.transitional.element");',
    });
    const r = bench(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/React\/Fluent UI in it: YES \(markers: react\.transitional\.element/);
    expect(r.stderr).toMatch(/Send-time handler has no React\/Fluent/);
  });

  it('exits 1 when the handler is over 40 KB gzip', () => {
    const dir = dist({
      'taskpane.html': page(['taskpane.js']),
      'taskpane.js': 'console.log(1);',
      'send-guard.js': noise(45),
    });
    const r = bench(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/MISS\s+Send-time handler, gzip/);
  });

  it('names the biggest contributors from the source maps', () => {
    // One line: 3072 characters from react-dom, then 1024 from our own code.
    const code = `${'a'.repeat(3072)}${'b'.repeat(1024)}\n//# sourceMappingURL=taskpane.js.map`;
    const map = {
      version: 3,
      sources: [
        'webpack://x/./node_modules/react-dom/cjs/client.js',
        'webpack://x/./src/taskpane/app/App.tsx',
      ],
      names: [],
      mappings: `AAAA,${vlq(3072)}${vlq(1)}AAAA`,
    };
    const dir = dist({
      'taskpane.html': page(['taskpane.js']),
      'taskpane.js': code,
      'taskpane.js.map': JSON.stringify(map),
    });
    const r = bench(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/react-dom\s+3\.0 KB\s+7\d\.\d%/);
    expect(r.stdout).toMatch(/src\/taskpane\/app\s+1\.0 KB/);
  });

  it('fails clearly when there is no build', () => {
    const dir = dist({});
    const r = bench(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/taskpane\.html does not exist/);
  });
});

describe('round trips (roundTripDepth in scripts/bench-browser.mjs)', () => {
  /** Runs roundTripDepth on each timeline in a plain node process (the script is an ES module). */
  function depths(timelines: { start: number; end: number | null }[][]): number[] {
    const url = `file://${path.join(ROOT, 'scripts', 'bench-browser.mjs')}`;
    const code = `import { roundTripDepth } from ${JSON.stringify(url)};
      console.log(JSON.stringify(${JSON.stringify(timelines)}.map(roundTripDepth)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as number[];
  }

  it('counts calls that overlap once, and calls made one after another each', () => {
    const span = (start: number, end: number | null) => ({ start, end });
    expect(
      depths([
        [],
        // six calls one after another (the insert before reads and writes ran together)
        [0, 100, 200, 300, 400, 500].map((t) => span(t, t + 100)),
        // three reads together, then three writes together
        [span(0, 100), span(1, 101), span(2, 102), span(103, 203), span(104, 204), span(105, 205)],
        // a call made before another was answered does not wait for it; an unanswered one ends no chain
        [span(0, 100), span(50, 150), span(120, null), span(130, 230)],
      ]),
    ).toEqual([0, 6, 2, 2]);
  });
});
