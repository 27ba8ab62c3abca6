// Development builds (`npm start`) do not put office.js in the page: a plain browser tab does not
// need it, and office.js opened outside Office reaches for Microsoft's telemetry (which our CSP
// blocks, with a console error). They load it here only when Office appears to host the page.
// Production builds always load office.js from Microsoft's CDN in taskpane.html.

/** Signs that an Office client hosts this page: a frame (Outlook on the web, new Outlook), Office's
 * host info in the URL or session (Windows desktop), or the WebKit bridge (Mac). */
export function looksHostedByOffice(win: Window = window): boolean {
  try {
    if (win.top !== win) return true;
  } catch {
    return true; // a cross-origin parent: framed
  }
  if (/_host_Info=/i.test(win.location.search + win.location.hash)) return true;
  try {
    if (win.sessionStorage?.getItem('hostInfoValue')) return true;
  } catch {
    // storage blocked: no signal
  }
  return Boolean((win as unknown as { webkit?: { messageHandlers?: unknown } }).webkit?.messageHandlers);
}

/** Adds a script tag for office.js and resolves once it loaded or failed (never rejects). */
export function loadOfficeJs(src: string, doc: Document = document, timeoutMs = 8000): Promise<void> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    const timer = setTimeout(resolve, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    script.src = src;
    script.onload = done;
    script.onerror = done;
    doc.head.appendChild(script);
  });
}

/**
 * Production pages: resolves once office.js (a deferred script in taskpane.html) has run or failed,
 * or after `timeoutMs` when its download never ends. The pane's own script is not deferred, so that
 * it runs even when office.js hangs (deferred scripts run in order: behind a hung office.js, ours
 * would never start and the pane would say "Reading your message…" forever). Deferred scripts have
 * all run or failed when DOMContentLoaded fires.
 */
export function officeJsSettled(win: Window = window, timeoutMs = 8000): Promise<void> {
  const doc = win.document;
  if ('Office' in win || doc.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('DOMContentLoaded', done);
      win.removeEventListener('load', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('DOMContentLoaded', done);
    win.addEventListener('load', done);
  });
}
