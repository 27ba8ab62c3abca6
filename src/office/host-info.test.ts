/** @jest-environment jsdom */
import { hasOfficeHostInfo } from './host-info';

/** A window with just what hasOfficeHostInfo reads. */
const fakeWindow = (overrides: Record<string, unknown> = {}): Window =>
  ({
    location: { search: '', hash: '' },
    name: '',
    sessionStorage: { getItem: () => null },
    external: {},
    ...overrides,
  }) as unknown as Window;

describe('hasOfficeHostInfo', () => {
  it('is false for a plain browser tab', () => {
    expect(hasOfficeHostInfo(fakeWindow())).toBe(false);
    expect(hasOfficeHostInfo(fakeWindow({ name: 'some-frame' }))).toBe(false);
    expect(hasOfficeHostInfo(fakeWindow({ name: '{"other":1}' }))).toBe(false);
    expect(hasOfficeHostInfo(fakeWindow({ name: '{not json' }))).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    [
      'window.name JSON with hostInfo (Outlook on the web)',
      { name: JSON.stringify({ hostInfo: 'Outlook|Web|16.01|en-US|x|||0' }) },
    ],
    [
      'window.name JSON with xdmInfo',
      { name: JSON.stringify({ xdmInfo: 'c|i|https://outlook.office.com' }) },
    ],
    ['_host_Info in the query', { location: { search: '?_host_Info=Outlook$Win32$16.02$en-US', hash: '' } }],
    ['_host_Info in the hash', { location: { search: '', hash: '#_host_Info=Outlook|Mac|16.00' } }],
    [
      'host info office.js saved in sessionStorage',
      { sessionStorage: { getItem: (k: string) => (k === 'hostInfoValue' ? 'Outlook|Web' : null) } },
    ],
    [
      'the desktop bridge (window.external.GetHostInfo)',
      { external: { GetHostInfo: () => 'Outlook|Win32' } },
    ],
    ['the Mac bridge (agaveHost.GetHostInfo)', { agaveHost: { GetHostInfo: () => 'Outlook|Mac' } }],
  ])('is true with %s', (_name, overrides) => {
    expect(hasOfficeHostInfo(fakeWindow(overrides))).toBe(true);
  });

  it('treats blocked storage as no signal rather than throwing', () => {
    const win = fakeWindow();
    Object.defineProperty(win, 'sessionStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(hasOfficeHostInfo(win)).toBe(false);
  });
});
