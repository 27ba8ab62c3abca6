// Chooses the mailbox: Outlook when office.js loaded and reports the Outlook host with a compose
// item; otherwise preview mode (office.js blocked or offline, or an ordinary browser tab).
import type { MessageKey } from '../compliance/catalogue/say';
import type { ComposeMailbox } from './mailbox';
import { OfficeMailbox } from './office-mailbox';
import { PreviewMailbox } from './preview-mailbox';

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

export type PreviewReason = Extract<MessageKey, `preview.${string}`>;

/** How long to wait for Office.onReady before falling back to preview. */
export const READY_TIMEOUT_MS = 8000;

export async function connect(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
  timeoutMs = READY_TIMEOUT_MS,
): Promise<Connection> {
  if (!office || typeof office.onReady !== 'function') {
    return preview('preview.no-office');
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
  if (!info) return preview('preview.timeout');
  if (!info.host) return preview('preview.browser');
  const item = office.context?.mailbox?.item;
  if (String(info.host) !== 'Outlook' || !item) return preview('preview.not-compose');
  if (!('setSelectedDataAsync' in (item.body ?? {})) && !('setAsync' in (item.body ?? {}))) {
    return preview('preview.read-mode');
  }
  return { mailbox: new OfficeMailbox(office), previewReason: null };
}

function preview(reason: PreviewReason): Connection {
  const mailbox = new PreviewMailbox();
  return { mailbox, previewReason: reason, preview: mailbox };
}
