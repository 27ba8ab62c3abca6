import { treeFromDom, type DomNodeLike } from './html-from-dom';
import { parseHtmlWithHtmlparser2 } from './parse-html-htmlparser2';
import { readSignature } from './signature';
import * as B from '../../../test/fixtures/bodies';
import type { HtmlNode } from './html';

// A DOM-shaped copy of a tree (what DOMParser would give), to check the builder without a browser.
function toDom(nodes: HtmlNode[]): DomNodeLike[] {
  return nodes.map((n): DomNodeLike => {
    if (n.type === 'text') return { nodeType: 3, nodeName: '#text', data: n.text, childNodes: [] };
    return {
      nodeType: 1,
      nodeName: n.tag.toUpperCase(),
      localName: n.tag,
      attributes: Object.entries(n.attrs).map(([name, value]) => ({ name: name.toUpperCase(), value })),
      childNodes: [{ nodeType: 8, nodeName: '#comment', childNodes: [] }, ...toDom(n.children)],
    };
  });
}

test('a DOM-built tree reads the same signature as the htmlparser2 tree, for every client fixture', () => {
  for (const body of Object.values(B)) {
    if (body.type !== 'html') continue;
    const dom = toDom(parseHtmlWithHtmlparser2(body.content));
    expect(readSignature(body, () => treeFromDom(dom))).toEqual(
      readSignature(body, parseHtmlWithHtmlparser2),
    );
  }
});

test('lower-cases names, drops comments, merges adjacent text', () => {
  const dom: DomNodeLike = {
    nodeType: 1,
    nodeName: 'DIV',
    localName: 'div',
    attributes: [{ name: 'ID', value: 'Signature' }],
    childNodes: [
      { nodeType: 3, nodeName: '#text', data: 'Jane ', childNodes: [] },
      { nodeType: 8, nodeName: '#comment', childNodes: [] },
      { nodeType: 3, nodeName: '#text', data: 'Doe', childNodes: [] },
    ],
  };
  expect(treeFromDom([dom])).toEqual([
    {
      type: 'element',
      tag: 'div',
      attrs: { id: 'Signature' },
      children: [{ type: 'text', text: 'Jane Doe' }],
    },
  ]);
});
