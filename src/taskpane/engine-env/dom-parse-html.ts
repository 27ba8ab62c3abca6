// The pane's HTML parser for the compliance engine: the browser's own DOMParser (no bytes to
// download), turned into the engine's plain tree. DOMParser documents are inert: scripts in them
// never run and their images never load, so reading hostile mail HTML here is safe.
import { treeFromDom } from '../../compliance/mail/html-from-dom';
import { memoizeParseHtml, type ParseHtml } from '../../compliance/mail/html';

export const domParseHtml: ParseHtml = (html) => {
  try {
    return treeFromDom(new DOMParser().parseFromString(html, 'text/html').body.childNodes);
  } catch {
    return [];
  }
};

/** The checks re-run on every keystroke; the body rarely changes, so its parse is remembered. */
export const memoDomParseHtml = memoizeParseHtml(domParseHtml);
