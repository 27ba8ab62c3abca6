// Builds the engine's plain HTML tree from a DOM (the pane parses with DOMParser). Typed
// structurally, so the engine needs no DOM types; no offsets (body-merge.ts parses for itself).
//
//   const parseHtml: ParseHtml = (html) =>
//     treeFromDom(new DOMParser().parseFromString(html, 'text/html').childNodes);
import type { ElementNode, HtmlNode } from './html';

/** The little of a DOM Node this needs. */
export interface DomNodeLike {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNodeLike>;
  /** Elements. */
  localName?: string | null;
  attributes?: ArrayLike<{ name: string; value: string }> | null;
  /** Text and CDATA nodes. */
  data?: string;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

/** Elements from a DOM become ElementNodes (lower-case tag and attribute names), text nodes TextNodes; comments, doctypes and processing instructions are dropped. */
export function treeFromDom(nodes: ArrayLike<DomNodeLike>): HtmlNode[] {
  const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [] };
  // Iterative: hostile nesting depth cannot overflow the stack.
  const work: Array<{ dom: DomNodeLike; parent: ElementNode }> = [];
  for (let i = nodes.length - 1; i >= 0; i--) work.push({ dom: nodes[i] as DomNodeLike, parent: root });
  while (work.length > 0) {
    const { dom, parent } = work.pop() as { dom: DomNodeLike; parent: ElementNode };
    if (dom.nodeType === TEXT || dom.nodeType === CDATA) {
      const last = parent.children[parent.children.length - 1];
      if (last !== undefined && last.type === 'text') last.text += dom.data ?? '';
      else parent.children.push({ type: 'text', text: dom.data ?? '' });
      continue;
    }
    if (dom.nodeType !== ELEMENT) continue;
    const attrs: Record<string, string> = {};
    const list = dom.attributes;
    if (list) {
      for (let i = 0; i < list.length; i++) {
        const a = list[i] as { name: string; value: string };
        const name = a.name.toLowerCase();
        if (!Object.prototype.hasOwnProperty.call(attrs, name)) attrs[name] = a.value;
      }
    }
    const el: ElementNode = {
      type: 'element',
      tag: (dom.localName || dom.nodeName).toLowerCase(),
      attrs,
      children: [],
    };
    parent.children.push(el);
    const kids = dom.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) work.push({ dom: kids[i] as DomNodeLike, parent: el });
  }
  return root.children;
}
