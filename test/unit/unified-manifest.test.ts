// manifest.json (the unified Microsoft 365 app manifest): generated from manifest.xml, valid against
// Microsoft's JSON schema offline, and naming the same pane, handler, permissions and requirement
// sets as manifest.xml (compared here from each file independently).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { checkUnifiedManifest } from '../../scripts/json-checks.js';
import { rewriteManifest } from '../../scripts/manifest-plugin.js';
import { formatUnified, unifiedFromXml } from '../../scripts/unified-manifest.js';

const repoRoot = path.resolve(__dirname, '../..');
const xmlText = fs.readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const jsonText = fs.readFileSync(path.join(repoRoot, 'manifest.json'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const unified: Json = JSON.parse(jsonText);
const clone = (v: Json): Json => JSON.parse(JSON.stringify(v));

// --- manifest.xml read on its own terms (not through the generator) ---
const xmlRoot = parseDocument(xmlText, { xmlMode: true }).children.find((n) => n.type === 'tag') as Element;
const localName = (e: Element) => e.name.replace(/^.*:/, '');
function all(e: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const c of e.children)
    if (c.type === 'tag') {
      if (localName(c as Element) === name) out.push(c as Element);
      out.push(...all(c as Element, name));
    }
  return out;
}
const text = (e: Element | undefined): string =>
  e
    ? e.children
        .map((c) => ('data' in c ? String(c.data) : c.type === 'tag' ? text(c as Element) : ''))
        .join('')
        .trim()
    : '';
const innermost = all(xmlRoot, 'VersionOverrides').at(-1) as Element;
const xmlUrl = (resid: string) =>
  all(innermost, 'Url').find((u) => u.attribs.id === resid)?.attribs.DefaultValue ?? `missing ${resid}`;

describe('manifest.json', () => {
  it('is what manifest.xml gives (npm run manifest)', () => {
    expect(jsonText).toBe(formatUnified(unifiedFromXml(xmlText)));
  });

  it("is valid against Microsoft's schema for its manifestVersion, offline, icons included", () => {
    const r = checkUnifiedManifest(unified, { baseDir: repoRoot });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.schema).toMatch(/^@microsoft\/app-manifest v1\.17\/MicrosoftTeams\.schema\.json$/);
    expect(unified.$schema).toContain('/v1.17/');
  });

  it.each([
    [
      'a send mode the schema does not know',
      (m: Json) => (m.extensions[0].autoRunEvents[0].events[0].options.sendMode = 'soft'),
      /sendMode must be one of/,
    ],
    ['no icons', (m: Json) => delete m.icons, /must have required property 'icons'/],
    [
      'an http pane',
      (m: Json) => (m.extensions[0].runtimes[0].code.page = 'http://x.example/taskpane.html'),
      /code\.page: http:\/\/x\.example\/taskpane\.html is not https/,
    ],
    ['a non-GUID id', (m: Json) => (m.id = 'not-a-guid'), /^id must match pattern/],
    [
      'an unknown property',
      (m: Json) => (m.extensions[0].autorun = []),
      /has "autorun", which is not allowed/,
    ],
  ])('is refused with %s', (_what, mutate, message) => {
    const m = clone(unified);
    mutate(m);
    const r = checkUnifiedManifest(m, { baseDir: repoRoot });
    expect(r.ok).toBe(false);
    expect(r.errors.join('\n')).toMatch(message);
  });

  it('is refused with icons that are missing, of the wrong size, or an outline that is not white', () => {
    const missing = clone(unified);
    missing.icons.color = 'assets/nope.png';
    expect(checkUnifiedManifest(missing, { baseDir: repoRoot }).errors.join('\n')).toMatch(
      /icons\.color "assets\/nope\.png" not found/,
    );
    const wrongSize = clone(unified);
    wrongSize.icons.color = 'assets/icon-128.png';
    expect(checkUnifiedManifest(wrongSize, { baseDir: repoRoot }).errors.join('\n')).toMatch(
      /is 128x128; it must be 192x192/,
    );
    const notWhite = clone(unified);
    notWhite.icons.outline = 'assets/icon-32.png';
    expect(checkUnifiedManifest(notWhite, { baseDir: repoRoot }).errors.join('\n')).toMatch(
      /white on a transparent background/,
    );
  });

  it('resolves its icon paths against the folder given, not the current directory', () => {
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-unified-'));
    try {
      expect(checkUnifiedManifest(unified, { baseDir: elsewhere }).errors.join('\n')).toMatch(/not found/);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

describe('manifest.xml and manifest.json name the same add-in', () => {
  const ext = unified.extensions[0];
  const runtimeOf = (actionId: string) =>
    ext.runtimes.find((r: Json) => r.actions.some((a: Json) => a.id === actionId));

  it('same id, version and name', () => {
    expect(unified.id).toBe(text(all(xmlRoot, 'Id')[0]).toLowerCase());
    expect(text(all(xmlRoot, 'Version')[0])).toBe(`${unified.version}.0`);
    expect(unified.name.full).toBe(all(xmlRoot, 'DisplayName')[0]?.attribs.DefaultValue);
  });

  it('the same pane, opened from the same compose button', () => {
    const button = all(innermost, 'Control')[0] as Element;
    const paneResid = all(button, 'SourceLocation')[0]?.attribs.resid ?? '';
    const control = ext.ribbons[0].tabs[0].groups[0].controls[0];
    expect(ext.ribbons[0].contexts).toEqual(['mailCompose']);
    expect(all(innermost, 'ExtensionPoint').map((e) => e.attribs['xsi:type'])).toContain(
      'MessageComposeCommandSurface',
    );
    expect(control.id).toBe(button.attribs.id);
    expect(runtimeOf(control.actionId).code.page).toBe(xmlUrl(paneResid));
    expect(xmlUrl(paneResid)).toBe('https://localhost:3000/taskpane.html');
    expect(runtimeOf(control.actionId).actions[0]).toMatchObject({ type: 'openPage', pinnable: true });
    expect(text(all(button, 'SupportsPinning')[0])).toBe('true');
  });

  it('the same send-time handler, runtime page and classic-Outlook script, with SoftBlock', () => {
    const launch = all(innermost, 'LaunchEvent')[0] as Element;
    const runtime = all(innermost, 'Runtime')[0] as Element;
    const override = all(runtime, 'Override')[0] as Element;
    const event = ext.autoRunEvents[0].events[0];
    expect(launch.attribs).toMatchObject({ Type: 'OnMessageSend', SendMode: 'SoftBlock' });
    expect(event).toEqual({
      type: 'messageSending',
      actionId: launch.attribs.FunctionName,
      options: { sendMode: 'softBlock' },
    });
    expect(runtimeOf(event.actionId).code).toEqual({
      page: xmlUrl(runtime.attribs.resid ?? ''),
      script: xmlUrl(override.attribs.resid ?? ''),
    });
    expect(runtimeOf(event.actionId).actions[0].type).toBe('executeFunction');
  });

  it('the same permission', () => {
    expect(text(all(xmlRoot, 'Permissions')[0])).toBe('ReadWriteItem');
    expect(unified.authorization.permissions.resourceSpecific).toEqual([
      { name: 'MailboxItem.ReadWrite.User', type: 'Delegated' },
    ]);
  });

  it('the same requirement sets: install, and the pane and handler', () => {
    const installSet = all(xmlRoot, 'Requirements')[0] as Element;
    const set = all(installSet, 'Set')[0] as Element;
    expect(ext.requirements).toEqual({
      scopes: ['mail'],
      capabilities: [{ name: set.attribs.Name, minVersion: set.attribs.MinVersion }],
    });
    const voSets = all(innermost, 'Sets').find(
      (s) => s.parent === all(innermost, 'Requirements')[0],
    ) as Element;
    const overrides = {
      name: all(voSets, 'Set')[0]?.attribs.Name,
      minVersion: voSets.attribs.DefaultMinVersion,
    };
    for (const r of ext.runtimes) expect(r.requirements.capabilities).toEqual([overrides]);
    expect(ext.autoRunEvents[0].requirements.capabilities).toEqual([overrides]);
  });

  it('the same icons (the XML icons as the ribbon and alternate icons)', () => {
    const images = Object.fromEntries(
      all(innermost, 'Image')
        .filter((i) => i.attribs.id)
        .map((i) => [i.attribs.id, i.attribs.DefaultValue]),
    );
    const icons = ext.ribbons[0].tabs[0].groups[0].controls[0].icons;
    expect(icons).toEqual([16, 32, 80].map((size) => ({ size, url: images[`Icon.${size}`] })));
    expect(ext.alternates[0].alternateIcons.icon.url).toBe(all(xmlRoot, 'IconUrl')[0]?.attribs.DefaultValue);
    expect(ext.alternates[0].alternateIcons.highResolutionIcon.url).toBe(
      all(xmlRoot, 'HighResolutionIconUrl')[0]?.attribs.DefaultValue,
    );
  });
});

describe('unifiedFromXml', () => {
  it('follows the deployment URL of the rewritten manifest.xml', () => {
    const m = unifiedFromXml(rewriteManifest(xmlText, 'https://addins.example.com/pcc'));
    const urls = JSON.stringify(m).match(/https?:\/\/[^"]+/g) ?? [];
    const own = urls.filter((u) => !u.startsWith('https://developer.microsoft.com/'));
    expect(own.length).toBeGreaterThan(8);
    for (const u of own) expect(u.startsWith('https://addins.example.com/pcc/')).toBe(true);
    expect(checkUnifiedManifest(m, { baseDir: repoRoot }).errors).toEqual([]);
  });

  it('follows a change of permission in manifest.xml', () => {
    const m = unifiedFromXml(
      xmlText.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>ReadItem</Permissions>'),
    );
    expect(m.authorization.permissions.resourceSpecific[0].name).toBe('MailboxItem.Read.User');
  });

  it('refuses what it cannot map instead of dropping it', () => {
    expect(() =>
      unifiedFromXml(xmlText.replace('Type="OnMessageSend"', 'Type="OnMessageRecipientsChanged"')),
    ).toThrow(/OnMessageRecipientsChanged.*does not map/);
    expect(() =>
      unifiedFromXml(
        xmlText.replace('<Permissions>ReadWriteItem</Permissions>', '<Permissions>Everything</Permissions>'),
      ),
    ).toThrow(/Permissions.*does not map/);
    expect(() => unifiedFromXml('<OfficeApp xmlns="x"><Id>1</Id></OfficeApp>')).toThrow(/MailApp/);
  });
});
