import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  checkManifest,
  findSchemasDir,
  formatResult,
  NS,
  parseXml,
  pngSize,
  schemasAvailable,
  type ManifestResult,
} from '../../scripts/manifest-checks.js';
import { ManifestPlugin, normalizeBaseUrl, rewriteManifest } from '../../scripts/manifest-plugin.js';

const repoRoot = path.resolve(__dirname, '../..');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const source = fs.readFileSync(manifestPath, 'utf8');
const schemasDir = findSchemasDir(repoRoot);

jest.setTimeout(30000);

/** Checks manifest text as if it were manifest.xml in the repository (icons from assets/). */
function check(xml: string, opts: { schemas?: boolean } = {}): Promise<ManifestResult> {
  return checkManifest(
    { xml, fileName: 'manifest.xml' },
    { schemasDir: opts.schemas === false ? null : schemasDir, localRoot: repoRoot },
  );
}

/** Replaces exactly one occurrence, so that a mutation cannot silently miss. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const count =
    typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from, 'g')) ?? []).length;
  if (count < 1) throw new Error(`mutation target not found: ${String(from)}`);
  return xml.replace(from, to);
}

const failed = (r: ManifestResult) => r.checks.filter((c) => !c.ok).map((c) => c.name);
const details = (r: ManifestResult) => r.checks.flatMap((c) => c.details).join('\n');

describe('the schemas', () => {
  it("are the repository's own copy (schemas/office-manifest), unless $MANIFEST_SCHEMAS names another", () => {
    expect(findSchemasDir(repoRoot, {})).toBe(path.join(repoRoot, 'schemas', 'office-manifest'));
    expect(findSchemasDir(repoRoot, { MANIFEST_SCHEMAS: 'elsewhere' })).toBe(path.resolve('elsewhere'));
    expect(schemasAvailable(findSchemasDir(repoRoot, {}))).toBe(true);
  });
});

describe('manifest.xml', () => {
  it('is valid against the XSD and passes every extra check', async () => {
    const r = await check(source);
    expect(r.schema.errors).toEqual([]);
    expect(r.schema.status).toBe('valid');
    expect(r.schema.others).toBeGreaterThanOrEqual(5);
    expect(failed(r)).toEqual([]);
    expect(r.checks.length).toBeGreaterThanOrEqual(9);
    expect(r.ok).toBe(true);
    expect(formatResult(r)[0]).toMatch(
      /^manifest\.xml: valid against OfficeAppManifestV1_1\.xsd \(\+\d+ schemas\); \d+ extra checks passed$/,
    );
  });

  it('is a compose-only MailApp with the product names and the send-time handler', () => {
    const root = parseXml(source);
    const find = (local: string) => [...root.children].find((c) => c.local === local);
    expect(root.local).toBe('OfficeApp');
    expect(find('DisplayName')?.attrs.DefaultValue).toBe('Primary Contact Request');
    expect(find('Permissions')?.text.trim()).toBe('ReadWriteItem');
    expect(source).toMatch(
      /<LaunchEvent Type="OnMessageSend" FunctionName="onMessageSendHandler" SendMode="SoftBlock"/,
    );
    expect(source).toMatch(/DefaultValue="Primary contact request"/);
    expect(source).not.toMatch(/MessageReadCommandSurface|ItemRead/);
  });

  it('still passes the extra checks and a structural check without the schemas', async () => {
    const r = await check(source, { schemas: false });
    expect(r.schema.status).toBe('missing');
    expect(r.checks[0]?.name).toMatch(/structure/);
    expect(failed(r)).toEqual([]);
    expect(formatResult(r)[0]).toMatch(/NOT validated against the XSD/);
  });
});

describe('mutated manifests fail', () => {
  it('a bad GUID (XSD and extra check)', async () => {
    const r = await check(mutate(source, /<Id>[^<]+<\/Id>/, '<Id>not-a-guid</Id>'));
    expect(r.ok).toBe(false);
    expect(r.schema.status).toBe('invalid');
    expect(failed(r)).toContain('Id is a GUID');
  });

  it('a permission that does not exist (ReadWriteSubject)', async () => {
    const r = await check(
      mutate(
        source,
        '<Permissions>ReadWriteItem</Permissions>',
        '<Permissions>ReadWriteSubject</Permissions>',
      ),
    );
    expect(r.ok).toBe(false);
    expect(r.schema.status).toBe('invalid');
    expect(failed(r)).toContain('Permissions is ReadWriteItem');
  });

  it('more permission than needed (ReadWriteMailbox), which the XSD allows', async () => {
    const r = await check(
      mutate(
        source,
        '<Permissions>ReadWriteItem</Permissions>',
        '<Permissions>ReadWriteMailbox</Permissions>',
      ),
    );
    expect(r.schema.status).toBe('valid');
    expect(r.ok).toBe(false);
    expect(failed(r)).toEqual(['Permissions is ReadWriteItem']);
  });

  it('SendMode="Block"', async () => {
    const r = await check(mutate(source, 'SendMode="SoftBlock"', 'SendMode="Block"'));
    expect(r.schema.status).toBe('valid');
    expect(r.ok).toBe(false);
    expect(failed(r)).toEqual(['send-time events use SoftBlock or PromptUser, never Block']);
  });

  it('a resid with no resource', async () => {
    const r = await check(
      mutate(
        source,
        '<Override type="javascript" resid="SendGuardJs.Url" />',
        '<Override type="javascript" resid="Missing.Url" />',
      ),
    );
    expect(r.ok).toBe(false);
    expect(failed(r)).toContain('every resid refers to a resource of its VersionOverrides');
    expect(details(r)).toMatch(/resid="Missing\.Url"> has no resource with that id/);
  });

  it('a resid that names the wrong kind of resource', async () => {
    const r = await check(
      mutate(source, '<SourceLocation resid="Taskpane.Url" />', '<SourceLocation resid="Group.Label" />'),
    );
    expect(r.ok).toBe(false);
    expect(details(r)).toMatch(/must name a Urls resource, but "Group\.Label" is in ShortStrings/);
  });

  it('a resid longer than 32 characters', async () => {
    const long = 'PrimaryContactRequest.Taskpane.Url'; // 34 characters
    const xml = source.split('"Taskpane.Url"').join(`"${long}"`);
    const r = await check(xml);
    expect(r.ok).toBe(false);
    expect(failed(r)).toContain('resource ids are unique and at most 32 characters');
  });

  it('an http URL', async () => {
    const r = await check(
      mutate(
        source,
        'DefaultValue="https://localhost:3000/send-guard.js"',
        'DefaultValue="http://localhost:3000/send-guard.js"',
      ),
    );
    expect(r.ok).toBe(false);
    expect(failed(r)).toContain('every URL is https');
  });

  it('an icon of the wrong size', async () => {
    const r = await check(
      mutate(source, /(<bt:Image id="Icon\.16" DefaultValue="[^"]*)icon-16\.png/, '$1icon-32.png'),
    );
    expect(r.ok).toBe(false);
    expect(details(r)).toMatch(/icon-32\.png is 32x32, expected 16x16/);
  });

  it('a missing icon file', async () => {
    const r = await check(mutate(source, /icon-128\.png/, 'icon-256.png'));
    expect(r.ok).toBe(false);
    expect(details(r)).toMatch(/icon-256\.png does not exist/);
  });

  it('activation in read mode', async () => {
    const r = await check(mutate(source, 'FormType="Edit"', 'FormType="ReadOrEdit"'));
    expect(r.ok).toBe(false);
    expect(failed(r)).toContain('activates in message compose only');
  });

  it('a LaunchEvent whose SourceLocation is not a Runtime', async () => {
    const r = await check(
      mutate(source, /(<\/LaunchEvents>\s*<SourceLocation resid=")SendGuard\.Url/, '$1Taskpane.Url'),
    );
    expect(r.ok).toBe(false);
    expect(failed(r)).toContain('LaunchEvent handlers are wired to a Runtime with a JavaScript override');
  });

  it('XML that is not well-formed', async () => {
    const r = await check(mutate(source, '</Permissions>', '</Permission>'));
    expect(r.ok).toBe(false);
    expect(r.schema.status).toBe('not-well-formed');
  });

  it('an element the XSD does not know, even when the extra checks pass', async () => {
    const r = await check(mutate(source, '<Permissions>', '<Unknown/><Permissions>'));
    expect(r.schema.status).toBe('invalid');
    expect(r.ok).toBe(false);
  });
});

describe('rewriteManifest', () => {
  const count = (s: string, sub: string) => s.split(sub).length - 1;

  it('replaces every https://localhost:3000 with the base URL', () => {
    const n = count(source, 'https://localhost:3000');
    expect(n).toBeGreaterThanOrEqual(10);
    const out = rewriteManifest(source, 'https://addin.example.com/pcr/');
    expect(out).not.toMatch(/localhost/);
    expect(count(out, 'https://addin.example.com/pcr')).toBe(n);
    expect(out).toContain('https://addin.example.com/pcr/taskpane.html');
    expect(out).toContain('https://addin.example.com/pcr/send-guard.js');
  });

  it('trims trailing slashes, escapes XML and leaves other ports alone', () => {
    expect(rewriteManifest('<a b="https://localhost:3000/x"/>', 'https://h.example//')).toBe(
      '<a b="https://h.example/x"/>',
    );
    expect(rewriteManifest('https://localhost:3000', 'https://h.example/a&b')).toBe(
      'https://h.example/a&amp;b',
    );
    expect(rewriteManifest('https://localhost:30001/x', 'https://h.example')).toBe(
      'https://localhost:30001/x',
    );
  });

  it('refuses a base URL that is not an absolute http(s) URL', () => {
    expect(() => normalizeBaseUrl('addin.example.com')).toThrow(/absolute URL/);
    expect(() => normalizeBaseUrl('ftp://addin.example.com')).toThrow(/https/);
    expect(() => normalizeBaseUrl('https://addin.example.com/?x=1')).toThrow(/query/);
  });

  it('gives a manifest that is still valid', async () => {
    const r = await check(rewriteManifest(source, 'https://addin.example.com/pcr'));
    expect(r.schema.status).toBe('valid');
    expect(failed(r)).toEqual([]);
  });
});

describe('ManifestPlugin in a webpack build', () => {
  let out: string;
  beforeAll(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-manifest-plugin-'));
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  async function build(baseUrl: string) {
    const webpack = require('webpack') as typeof import('webpack');
    const entry = path.join(out, 'entry.js');
    fs.writeFileSync(entry, 'console.log(1);\n');
    const compiler = webpack({
      mode: 'production',
      context: out,
      entry,
      output: { path: path.join(out, 'dist') },
      plugins: [new ManifestPlugin({ source: manifestPath, baseUrl })],
    });
    const stats = await new Promise<import('webpack').Stats>((resolve, reject) =>
      compiler.run((err, s) => (err || !s ? reject(err) : resolve(s))),
    );
    await new Promise((resolve) => compiler.close(resolve));
    return stats.toJson({ all: false, warnings: true, errors: true });
  }

  it('emits the rewritten manifest.xml and the assets', async () => {
    const stats = await build('https://addin.example.com/');
    expect(stats.errors).toEqual([]);
    expect(stats.warnings).toEqual([]);
    const xml = fs.readFileSync(path.join(out, 'dist', 'manifest.xml'), 'utf8');
    expect(xml).toBe(rewriteManifest(source, 'https://addin.example.com'));
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(out, 'dist', 'assets', `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('refuses a production base URL that is not https, before compiling', async () => {
    await expect(build('http://addin.example.com')).rejects.toThrow(/is not https/);
  });
});

describe('assets', () => {
  it.each([16, 32, 64, 80, 128])('icon-%i.png is a PNG of that size', (size) => {
    expect(pngSize(path.join(repoRoot, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
  });

  it('are what scripts/make-icons.mjs draws', () => {
    const output = execFileSync(
      process.execPath,
      [path.join(repoRoot, 'scripts', 'make-icons.mjs'), '--check'],
      {
        encoding: 'utf8',
      },
    );
    expect(output).not.toMatch(/STALE/);
  });
});

describe('parseXml', () => {
  it('resolves namespaces and keeps line numbers', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<a xmlns="urn:a" xmlns:b="urn:b">\n  <b:c x="1 &amp; 2"/>\n</a>',
    );
    expect(root.ns).toBe('urn:a');
    const c = root.children[0];
    expect(c?.local).toBe('c');
    expect(c?.ns).toBe('urn:b');
    expect(c?.attrs.x).toBe('1 & 2');
    expect(c?.line).toBe(3);
  });

  it('resolves xsi:type by namespace, CDATA and character references', () => {
    const root = parseXml(
      '<a xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:type="MailApp"><![CDATA[x<y]]>&#65;&lt;</a>',
    );
    expect(root.attrsNS).toContainEqual({ ns: NS.xsi, local: 'type', value: 'MailApp' });
    expect(root.text).toBe('x<yA<');
  });

  it('rejects mismatched tags, duplicate attributes, undeclared prefixes and DOCTYPEs, with the line', () => {
    expect(() => parseXml('<a>\n\n<b></a></b>')).toThrow(/^line 3: .*tag mismatch: "b" != "a"/);
    expect(() => parseXml('<a>\n<b x="1" x="2"/></a>')).toThrow(/^line 2: Attribute x redefined/);
    expect(() => parseXml('<a>\n<p:b/></a>')).toThrow(/^line 2: .*namespace/);
    expect(() => parseXml('<a>&unknown;</a>')).toThrow(/^line 1: entity not found/);
    expect(() => parseXml('<!DOCTYPE a><a/>')).toThrow(/^line 1: DOCTYPE declarations are not allowed/);
    expect(() => parseXml('')).toThrow(/root element/);
  });
});
