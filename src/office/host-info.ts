// Whether an Office client hosts this page, judged by the same host information office.js reads
// (office.js's _retrieveHostInfo): the `_host_Info` query parameter, a window.name holding JSON with
// hostInfo/xdmInfo (Outlook on the web, new Outlook), what office.js saved in sessionStorage, or
// the desktop bridge (window.external.GetHostInfo, agaveHost). Read without office.js, so that the
// pane knows it is inside Outlook even when office.js failed to load.

export function hasOfficeHostInfo(win: Window = window): boolean {
  try {
    if (/[?&#]_host_Info=/i.test(`${win.location.search}${win.location.hash}`)) return true;
  } catch {
    // no location: no signal
  }
  if (windowNameHasHostInfo(win)) return true;
  try {
    const storage = win.sessionStorage;
    if (storage?.getItem('hostInfoValue') || storage?.getItem('xdmInfoValue')) return true;
  } catch {
    // storage blocked: no signal
  }
  return hasDesktopBridge(win);
}

function windowNameHasHostInfo(win: Window): boolean {
  let name = '';
  try {
    name = String(win.name ?? '');
  } catch {
    return false;
  }
  if (!name.startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(name);
    if (!parsed || typeof parsed !== 'object') return false;
    const info = parsed as { hostInfo?: unknown; xdmInfo?: unknown };
    return typeof info.hostInfo === 'string' || typeof info.xdmInfo === 'string';
  } catch {
    return false;
  }
}

/** Classic Outlook on Windows and Outlook on Mac give office.js GetHostInfo(). */
function hasDesktopBridge(win: Window): boolean {
  try {
    const w = win as unknown as {
      external?: { GetHostInfo?: unknown };
      agaveHost?: { GetHostInfo?: unknown };
    };
    // `in`, not typeof: Internet Explorer-era hosts expose external methods as 'unknown'.
    return Boolean(
      (w.external && typeof w.external === 'object' && 'GetHostInfo' in w.external) ||
      (w.agaveHost && typeof w.agaveHost.GetHostInfo === 'function'),
    );
  } catch {
    return false;
  }
}
