import { htmlSamples, layoutShape } from '../../../test/fixtures/html-samples';
import { memoizeParseHtml, type HtmlNode, type HtmlSink, type OpenResult, type ParseHtml } from './html';
import { findQuotedHeader, lineBuilder, renderBody, renderHtml, walkTree } from './lines';
import { parseHtmlWithHtmlparser2 } from './parse-html-htmlparser2';

/** The same parser without its scan: the layout then walks htmlparser2's tree. */
const treeOnly: ParseHtml = (html, options) => parseHtmlWithHtmlparser2(html, options);

const html = (content: string) => ({ type: 'html' as const, content });

describe('the layout from htmlparser2 events equals the layout of its tree', () => {
  test.each(htmlSamples())('%s', (_name, content) => {
    expect(layoutShape(renderBody(html(content), parseHtmlWithHtmlparser2))).toEqual(
      layoutShape(renderBody(html(content), treeOnly)),
    );
  });

  test('the events path builds no tree: lines and markers point at no node', () => {
    const r = renderBody(
      html('<div>Hi</div><div id="Signature">Jane</div><div id="appendonsend"></div>'),
      parseHtmlWithHtmlparser2,
    );
    expect(r.lines.map((l) => l.text)).toEqual(['Hi', 'Jane']);
    expect(r.lines.every((l) => l.lead === null)).toBe(true);
    expect(r.owa).toEqual({ el: null, from: 1, to: 2 });
    expect(r.cutNode).toBeNull();
  });

  test('the tree path still points at nodes (body-merge inserts before them)', () => {
    const r = renderBody(html('<div>Hi</div><div id="Signature">Jane</div>'), treeOnly);
    expect(r.lines[0]?.lead).toMatchObject({ type: 'element', tag: 'div' });
    expect(r.owa?.el).toMatchObject({ tag: 'div', attrs: { id: 'Signature' } });
  });
});

/** Records what a source reports, answering `open` as the layout would for the tags named. */
function recorder(answers: Record<string, OpenResult> = {}) {
  const events: string[] = [];
  const sink: HtmlSink = {
    open(tag, id, cls, name) {
      events.push(`<${tag}${id ? `#${id}` : ''}${cls ? `.${cls}` : ''}${name ? `@${name}` : ''}>`);
      return answers[tag] ?? 'in';
    },
    text(text) {
      events.push(JSON.stringify(text));
    },
    close() {
      events.push('/');
    },
  };
  return { events, sink };
}

describe('htmlparser2 scan', () => {
  const scan = parseHtmlWithHtmlparser2.scan as NonNullable<ParseHtml['scan']>;

  test('reports elements with their id, class and name decoded, text merged and decoded', () => {
    const { events, sink } = recorder();
    scan(
      '<DIV ID="a&amp;b" id="second" Class=c NAME=n>x &amp; <!-- c -->y<br>z</div><A Name="a&amp;b">l</A>',
      sink,
    );
    // The name attribute is read on links only (the layout reads it nowhere else).
    expect(events).toEqual(['<div#a&b.c>', '"x & "', '"y"', '<br>', '/', '"z"', '/', '<a@a&b>', '"l"', '/']);
  });

  test('a nested <form> that htmlparser2 drops lends its attributes to nothing', () => {
    const { events, sink } = recorder();
    scan('<form><p><form id="Signature" class="k">x</form>', sink);
    expect(events).toEqual(['<form>', '<p>', '"x"', '/', '/']);
  });

  test('after the forms close, attributes are read one by one again', () => {
    const { events, sink } = recorder();
    scan('<form id=f><i id=in></i></form><b id=out class=o>x</b>', sink);
    expect(events).toEqual(['<form#f>', '<i#in>', '/', '/', '<b#out.o>', '"x"', '/']);
  });

  test('a start tag cut off by the end of the input is no element; a complete one is', () => {
    for (const cut of ['<div id="Signature"', '<div id="Sig', '<div ', '<img src=x ', '<script ']) {
      const { events, sink } = recorder();
      scan(`<p>a</p>${cut}`, sink);
      expect(events).toEqual(['<p>', '"a"', '/']);
    }
    const { events, sink } = recorder();
    scan('<p>a</p><div id="Signature">', sink);
    expect(events).toEqual(['<p>', '"a"', '/', '<div#Signature>', '/']);
  });

  test('skipped content is not reported, raw text is not decoded', () => {
    const { events, sink } = recorder({ noscript: 'skip' });
    scan('<noscript><p>no</p></noscript><xmp>a &amp; b</xmp><p>c &amp; d</p>', sink);
    expect(events).toEqual(['<noscript>', '<xmp>', '"a &amp; b"', '/', '<p>', '"c & d"', '/']);
  });

  test('stops when the sink says so, and at stopAt inside skipped content', () => {
    const stopped = recorder({ div: 'stop' });
    scan('<p>a</p><div>b</div><p>c</p>', stopped.sink);
    expect(stopped.events).toEqual(['<p>', '"a"', '/', '<div>']);

    const skipped = recorder({ svg: 'skip' });
    const stopAt = (tag: string, id: string, name: string) =>
      tag === 'a' && name === '_MailOriginal' && id === '';
    scan('<p>a</p><svg><g><a name="_MailOriginal"></a></g></svg><p>b</p>', skipped.sink, { stopAt });
    expect(skipped.events).toEqual(['<p>', '"a"', '/', '<svg>']);
  });
});

describe('walkTree', () => {
  test('reports a tree as its parser would, skipping and stopping on request', () => {
    const nodes: HtmlNode[] = parseHtmlWithHtmlparser2(
      '<p id=x>a</p><style>s</style><div>b<i>c</i></div><p>d</p>',
    );
    const { events, sink } = recorder({ style: 'skip', i: 'stop' });
    walkTree(nodes, sink);
    expect(events).toEqual(['<p#x>', '"a"', '/', '<style>', '<div>', '"b"', '<i>']);
  });
});

describe('lineBuilder', () => {
  test('whitespace collapses as the one pattern says, whatever the characters', () => {
    const COLLAPSE = /(?:[\s\u00a0\u200b\u200c\u2060\ufeff]|\u200d)+/g;
    const alphabet = [
      'a',
      'b',
      ' ',
      '  ',
      '\n',
      '\t',
      '\r',
      '\u0001',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u1680',
      '\u2003',
      '\u200b',
      '\u200d',
      '\u2028',
      '\u202f',
      '\u205f',
      '\u2060',
      '\u3000',
      '\ufeff',
      'é',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = Math.floor(next() * 8); i > 0; i--) s += alphabet[Math.floor(next() * alphabet.length)];
      const expected = s.replace(COLLAPSE, ' ').trim();
      const b = lineBuilder();
      b.open('p', '', '', '', null);
      b.text(s, null);
      b.close();
      expect(b.finish().lines.map((l) => l.text)).toEqual(expected === '' ? [] : [expected]);
    }
  });

  test('elements left open by a source that stopped early close at the end (markers end there)', () => {
    const b = lineBuilder();
    b.open('div', 'Signature', '', '', null);
    b.open('p', '', '', '', null);
    b.text('Jane', null);
    const r = b.finish();
    expect(r.lines.map((l) => l.text)).toEqual(['Jane']);
    expect(r.owa).toEqual({ el: null, from: 0, to: 1 });
  });

  test('renderHtml of nothing is an empty layout', () => {
    expect(layoutShape(renderHtml([]))).toEqual({
      lines: [],
      cut: 0,
      owa: null,
      mobile: null,
      classic: null,
      request: null,
    });
  });
});

describe('a memoized parser', () => {
  test('lays a body out once for every reader, once per body, and keeps the scan', () => {
    let scans = 0;
    const counted: ParseHtml = Object.assign((h: string) => parseHtmlWithHtmlparser2(h), {
      scan: (h: string, sink: HtmlSink) => {
        scans++;
        (parseHtmlWithHtmlparser2.scan as NonNullable<ParseHtml['scan']>)(h, sink);
      },
    });
    const memo = memoizeParseHtml(counted, 1);
    expect(memo.scan).toBe(counted.scan);
    const a = html('<div>Hi</div><div id="Signature">Jane</div><div id="appendonsend"></div><p>From: x</p>');
    const first = renderBody(a, memo);
    const second = renderBody(a, memo);
    expect(scans).toBe(1);
    expect(layoutShape(second)).toEqual(layoutShape(first));
    // Each reader gets its own copy: changing one leaves the remembered layout as it was.
    second.cut = 0;
    expect(renderBody(a, memo).cut).toBe(2);
    renderBody(html('<p>other</p>'), memo);
    renderBody(a, memo);
    expect(scans).toBe(3);
  });

  test('remembers values by kind and html, the last few only', () => {
    const memo = memoizeParseHtml(treeOnly, 2);
    const remember = memo.remember as NonNullable<ParseHtml['remember']>;
    let computed = 0;
    const value = (v: string) => () => {
      computed++;
      return v;
    };
    expect(remember('a', 'k', value('a1'))).toBe('a1');
    expect(remember('a', 'k', value('a2'))).toBe('a1');
    expect(remember('a', 'other', value('a3'))).toBe('a3');
    remember('b', 'k', value('b'));
    remember('c', 'k', value('c'));
    expect(remember('a', 'k', value('a4'))).toBe('a4');
    expect(computed).toBe(5);
  });
});

describe('findQuotedHeader', () => {
  const at = (...texts: string[]) =>
    findQuotedHeader(
      ['Hello', ...texts].map((text) => ({ text, lead: null, offset: -1, endOffset: -1 })),
      0,
      texts.length + 1,
    );
  test.each([
    [['-----Original Message-----']],
    [['___ Forwarded message ___']],
    [['Begin forwarded message:']],
    [['On Mon, 3 Mar 2025, Jane Doe wrote:']],
    [['Am 3. März 2025, Jane Doe schrieb:']],
    [['Le lundi 3 mars 2025, Jane Doe a écrit :']],
    [['El lunes, Jane Doe escribió:']],
    [['Il giorno lunedì Jane Doe ha scritto:']],
    [['Op maandag 3 maart, Jane Doe schreef:']],
    [['Em segunda-feira, Jane Doe escreveu:']],
    [['Den 3 mars 2025, Jane Doe skrev:']],
    [['d.3. marts 2025, Jane Doe skrev:']],
    [['From: Bob', 'Sent: Monday']],
    [['Von: Bob', 'Gesendet: Montag']],
    [['De : Bob', 'Envoyé : lundi']],
    [['Da: Bob', 'Inviato: lunedì']],
    [['Van: Bob', 'Verzonden: maandag']],
    [['Från: Bob', 'Skickat: måndag']],
    [['Fra: Bob', 'Sendt: mandag']],
    [['Od: Bob', 'Wysłano: poniedziałek']],
    [['ОТ: Bob', 'Отправлено: понедельник']],
    [['发件人: Bob', '发送时间: 星期一']],
    [['差出人: Bob', '送信日時: 月曜日']],
  ])('finds %j', (texts) => expect(at(...texts)).toBe(1));

  test('passes over lines that only begin like a header', () => {
    expect(at('Online meeting at 10', 'Denmark office', 'From the team', 'Date: today')).toBe(5);
  });
});
