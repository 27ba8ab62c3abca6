// The pane's HTML parser for the compliance engine: the browser's own DOMParser (no bytes to
// download), turned into the engine's plain tree. DOMParser documents are inert: scripts in them
// never run and their images never load, so reading hostile mail HTML here is safe.
import type { HtmlNode, ParseHtml } from '../../compliance/html';

const MAX_DEPTH = 400;

export const domParseHtml: ParseHtml = (html) => {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return convertChildren(doc.body, 0);
  } catch {
    return [];
  }
};

function convertChildren(parent: Node, depth: number): HtmlNode[] {
  const out: HtmlNode[] = [];
  parent.childNodes.forEach((child) => {
    if (child.nodeType === 3) {
      out.push({ type: 'text', text: (child as Text).data });
    } else if (child.nodeType === 1) {
      const element = child as Element;
      const attrs: Record<string, string> = {};
      for (const attr of Array.from(element.attributes)) attrs[attr.name.toLowerCase()] = attr.value;
      const children = depth < MAX_DEPTH ? convertChildren(element, depth + 1) : [];
      out.push({ type: 'element', tag: element.localName.toLowerCase(), attrs, children });
    }
  });
  return out;
}
