// Character references in the htmlparser2 tree builder: decoded by char-refs.ts (HTML 4's names
// and every numeric reference, as the HTML standard decodes them), in text and attribute values,
// never inside <script>/<style>, with the text nodes' offsets still those of the source.
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import type { ElementNode, HtmlNode, TextNode } from './html';
import { parseHtmlWithHtmlparser2 } from './parse-html-htmlparser2';

// The reference below is htmlparser2 with its own, full decoder (the `entities` package), not the
// stand-in the builds and the other tests give it (jest.config.js moduleNameMapper).
jest.mock('entities/decode', () =>
  jest.requireActual(`${process.cwd()}/node_modules/entities/dist/decode.js`),
);

/** htmlparser2's own decoding (decodeEntities: true): the reference the tree builder must match. */
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

const textOf = (html: string) => ours(html).texts;

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
    // HTML5's names beyond HTML 4's table are left as written (see char-refs.ts); HTML 4's &rarr; is not.
    ['&check; &rarr; &NotEqualTilde; &fjlig;', '&check; → &NotEqualTilde; &fjlig;'],
  ])('text %j', (raw, decoded) => {
    expect(textOf(`<p>${raw}</p>`)).toBe(decoded);
  });

  test('attribute values: a legacy reference followed by a letter, digit or "=" is left as written', () => {
    const [a] = parseHtmlWithHtmlparser2('<a href="a?x=1&copy=2&not;&notit&amp;y">x</a>') as ElementNode[];
    expect(a?.attrs.href).toBe('a?x=1&copy=2¬&notit&y');
  });

  test('script and style text is not decoded', () => {
    const [script, style] = parseHtmlWithHtmlparser2(
      '<script>a &amp;&amp; b</script><style>p::after{content:"&lt;"}</style>',
    ) as ElementNode[];
    expect((script?.children[0] as TextNode).text).toBe('a &amp;&amp; b');
    expect((style?.children[0] as TextNode).text).toBe('p::after{content:"&lt;"}');
  });

  test('a decoded text node keeps the offset of its source', () => {
    const html = '<div>x</div><p>Caf&eacute; &amp; more</p>';
    const p = parseHtmlWithHtmlparser2(html)[1] as ElementNode;
    const text = p.children[0] as TextNode;
    expect(text.text).toBe('Café & more');
    expect(text.start).toBe(html.indexOf('Caf'));
    expect(p.innerEnd).toBe(html.lastIndexOf('</p>'));
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
      'notin',
      'AMP',
      'yuml',
      'trade',
      'mdash',
      'lang',
      'sigmaf',
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
