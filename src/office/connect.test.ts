/** @jest-environment jsdom */
import { connect, isStartFailure, type ConnectResult, type Connection, type StartFailure } from './connect';
import { asOffice, createFakeOffice } from '../../test/doubles/fake-office';
import { OfficeMailbox } from './office-mailbox';
import { PreviewMailbox } from './preview-mailbox';

function connected(result: ConnectResult): Connection {
  if (isStartFailure(result)) throw new Error(`expected a connection, got ${result.failure}`);
  return result;
}

function failed(result: ConnectResult): StartFailure {
  if (!isStartFailure(result)) throw new Error('expected a start failure, got a connection');
  return result;
}

describe('connect', () => {
  it('uses Outlook when office.js reports the Outlook host with a compose item', async () => {
    const c = connected(await connect(asOffice(createFakeOffice()), { hosted: true }));
    expect(c.previewReason).toBeNull();
    expect(c.mailbox).toBeInstanceOf(OfficeMailbox);
    expect(c.preview).toBeUndefined();
  });

  describe('in a plain browser tab (no Office host information)', () => {
    it('falls back to preview when office.js did not load', async () => {
      const c = connected(await connect(undefined, { hosted: false }));
      expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
      // Words that fit a plain tab, where office.js is not expected to work: not "could not be loaded".
      expect(c.previewReason).toBe('preview.browser');
      expect(c.preview).toBe(c.mailbox);
    });

    it('falls back to preview when office.js finds no host', async () => {
      const c = connected(await connect(asOffice(createFakeOffice({ host: null })), { hosted: false }));
      expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
      expect(c.previewReason).toBe('preview.browser');
    });

    it('falls back to preview when Office.onReady never answers', async () => {
      const office = asOffice(createFakeOffice({ faults: { onReady: { kind: 'hang' } } }));
      const c = connected(await connect(office, { timeoutMs: 20, hosted: false }));
      expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
      expect(c.previewReason).toBe('preview.browser');
    });

    it('falls back to preview when Office.onReady throws', async () => {
      const office = asOffice(createFakeOffice({ faults: { onReady: { kind: 'throw' } } }));
      const c = connected(await connect(office, { timeoutMs: 20, hosted: false }));
      expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
    });
  });

  describe('inside an Office client (host information present): never a simulated message', () => {
    it('says Outlook could not start the add-in when office.js did not load', async () => {
      const f = failed(await connect(undefined, { hosted: true }));
      expect(f).toEqual({ failure: 'not-started', reason: 'start.no-office' });
    });

    it('says so when Office.onReady never answers', async () => {
      const office = asOffice(createFakeOffice({ faults: { onReady: { kind: 'hang' } } }));
      const f = failed(await connect(office, { timeoutMs: 20, hosted: true }));
      expect(f.failure).toBe('not-started');
      expect(f.reason).toBe('start.timeout');
    });

    it('says so when Office.onReady throws', async () => {
      const office = asOffice(createFakeOffice({ faults: { onReady: { kind: 'throw' } } }));
      expect(failed(await connect(office, { timeoutMs: 20, hosted: true })).failure).toBe('not-started');
    });

    it('says so when office.js loaded but found no host', async () => {
      const office = asOffice(createFakeOffice({ host: null }));
      expect(failed(await connect(office, { hosted: true })).failure).toBe('not-started');
    });
  });

  it('asks for a message being written when Outlook opened it on something else', async () => {
    const fake = createFakeOffice();
    const office = asOffice(fake);
    (office.context.mailbox as { item: unknown }).item = null;
    const f = failed(await connect(office, { hosted: false }));
    expect(f.failure).toBe('not-compose');
  });

  it('reads the host information from the window when not told', async () => {
    const name = window.name;
    try {
      window.name = JSON.stringify({
        hostInfo: 'Outlook|Web|16.01|en-US|x|||0',
        xdmInfo: 'c|i|https://outlook.office.com',
      });
      expect(failed(await connect(undefined)).failure).toBe('not-started');
      window.name = '';
      expect(connected(await connect(undefined)).mailbox).toBeInstanceOf(PreviewMailbox);
    } finally {
      window.name = name;
    }
  });
});
