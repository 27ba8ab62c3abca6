// Builds the engine's plain HTML tree from a DOM (the pane parses with DOMParser). Typed
// structurally, so the engine needs no DOM types; no offsets (body-merge.ts parses for itself).
//
//   const parseHtml: ParseHtml = (html) =>
//     treeFromDom(new DOMParser().parseFromString(html, 'text/html').childNodes);
import type { ElementNode, HtmlNode, HtmlSink } from './html';

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

/** The little of a DOM Node that scanDom needs (a real DOM has it all). */
export interface DomScanNode {
  nodeType: number;
  /** Elements: the tag name (an HTML document's parser lower-cases every one it does not skip). */
  localName: string | null;
  /** Text and CDATA nodes. */
  data?: string;
  firstChild: DomScanNode | null;
  nextSibling: DomScanNode | null;
  parentNode: DomScanNode | null;
  // Elements only (scanDom calls them on elements):
  /** The id attribute ('' when none), as Element.id reflects it. */
  id: string;
  getAttribute(name: string): string | null;
  hasAttributes(): boolean;
}

function attribute(node: DomScanNode, name: string): string {
  return node.getAttribute(name) ?? '';
}

/**
 * Reports the content of `root` (an element of a document parsed as HTML, such as its body) to a
 * sink, as treeFromDom's tree would be walked: the same elements and attributes, text nodes merged the same
 * way, comments dropped. No tree of our own is built and skipped content is never visited. It moves
 * by firstChild / nextSibling / parentNode: no stack (hostile nesting cannot overflow it) and no
 * childNodes list per element.
 */
export function scanDom(root: DomScanNode, sink: HtmlSink): void {
  let text = '';
  let hasText = false;
  const flushText = () => {
    if (!hasText) return;
    const t = text;
    text = '';
    hasText = false;
    sink.text(t, null);
  };
  let node = root.firstChild;
  while (node !== null) {
    const type = node.nodeType;
    if (type === TEXT || type === CDATA) {
      text += node.data ?? '';
      hasText = true;
    } else if (type === ELEMENT) {
      flushText();
      const tag = node.localName ?? '';
      // Each call into the DOM costs: none for an element without attributes (a third of Word's),
      // and the id through its reflected property (the same string as getAttribute gives).
      const attributes = node.hasAttributes();
      const r = sink.open(
        tag,
        attributes ? node.id : '',
        attributes ? attribute(node, 'class') : '',
        attributes && tag === 'a' ? attribute(node, 'name') : '',
        null,
      );
      if (r === 'stop') return;
      if (r === 'in') {
        const first: DomScanNode | null = node.firstChild;
        if (first !== null) {
          node = first;
          continue;
        }
        sink.close();
      }
    }
    // Next: the next sibling, else up (closing each element left) until one has a next sibling.
    let next: DomScanNode | null;
    while ((next = node.nextSibling) === null) {
      const parent: DomScanNode | null = node.parentNode;
      if (parent === null || parent === root) {
        flushText();
        return;
      }
      flushText();
      sink.close();
      node = parent;
    }
    node = next;
  }
  flushText();
}
