import fc from 'fast-check';
import { checkAccountNumber, normaliseAccountNumber } from './request/account';
import { isInternetHost, parseAddress } from './knowledge/address';
import { findElement, memoizeParseHtml, textContent, type ElementNode, type HtmlNode } from './mail/html';
import { parseHtmlWithHtmlparser2 as parse } from './mail/parse-html-htmlparser2';
import { COMMON_REASONS, freeTextStillAtCompany, reasonSentence, resolveReason } from './request/reasons';

describe('htmlparser2 tree builder', () => {
  test('lower-case tags and attribute names, decoded entities and attributes, text nodes', () => {
    const nodes = parse('<DIV ID="Signature" Title="a &amp; b">Jane&nbsp;Doe &lt;IT&gt;<BR>x</DIV>');
    const div = nodes[0] as ElementNode;
    expect(div).toMatchObject({ type: 'element', tag: 'div', attrs: { id: 'Signature', title: 'a & b' } });
    expect(div.children.map((c) => (c.type === 'text' ? c.text : c.tag))).toEqual([
      'Jane\u00a0Doe <IT>',
      'br',
      'x',
    ]);
  });

  test('offsets point at the source', () => {
    const src = '<html><body><p class=x>Hi <b>there</b></p >\n<div id="a">t</div></body></html>';
    const walk = (ns: HtmlNode[]) => {
      for (const n of ns) {
        if (n.type === 'text') {
          expect(src.slice(n.start, (n.start ?? 0) + n.text.length)).toBe(n.text);
        } else {
          expect(src.slice(n.start).toLowerCase().startsWith(`<${n.tag}`)).toBe(true);
          walk(n.children);
        }
      }
    };
    walk(parse(src));
    const div = findElement(parse(src), (e) => e.attrs['id'] === 'a') as ElementNode;
    expect(src.slice(div.start, div.end)).toBe('<div id="a">t</div>');
    expect(src.slice(div.innerEnd, div.end)).toBe('</div>');
  });

  test('property: never throws, and element offsets always start at a "<"', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc
            .array(
              fc.constantFrom(
                '<div>',
                '</div>',
                '<p>',
                '<br>',
                'x',
                '&amp;',
                '<!--',
                '-->',
                '</',
                '<a name=b>',
                '"',
                "'",
              ),
            )
            .map((a) => a.join('')),
        ),
        (src) => {
          const nodes = parse(src);
          findElement(nodes, (e) => {
            expect(src[e.start ?? -1]).toBe('<');
            expect(e.end ?? -1).toBeGreaterThanOrEqual(e.start ?? 0);
            return false;
          });
          expect(typeof textContent({ type: 'element', tag: 'x', attrs: {}, children: nodes })).toBe(
            'string',
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('addresses', () => {
  test.each([
    ['jane.doe@mycompany.com', 'jane.doe@mycompany.com', 'mycompany.com'],
    ['Jane Doe <jane.doe@MyCompany.com>', 'jane.doe@MyCompany.com', 'mycompany.com'],
    ['"Doe, Jane" <jane@uk.mycompany.co.uk>', 'jane@uk.mycompany.co.uk', 'uk.mycompany.co.uk'],
  ])('%j parses', (s, address, host) => {
    expect(parseAddress(s)).toMatchObject({ address, host });
  });
  test.each([[''], ['jane'], ['jane@'], ['a b@c.com'], ['a@b.com, c@d.com']])('%j does not', (s) =>
    expect(parseAddress(s)).toBeNull(),
  );
  test('the same address parsed again gives the same frozen answer, also after many others', () => {
    const first = parseAddress('Jane Doe <jane.doe@mycompany.com>');
    expect(parseAddress('Jane Doe <jane.doe@mycompany.com>')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    for (let i = 0; i < 200; i++) expect(parseAddress(`user${i}@example${i}.com`)?.host).toBe(`example${i}.com`);
    expect(parseAddress('Jane Doe <jane.doe@mycompany.com>')).toEqual(first);
    expect(parseAddress('a b@c.com')).toBeNull();
  });
  test('isInternetHost', () => {
    expect(isInternetHost('mycompany.com')).toBe(true);
    expect(isInternetHost('localhost')).toBe(false);
    expect(isInternetHost('10.0.0.1')).toBe(false);
  });
});

describe('account numbers', () => {
  test.each([
    ['0001234567', 'ok'],
    [' 000-123 4567 ', 'ok'],
    ['000‐123‐4567', 'ok'], // Unicode hyphens
    ['', 'empty'],
    ['12345678901', 'unusual-length'],
    ['12O4567890', 'not-digits'], // letter O
  ])('%j → %s', (s, kind) => expect(checkAccountNumber(s).kind).toBe(kind));
  test('normalise', () => expect(normaliseAccountNumber('０００-１２３')).toBe('000123'));
});

describe('reasons', () => {
  test('common reasons: ids, labels, sentences', () => {
    expect(COMMON_REASONS.map((r) => r.id)).toEqual(['left-company', 'changed-role', 'other']);
    expect(COMMON_REASONS[0]).toMatchObject({
      label: 'No longer works for the company',
      sentence: 'Our primary contact has left the company.',
    });
    expect(COMMON_REASONS[1]?.label).toBe('Moved to a different role');
  });
  test.each([
    ['left-company', 'manager', 'Our primary contact has left the company.'],
    ['left-company', 'primary-contact', 'I am the current primary contact and I am leaving the company.'],
    ['changed-role', 'manager', 'Our primary contact has moved to a different role.'],
    ['our contact retired', 'manager', 'Our contact retired.'],
    ['I retire in June!', 'primary-contact', 'I am the current primary contact. I retire in June!'],
    ['', 'manager', ''],
  ] as const)('sentence for %j (%s)', (reason, role, sentence) =>
    expect(reasonSentence(reason, role)).toBe(sentence),
  );
  test('typed-out labels are recognised', () => {
    expect(resolveReason('No longer works for the company.')).toMatchObject({ kind: 'common' });
  });
  test.each([
    ['John was transferred to sales', true],
    ['She moved to a new role in finance', true],
    ['John left us last month', false],
    ['He is no longer with the company', false],
    ['Reorganisation of the team', null],
  ])('free text %j: still at company → %s', (t, v) => expect(freeTextStillAtCompany(t)).toBe(v));
});

describe('memoizeParseHtml', () => {
  test('parses a string once per options, and again once evicted', () => {
    let calls = 0;
    const memo = memoizeParseHtml((html) => {
      calls++;
      return parse(html);
    }, 1);
    const a = memo('<p>a</p>');
    expect(memo('<p>a</p>')).toBe(a);
    expect(calls).toBe(1);
    const stopAt = () => false;
    memo('<p>a</p>', { stopAt });
    expect(calls).toBe(2);
    memo('<p>b</p>');
    memo('<p>a</p>');
    expect(calls).toBe(4);
  });
});
