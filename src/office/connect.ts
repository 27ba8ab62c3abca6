// Chooses the mailbox: Outlook when office.js loaded and reports the Outlook host with a compose
// item; preview mode (a simulated message) only in a plain browser tab. Inside an Office client the
// pane never pretends: if office.js fails or does not answer there, or the item cannot be written,
// connect() says so instead (a simulated message could be taken for the user's real email).
import type { MessageKey } from '../compliance/catalogue/say';
import type { ComposeMailbox } from './mailbox';
import { OfficeMailbox } from './office-mailbox';
import type { PreviewMailbox } from './preview-mailbox';

/** Connected to Outlook, or in preview mode with a simulated message the pane can show. */
export type Connection =
  | { mailbox: ComposeMailbox; previewReason: null; preview?: undefined }
  | {
      mailbox: PreviewMailbox;
      /** Why the pane is in preview mode (a catalogue key: the pane says it in its language). */
      previewReason: PreviewReason;
      /** The simulated message (the same object as `mailbox`), for the pane to show. */
      preview: PreviewMailbox;
    };

/** Inside Outlook, but the pane cannot work: nothing to show but this. */
export interface StartFailure {
  /** 'not-started': office.js failed or did not answer; 'not-compose': not a message being written. */
  failure: 'not-started' | 'not-compose';
  /** What went wrong (a catalogue key: the pane says it in its language). */
  reason: StartFailureReason;
}

export type PreviewReason = Extract<MessageKey, `preview.${string}`>;
export type StartFailureReason = Extract<MessageKey, `start.${string}` | `preview.${string}`>;

export type ConnectResult = Connection | StartFailure;

export function isStartFailure(result: ConnectResult): result is StartFailure {
  return 'failure' in result;
}

/** How long to wait for Office.onReady before giving up. */
export const READY_TIMEOUT_MS = 8000;

export interface ConnectOptions {
  timeoutMs?: number;
  /** Whether an Office client hosts the page (its host information is present); read from window by default. */
  hosted?: boolean;
}

export async function connect(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
  options: ConnectOptions = {},
): Promise<ConnectResult> {
  const timeoutMs = options.timeoutMs ?? READY_TIMEOUT_MS;
  // In a plain browser tab office.js is not expected to work: the preview says so in one way,
  // whatever stopped it (words such as "could not be loaded" would read as a fault there).
  const notStarted = async (reason: StartFailureReason): Promise<ConnectResult> =>
    (options.hosted ?? (await hostedByOffice())) ? { failure: 'not-started', reason } : preview();

  if (!office || typeof office.onReady !== 'function') {
    return notStarted('start.no-office');
  }
  let info: { host: Office.HostType | null } | null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    info = await Promise.race([
      office.onReady(),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs))),
    ]);
  } catch {
    info = null;
  } finally {
    clearTimeout(timer);
  }
  if (!info) return notStarted('start.timeout');
  if (!info.host) return notStarted('start.no-outlook');
  const item = office.context?.mailbox?.item;
  if (String(info.host) !== 'Outlook' || !item)
    return { failure: 'not-compose', reason: 'preview.not-compose' };
  if (!('setSelectedDataAsync' in (item.body ?? {})) && !('setAsync' in (item.body ?? {}))) {
    return { failure: 'not-compose', reason: 'preview.read-mode' };
  }
  return { mailbox: new OfficeMailbox(office), previewReason: null };
}

/**
 * Read only when office.js did not connect (a connected pane never needs it, so it loads on
 * demand). When it cannot be told, the answer is "hosted": better an error than a pretend message.
 */
async function hostedByOffice(): Promise<boolean> {
  if (typeof window === 'undefined') return false;
  try {
    const { hasOfficeHostInfo } = await import(/* webpackChunkName: "host-info" */ './host-info');
    return hasOfficeHostInfo(window);
  } catch {
    return true;
  }
}

/** Preview mode: only in a plain browser tab, so its simulated message loads on demand. */
async function preview(): Promise<Connection> {
  const { PreviewMailbox } = await import(/* webpackChunkName: "preview" */ './preview-mailbox');
  const mailbox = new PreviewMailbox();
  return { mailbox, previewReason: 'preview.browser', preview: mailbox };
}
