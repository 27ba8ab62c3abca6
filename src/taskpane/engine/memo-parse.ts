import type { HtmlNode, ParseHtml } from '../../compliance/html';

/** Remembers the last parse: the checks re-run on every keystroke, the body rarely changes. */
export function memoizeLast(parse: ParseHtml): ParseHtml {
  let lastHtml: string | null = null;
  let lastNodes: HtmlNode[] = [];
  return (html) => {
    if (html !== lastHtml) {
      lastNodes = parse(html);
      lastHtml = html;
    }
    return lastNodes;
  };
}
