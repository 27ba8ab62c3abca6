// The pane's HTML parser for the compliance engine: the browser's own DOMParser (no bytes to
// download). The rules read its document directly (`scan`: a walk over the DOM that lays lines out,
// no copy of the body in a tree of ours); `domParseHtml(html)` still gives the engine's plain tree
// to whatever needs one. DOMParser documents are inert: scripts in them never run and their images
// never load, so reading hostile mail HTML here is safe.
import { scanDom, treeFromDom, type DomScanNode } from '../../compliance/mail/html-from-dom';
import { memoizeParseHtml, type HtmlSink, type ParseHtml } from '../../compliance/mail/html';

function parsedBody(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

export const domParseHtml: ParseHtml = Object.assign(
  (html: string) => {
    try {
      return treeFromDom(parsedBody(html).childNodes);
    } catch {
      return [];
    }
  },
  {
    scan(html: string, sink: HtmlSink) {
      let body: HTMLElement;
      try {
        body = parsedBody(html);
      } catch {
        return;
      }
      scanDom(body as unknown as DomScanNode, sink);
    },
  },
);

/**
 * The checks re-run on every keystroke; the body rarely changes, so what is read from it (its
 * line layout, or its tree) is remembered.
 */
export const memoDomParseHtml = memoizeParseHtml(domParseHtml);
