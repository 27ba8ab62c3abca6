// The manifest speaks every language the pane speaks: the add-in's name, description and ribbon
// strings have an <Override Locale> for each, and the ribbon button is named as the pane's title.
import fs from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src/compliance/catalogue/locales';

const ROOT = path.join(__dirname, '..', '..');
const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
/** Outlook's culture for each catalogue (what <Override Locale> names). */
const CULTURE: Record<string, string> = {
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  it: 'it-IT',
  'pt-BR': 'pt-BR',
  ja: 'ja-JP',
  'zh-CN': 'zh-CN',
  ko: 'ko-KR',
};
const TRANSLATED = LOCALES.filter((l) => l !== 'en');
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');

/** Each localisable element: its name (or resource id) and its overrides by culture. */
function localisable(): { name: string; overrides: Record<string, string> }[] {
  const out: { name: string; overrides: Record<string, string> }[] = [];
  const re = /<(DisplayName|Description|bt:String)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
  for (const m of xml.matchAll(re)) {
    const id = /\bid="([^"]+)"/.exec(m[2] ?? '')?.[1];
    if (m[1] === 'Description' && !/DefaultValue=/.test(m[2] ?? '')) continue; // a Control's <Description resid>
    const overrides: Record<string, string> = {};
    for (const o of (m[4] ?? '').matchAll(/<(?:bt:)?Override Locale="([^"]+)" Value="([^"]*)"/g))
      overrides[o[1] ?? ''] = unescape(o[2] ?? '');
    out.push({ name: id ?? m[1] ?? '', overrides });
  }
  return out;
}

describe('manifest.xml in every language', () => {
  test('the name, description and every ribbon string have an override per supported language', () => {
    const items = localisable();
    expect(items.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'DisplayName',
        'Description',
        'Group.Label',
        'PaneButton.Label',
        'PaneButton.Tooltip',
      ]),
    );
    for (const item of items) {
      expect({ name: item.name, cultures: Object.keys(item.overrides).sort() }).toEqual({
        name: item.name,
        cultures: TRANSLATED.map((l) => CULTURE[l]).sort(),
      });
    }
  });

  test.each(TRANSLATED)('%s: the ribbon button and the add-in are named as the pane’s title', (id) => {
    const { pane } = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'src/compliance/catalogue/locales', `${id}.json`), 'utf8'),
    ) as { pane: Record<string, string> };
    for (const item of localisable().filter((i) => i.name === 'PaneButton.Label' || i.name === 'DisplayName'))
      expect(item.overrides[CULTURE[id] ?? '']).toBe(pane['app.title']);
  });
});
