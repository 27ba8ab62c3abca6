import { PREVIEW_SETTINGS_KEY, PreviewMailbox, samplePreviewMessage } from './preview-mailbox';

const memoryStore = () => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
};

describe('PreviewMailbox', () => {
  it('starts with a simulated sender, an empty body with a signature, no subject and no recipients', async () => {
    const m = new PreviewMailbox(undefined, null, 'Europe/Dublin');
    await expect(m.getSender()).resolves.toEqual({
      address: 'jane.doe@mycompany.com',
      displayName: 'Jane Doe',
    });
    const body = await m.getBody();
    expect(body.type).toBe('html');
    expect(body.content).toContain('<div id="Signature">');
    await expect(m.getSubject()).resolves.toBe('');
    await expect(m.getTo()).resolves.toEqual([]);
    expect(m.context).toMatchObject({ kind: 'preview', timeZone: 'Europe/Dublin' });
  });

  it('keeps what is written and tells subscribers', async () => {
    const m = new PreviewMailbox(samplePreviewMessage(), null);
    const seen = jest.fn();
    const unsubscribe = m.subscribe(seen);
    await m.setBody({ type: 'html', content: '<p>new</p>' });
    await m.setSubject('s');
    await m.setTo([{ address: 'palogin@ie.ibm.com', displayName: 'IBM' }]);
    expect(await m.getBody()).toEqual({ type: 'html', content: '<p>new</p>' });
    expect(await m.getSubject()).toBe('s');
    expect(await m.getTo()).toEqual([{ address: 'palogin@ie.ibm.com', displayName: 'IBM' }]);
    expect(seen).toHaveBeenCalledTimes(3);
    const snapshot = m.message;
    expect(m.message).toBe(snapshot); // a stable snapshot between writes (useSyncExternalStore)
    unsubscribe();
    await m.setSubject('t');
    expect(seen).toHaveBeenCalledTimes(3);
    expect(m.message).not.toBe(snapshot);
    expect(snapshot.subject).toBe('s');
  });

  it('returns copies, so a caller cannot change the message by accident', async () => {
    const m = new PreviewMailbox(samplePreviewMessage(), null);
    const to = await m.getTo();
    to.push({ address: 'x@y.com', displayName: 'x' });
    expect(await m.getTo()).toEqual([]);
  });

  it('keeps settings in the given store and survives garbage', async () => {
    const store = memoryStore();
    const m = new PreviewMailbox(samplePreviewMessage(), store);
    expect(m.loadSettings()).toEqual({});
    await m.saveSettings({ companyDomains: ['mycompany.com'] });
    expect(new PreviewMailbox(samplePreviewMessage(), store).loadSettings()).toEqual({
      companyDomains: ['mycompany.com'],
    });
    store.map.set(PREVIEW_SETTINGS_KEY, '{not json');
    expect(m.loadSettings()).toEqual({});
  });
});
