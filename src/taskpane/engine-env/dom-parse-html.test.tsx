// The pane's parser (DOMParser; jsdom's here): the rules' walk over its document lays out the same
// lines as its tree, and a body is parsed once however often the checks re-run; large bodies are
// read with htmlparser2 once it is loaded.
import { htmlSamples, layoutShape } from '../../../test/fixtures/html-samples';
import type { ParseHtml } from '../../compliance/mail/html';
import { renderBody } from '../../compliance/mail/lines';
import { readSignature } from '../../compliance/mail/signature';
import { parseHtmlWithHtmlparser2 } from '../../compliance/mail/parse-html-htmlparser2';
import { domParseHtml, LARGE_BODY, memoDomParseHtml, readyForBody } from './dom-parse-html';

/** The same parser without its scan: the layout then walks the engine's tree of the document. */
const treeOnly: ParseHtml = (html, options) => domParseHtml(html, options);
const html = (content: string) => ({ type: 'html' as const, content });

test.each(htmlSamples())('the walk over the document lays out as its tree: %s', (_name, content) => {
  expect(layoutShape(renderBody(html(content), domParseHtml))).toEqual(
    layoutShape(renderBody(html(content), treeOnly)),
  );
});

test('the walk builds no tree of ours and visits no skipped content', () => {
  const r = renderBody(
    html('<p>Hi</p><noscript><div id="Signature">No</div></noscript><div id="Signature">Jane</div>'),
    domParseHtml,
  );
  expect(r.lines.map((l) => l.text)).toEqual(['Hi', 'Jane']);
  expect(r.owa).toEqual({ el: null, from: 1, to: 2 });
  expect(r.lines[0]?.lead).toBeNull();
});

test('a body is parsed once for every reader of it, and again when it changes', () => {
  const parse = jest.spyOn(DOMParser.prototype, 'parseFromString');
  try {
    const body = html('<div>Hello</div><div id="Signature">Jane Doe<br>IT Manager</div>');
    const first = readSignature(body, memoDomParseHtml);
    expect(readSignature(body, memoDomParseHtml)).toEqual(first);
    expect(renderBody(body, memoDomParseHtml).lines.map((l) => l.text)).toEqual([
      'Hello',
      'Jane Doe',
      'IT Manager',
    ]);
    expect(parse).toHaveBeenCalledTimes(1);
    expect(first.title).toBe('IT Manager');
    readSignature(html('<div id="Signature">Bob</div>'), memoDomParseHtml);
    expect(parse).toHaveBeenCalledTimes(2);
  } finally {
    parse.mockRestore();
  }
});

describe('large bodies', () => {
  // A body of LARGE_BODY characters or more: a short message and signature, a long quoted thread.
  const large = (marker = '<div id="appendonsend"></div>') =>
    html(
      '<div>Please change our primary contact.</div><div id="Signature">Jane Doe<br>IT Manager</div>' +
        `${marker}<div>${'<p>Earlier message text.</p>'.repeat(Math.ceil(LARGE_BODY / 20))}</div>`,
    );

  it('are read with DOMParser until their reader is loaded, then with htmlparser2, with the same lines', async () => {
    const body = large();
    expect(body.content.length).toBeGreaterThanOrEqual(LARGE_BODY);
    const dom = jest.spyOn(DOMParser.prototype, 'parseFromString');
    try {
      const before = layoutShape(renderBody(body, domParseHtml));
      expect(dom).toHaveBeenCalledTimes(1);
      await readyForBody(body.content);
      const scan = jest.spyOn(parseHtmlWithHtmlparser2, 'scan' as never);
      const after = layoutShape(renderBody(body, domParseHtml));
      expect(after).toEqual(before);
      expect(scan).toHaveBeenCalledTimes(1);
      expect(dom).toHaveBeenCalledTimes(1);
      // The tree path too (what needs a tree of the body).
      expect(domParseHtml(body.content).length).toBeGreaterThan(0);
      expect(dom).toHaveBeenCalledTimes(1);
    } finally {
      dom.mockRestore();
    }
  });

  it('a small body stays with DOMParser, and loads nothing', async () => {
    const body = html('<div>Hello</div><div id="Signature">Jane Doe</div>');
    await readyForBody(body.content);
    const dom = jest.spyOn(DOMParser.prototype, 'parseFromString');
    try {
      renderBody(body, domParseHtml);
      expect(dom).toHaveBeenCalledTimes(1);
    } finally {
      dom.mockRestore();
    }
  });
});
