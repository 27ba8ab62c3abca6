// The pane's HTML parser for the compliance engine: the browser's own DOMParser (no bytes to
// download), and htmlparser2 for large bodies (below). The rules read its document directly (`scan`: a walk over the DOM that lays lines out,
// no copy of the body in a tree of ours); `domParseHtml(html)` still gives the engine's plain tree
// to whatever needs one. DOMParser documents are inert: scripts in them never run and their images
// never load, so reading hostile mail HTML here is safe.
import { scanDom, treeFromDom, type DomScanNode } from '../../compliance/mail/html-from-dom';
import {
  memoizeParseHtml,
  type HtmlSink,
  type ParseHtml,
  type ParseHtmlOptions,
  type ScanHtmlOptions,
} from '../../compliance/mail/html';

function parsedBody(html: string): HTMLElement {
  return new DOMParser().parseFromString(html, 'text/html').body;
}

/**
 * Bodies this long or longer are read with htmlparser2's scan instead (the send-time check's
 * parser): DOMParser builds a document of all of a 1 MB body, a quoted thread included, in about
 * 15 ms before anything is read, where the scan lays lines out as it goes and stops at the quoted
 * thread. htmlparser2 (7 KB gzip) is loaded only when such a body is read (readyForBody).
 */
export const LARGE_BODY = 64 * 1024;
let largeBodies: ParseHtml | null = null;

/** Loads the reader of large bodies if `html` is one; the pane awaits it with the body's read. */
export function readyForBody(html: string): Promise<void> {
  if (html.length < LARGE_BODY || largeBodies !== null) return Promise.resolve();
  return import(/* webpackChunkName: "large-body" */ '../../compliance/mail/parse-html-htmlparser2').then(
    (m) => {
      largeBodies = m.parseHtmlWithHtmlparser2;
    },
    // Not loaded: DOMParser reads the body, only more slowly.
    () => undefined,
  );
}

/** The parser for this body: htmlparser2 for a large one once loaded, else DOMParser. */
const forLarge = (html: string): ParseHtml | null => (html.length >= LARGE_BODY ? largeBodies : null);

export const domParseHtml: ParseHtml = Object.assign(
  (html: string, options?: ParseHtmlOptions) => {
    const large = forLarge(html);
    if (large) return large(html, options);
    try {
      return treeFromDom(parsedBody(html).childNodes);
    } catch {
      return [];
    }
  },
  {
    scan(html: string, sink: HtmlSink, options?: ScanHtmlOptions) {
      const large = forLarge(html);
      if (large?.scan) return large.scan(html, sink, options);
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
