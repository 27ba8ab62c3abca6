import { connect } from './connect';
import { asOffice, createFakeOffice } from '../../test/doubles/fake-office';
import { OfficeMailbox } from './office-mailbox';
import { PreviewMailbox } from './preview-mailbox';

describe('connect', () => {
  it('uses Outlook when office.js reports the Outlook host with a compose item', async () => {
    const c = await connect(asOffice(createFakeOffice()));
    expect(c.previewReason).toBeNull();
    expect(c.mailbox).toBeInstanceOf(OfficeMailbox);
    expect(c.preview).toBeUndefined();
  });

  it('falls back to preview when office.js did not load', async () => {
    const c = await connect(undefined);
    expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
    expect(c.previewReason).toBe('preview.no-office');
    expect(c.preview).toBe(c.mailbox);
  });

  it('falls back to preview in an ordinary browser tab (no host)', async () => {
    const c = await connect(asOffice(createFakeOffice({ host: null })));
    expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
    expect(c.previewReason).toMatch(/browser/);
  });

  it('falls back to preview when Office.onReady never answers', async () => {
    const c = await connect(asOffice(createFakeOffice({ faults: { onReady: { kind: 'hang' } } })), 20);
    expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
    expect(c.previewReason).toBe('preview.timeout');
  });

  it('falls back to preview when Office.onReady throws', async () => {
    const c = await connect(asOffice(createFakeOffice({ faults: { onReady: { kind: 'throw' } } })), 20);
    expect(c.mailbox).toBeInstanceOf(PreviewMailbox);
  });
});
