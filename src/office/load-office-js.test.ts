/** @jest-environment jsdom */
import { loadOfficeJs, looksHostedByOffice, officeJsSettled } from './load-office-js';

const fakeWindow = (overrides: Record<string, unknown>) => {
  const win: Record<string, unknown> = {
    location: { search: '', hash: '' },
    sessionStorage: { getItem: () => null },
    ...overrides,
  };
  if (!('top' in overrides)) win.top = win;
  return win as unknown as Window;
};

describe('looksHostedByOffice', () => {
  it('is false for a plain top-level browser tab', () => {
    expect(looksHostedByOffice(fakeWindow({}))).toBe(false);
  });
  it('is true in a frame (Outlook on the web, new Outlook)', () => {
    expect(looksHostedByOffice(fakeWindow({ top: {} }))).toBe(true);
  });
  it("is true with Office's host info in the URL (Windows desktop)", () => {
    expect(
      looksHostedByOffice(
        fakeWindow({ location: { search: '?_host_Info=Outlook$Win32$16.02$en-US', hash: '' } }),
      ),
    ).toBe(true);
  });
  it('is true with host info kept in the session', () => {
    expect(
      looksHostedByOffice(
        fakeWindow({ sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'x' : null) } }),
      ),
    ).toBe(true);
  });
  it('is true with the WebKit bridge (Mac)', () => {
    expect(looksHostedByOffice(fakeWindow({ webkit: { messageHandlers: {} } }))).toBe(true);
  });
  it('is true when reading the parent throws (cross-origin frame)', () => {
    const win = fakeWindow({});
    Object.defineProperty(win, 'top', {
      get: () => {
        throw new Error('cross-origin');
      },
    });
    expect(looksHostedByOffice(win)).toBe(true);
  });
});

describe('loadOfficeJs', () => {
  it('adds one script tag and resolves when it fails to load (never rejects)', async () => {
    const done = loadOfficeJs('office-js/office.js', document, 1000);
    const script = document.head.querySelector('script[src="office-js/office.js"]') as HTMLScriptElement;
    expect(script).not.toBeNull();
    script.dispatchEvent(new Event('error'));
    await expect(done).resolves.toBeUndefined();
  });
  it('resolves after the timeout when the script never answers', async () => {
    await expect(loadOfficeJs('never.js', document, 10)).resolves.toBeUndefined();
  });
});

describe('officeJsSettled', () => {
  /** A window whose document is still loading, with event targets the test can fire. */
  function loadingWindow(extra: Record<string, unknown> = {}) {
    const doc = new EventTarget() as EventTarget & { readyState: string };
    doc.readyState = 'loading';
    const win = Object.assign(new EventTarget(), { document: doc }, extra);
    return { win: win as unknown as Window, doc };
  }

  it('resolves at once when office.js has already run', async () => {
    const { win } = loadingWindow({ Office: {} });
    await expect(officeJsSettled(win, 60_000)).resolves.toBeUndefined();
  });

  it('waits for DOMContentLoaded (deferred office.js has run or failed by then)', async () => {
    const { win, doc } = loadingWindow();
    let settled = false;
    const waiting = officeJsSettled(win, 60_000).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    await waiting;
    expect(settled).toBe(true);
  });

  it('gives up after the timeout when office.js never finishes downloading', async () => {
    jest.useFakeTimers();
    try {
      const { win } = loadingWindow();
      let settled = false;
      const waiting = officeJsSettled(win, 8000).then(() => (settled = true));
      jest.advanceTimersByTime(7999);
      await Promise.resolve();
      expect(settled).toBe(false);
      jest.advanceTimersByTime(1);
      await waiting;
      expect(settled).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
