import { phrase, say } from '../compliance/catalogue/say';
import { filesBase, loadSendWords, validMessages } from './send-words';
import { SEND_WORDS } from './summary';

const ok = (data: unknown) => async () => ({ ok: true, json: async () => data });

describe('loadSendWords', () => {
  test('fetches the language file beside the handler and speaks it', async () => {
    const urls: string[] = [];
    const words = await loadSendWords('ja-JP', {
      base: 'https://addin.example/pcc/',
      fetch: async (url) => {
        urls.push(url);
        return { ok: true, json: async () => ({ 'send.open-pane': 'アドインを開く' }) };
      },
    });
    expect(urls).toEqual(['https://addin.example/pcc/locales/send-ja.json']);
    expect(words.locale).toBe('ja');
    expect(say(phrase('send.open-pane'), words)).toBe('アドインを開く');
    // A key the file lacks is said in English.
    expect(say(phrase('send.reject.footer'), words)).toBe('Fix the message, or open the add-in.');
  });

  test('English, an unknown language or the pseudo-locale fetch nothing', async () => {
    const fetch = jest.fn(ok({}));
    for (const tag of ['en-US', 'nl-NL', 'qps-ploc', '']) {
      expect(await loadSendWords(tag, { base: 'https://a/', fetch })).toBe(SEND_WORDS);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  test.each([
    ['a missing file', async () => ({ ok: false, json: async () => ({}) })],
    ['a network failure', async () => Promise.reject(new Error('offline'))],
    [
      'a file that is not JSON',
      async () => ({ ok: true, json: async () => Promise.reject(new SyntaxError('x')) }),
    ],
  ])('%s gives English', async (_, fetch) => {
    expect(await loadSendWords('de-DE', { base: 'https://a/', fetch })).toBe(SEND_WORDS);
  });

  test('an answer that does not come in time gives English, without waiting longer', async () => {
    const start = Date.now();
    const words = await loadSendWords('de-DE', {
      base: 'https://a/',
      fetch: () => new Promise(() => {}),
      timeoutMs: 30,
    });
    expect(words).toBe(SEND_WORDS);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  test('keeps only well-formed entries of a fetched file', () => {
    expect(
      validMessages({
        a: 'x',
        b: { one: '1', other: 'n' },
        c: { one: 'no other' },
        d: 3,
        e: null,
        f: { other: 'n', few: 4 },
      }),
    ).toEqual({ a: 'x', b: { one: '1', other: 'n' } });
    expect(validMessages(null)).toEqual({});
    expect(validMessages('text')).toEqual({});
  });

  test('without a page location (the JavaScript-only runtime) and without a build base, nothing is fetched', async () => {
    expect(filesBase()).toBe('');
    const fetch = jest.fn(ok({}));
    expect(await loadSendWords('de-DE', { fetch })).toBe(SEND_WORDS);
    expect(fetch).not.toHaveBeenCalled();
  });
});
