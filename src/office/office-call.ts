// Turns office.js callback APIs into promises that always settle: a callback error, a synchronous
// throw (e.g. an argument over a size limit), a missing API and a call that never answers all
// become an OfficeCallError. Calls run one at a time: Outlook on the web allows only a few
// concurrent async calls, and sequencing keeps reads and writes in the order we issued them.
import { OfficeCallError } from './office-error';

export type Invoke<T> = (callback: (result: Office.AsyncResult<T>) => void) => void;

export const DEFAULT_TIMEOUT_MS = 10_000;

let queue: Promise<unknown> = Promise.resolve();

/** Runs one office.js async call after the previous one has settled. */
export function officeCall<T>(
  action: string,
  invoke: Invoke<T> | undefined,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const run = () => callNow(action, invoke, timeoutMs);
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function callNow<T>(action: string, invoke: Invoke<T> | undefined, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (!invoke) {
      reject(new OfficeCallError(action, 'NotSupported', 'unsupported'));
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      reject(new OfficeCallError(action, 'Timeout', 'timeout', `no answer after ${timeoutMs} ms`));
    }, timeoutMs);
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    try {
      invoke((result) => {
        settle(() => {
          // Compared as text: the enum's value is 'succeeded' in every office.js build.
          if (result && String(result.status) === 'succeeded') resolve(result.value);
          else {
            const name = result?.error?.name || 'GenericResponseError';
            reject(new OfficeCallError(action, name, 'callback', result?.error?.message));
          }
        });
      });
    } catch (error) {
      settle(() => reject(new OfficeCallError(action, thrownName(error), 'throw', describe(error))));
    }
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * office.js throws synchronously for arguments it refuses (Sys.ArgumentOutOfRangeException, with
 * the argument's name in `paramName`). A recipient over a limit (a display name over 255
 * characters, say) is told apart from data over a size limit, so that the user is not told to
 * shorten the message; the adapter then says which recipient (explainRecipientError).
 */
function thrownName(error: unknown): string {
  const param = (error as { paramName?: unknown } | null)?.paramName;
  const text = `${error instanceof Error ? error.name : ''} ${describe(error)}`;
  if (param === 'recipients' && /ArgumentOutOfRange/i.test(text)) return 'RecipientOutOfRange';
  return /ArgumentOutOfRange|exceeds? the maximum|maximum (size|length)|too (large|long)/i.test(text)
    ? 'DataExceedsMaximumSize'
    : 'Exception';
}
