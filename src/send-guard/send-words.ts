// The send-time dialog in Outlook's display language. The handler is one file (classic Outlook's
// JavaScript-only runtime loads exactly one), so it carries English only; another language's words
// (verdicts and dialog, a few KB) are fetched from locales/send-<id>.json beside it, and only when
// a dialog is about to be shown. Anything that goes wrong — no fetch, no answer in time, a bad
// file — gives English: the words never delay or stop a send decision for long.
import { resolveLocale } from '../compliance/catalogue/locales';
import { withFallback, type Catalogue, type Entry, type Messages } from '../compliance/catalogue/say';
import { SEND_WORDS } from './summary';

declare const __ADDIN_BASE_URL__: string | undefined;

/** How long the words may take to arrive before the dialog is shown in English. */
export const WORDS_TIMEOUT_MS = 2_000;

type Fetch = (url: string) => Promise<{ ok: boolean; json(): Promise<unknown> }>;

/** Where the handler's files are: its own page's folder, else the build's base URL (JavaScript-only runtime). */
export function filesBase(): string {
  const href = typeof location === 'object' && location ? String(location.href) : '';
  if (/^https?:/.test(href)) return href.slice(0, href.lastIndexOf('/') + 1);
  return typeof __ADDIN_BASE_URL__ === 'string' ? `${__ADDIN_BASE_URL__}/` : '';
}

function isEntry(v: unknown): v is Entry {
  if (typeof v === 'string') return true;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { other?: unknown }).other === 'string' &&
    Object.values(v).every((s) => typeof s === 'string')
  );
}

/** Only well-formed entries of a fetched file (a string, or plural forms with "other"). */
export function validMessages(data: unknown): Messages {
  if (typeof data !== 'object' || data === null) return {};
  return Object.fromEntries(Object.entries(data).filter(([, v]) => isEntry(v))) as Messages;
}

/** The dialog's words for a display language (English when unsupported, or on any failure). */
export async function loadSendWords(
  displayLanguage: string,
  options: { fetch?: Fetch; base?: string; timeoutMs?: number } = {},
): Promise<Catalogue> {
  const id = resolveLocale(displayLanguage);
  const get = options.fetch ?? (typeof fetch === 'function' ? (fetch as unknown as Fetch) : undefined);
  const base = options.base ?? filesBase();
  if (id === 'en' || id === 'qps-ploc' || !get || base === '') return SEND_WORDS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const response = await Promise.race([
      get(`${base}locales/send-${id}.json`),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), options.timeoutMs ?? WORDS_TIMEOUT_MS);
      }),
    ]);
    if (!response.ok) throw new Error('not found');
    return withFallback({ locale: id, messages: validMessages(await response.json()) }, SEND_WORDS);
  } catch {
    return SEND_WORDS;
  } finally {
    clearTimeout(timer);
  }
}
