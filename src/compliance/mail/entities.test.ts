import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { decodeEntities } from './entities';
import type { HtmlNode } from './html';
import { parseHtmlWithHtmlparser2 } from './parse-html-htmlparser2';

/** htmlparser2's own decoding (decodeEntities: true): the reference our decoder must match. */
function reference(html: string): { texts: string; attrs: string[] } {
  let texts = '';
  const attrs: string[] = [];
  const p = new Parser(
    { ontext: (t) => (texts += t), onopentag: (_n, a) => attrs.push(...Object.values(a)) },
    { decodeEntities: true },
  );
  p.end(html);
  return { texts, attrs };
}

function ours(html: string): { texts: string; attrs: string[] } {
  let texts = '';
  const attrs: string[] = [];
  const walk = (nodes: HtmlNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') texts += n.text;
      else {
        attrs.push(...Object.values(n.attrs));
        walk(n.children);
      }
    }
  };
  walk(parseHtmlWithHtmlparser2(html));
  return { texts, attrs };
}

describe('character references', () => {
  test.each([
    ['&amp; &lt; &gt; &quot; &apos; &nbsp;', '& < > " \' \u00a0'],
    ['&eacute;&Eacute;&szlig;&yuml;', 'éÉßÿ'],
    ['&rsquo;&ldquo;&hellip;&euro;&trade;&mdash;', '’“…€™—'],
    ['&alpha;&Omega;&sigmaf;', 'αΩς'],
    ['&#39;&#x27;&#X41;&#65', "''AA"],
    ['&#128;&#x92;', '€’'], // Windows-1252 substitutions
    ['&#0;&#xD800;&#x110000;&#99999999999;', '\ufffd\ufffd\ufffd\ufffd'],
    ['&copy 2025 &amp', '© 2025 &'],
    ['&notit; &unknown; & ; &#; &#x;', '¬it; &unknown; & ; &#; &#x;'],
  ])('%j', (raw, decoded) => {
    expect(decodeEntities(raw)).toBe(decoded);
  });

  test('attribute values: a legacy reference followed by a letter, digit or "=" is left as written', () => {
    expect(decodeEntities('a?x=1&copy=2&not;&notit', true)).toBe('a?x=1&copy=2¬&notit');
  });

  test('property: the tree builder decodes exactly as htmlparser2 does (text and attributes)', () => {
    const names = [
      'amp',
      'lt',
      'gt',
      'quot',
      'apos',
      'nbsp',
      'copy',
      'reg',
      'eacute',
      'Auml',
      'szlig',
      'euro',
      'rsquo',
      'hellip',
      'alpha',
      'Omega',
      'not',
      'AMP',
      'yuml',
      'trade',
      'mdash',
    ];
    const ref = fc.oneof(
      fc.constantFrom(...names).map((n) => `&${n};`),
      fc.constantFrom(...names).map((n) => `&${n}`),
      fc.integer({ min: 0, max: 0x11ffff }).map((n) => `&#${n};`),
      fc.integer({ min: 0, max: 0x11ffff }).map((n) => `&#x${n.toString(16)};`),
      fc.integer({ min: 0, max: 300 }).map((n) => `&#${n}`),
    );
    const piece = fc.oneof(
      ref,
      fc.constantFrom('&', ';', '#', 'x', 'a', 'Z', '1', '=', ' ', '<b>', '</b>', '<br>', '\n', 'é', '< 3'),
    );
    const text = fc.array(piece, { maxLength: 20 }).map((a) => a.join(''));
    const attr = fc
      .array(fc.oneof(ref, fc.constantFrom('&', ';', 'x', '1', '=', ' ', '?')), { maxLength: 10 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, attr, (t, a) => {
        const html = `<div title="${a.replace(/"/g, '')}">${t}</div>`;
        expect(ours(html)).toEqual(reference(html));
      }),
      { numRuns: 2000 },
    );
  });
});
