// The pane's whole stylesheet. taskpane.html links only the first screen's rules; the build
// (scripts/pane-styles-plugin.js) names the stylesheet with every rule, in Griffel's order, in
// <meta name="pane-all-styles">. It is added once the first screen is up, and every on-demand part
// of the pane waits for it before it shows (lazy-styled.ts), so nothing appears unstyled.

const META = 'meta[name="pane-all-styles"]';
let loading: Promise<void> | null = null;

/**
 * Adds the whole stylesheet (once) and resolves when it has loaded — or failed to: the part that
 * waits then shows with the first screen's styles rather than not at all. Resolves at once when the
 * page names no such stylesheet (tests, or a build with one stylesheet).
 */
export function allStyles(doc: Document = document): Promise<void> {
  if (loading) return loading;
  const href = doc.querySelector(META)?.getAttribute('content');
  if (!href) return (loading = Promise.resolve());
  loading = new Promise<void>((resolve) => {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => resolve();
    doc.head.appendChild(link);
  });
  return loading;
}

/** For tests: forget the stylesheet added. */
export function resetAllStylesForTests(): void {
  loading = null;
}
