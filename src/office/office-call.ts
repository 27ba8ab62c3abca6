// Turns office.js callback APIs into promises that always settle: a callback error, a synchronous
// throw (e.g. an argument over a size limit), a missing API and a call that never answers all
// become an OfficeCallError.
//
// Outlook on the web allows only a few concurrent async calls, and every sequential call is a
// visible wait there, so calls run at most MAX_IN_FLIGHT at a time. Each call belongs to a lane (the
// part of the message it touches: body, subject, to...); calls in one lane run one after another in
// the order issued, so a read issued after a write of the same part sees that write. Calls without
// a lane share one default lane: among themselves they stay strictly sequential.
import { OfficeCallError, type OfficeAction } from './office-error';

export type Invoke<T> = (callback: (result: Office.AsyncResult<T>) => void) => void;

export const DEFAULT_TIMEOUT_MS = 10_000;
/** The most Office calls in flight at once (Outlook on the web throttles beyond a few). */
export const MAX_IN_FLIGHT = 3;
const DEFAULT_LANE = '';

interface Waiting {
  lane: string;
  start: () => void;
}

const waiting: Waiting[] = [];
const busyLanes = new Set<string>();
let inFlight = 0;

/** Starts every waiting call whose lane is free, oldest first, while a slot is free. */
function pump(): void {
  for (let i = 0; i < waiting.length && inFlight < MAX_IN_FLIGHT;) {
    const next = waiting[i] as Waiting;
    if (busyLanes.has(next.lane)) {
      i += 1;
      continue;
    }
    waiting.splice(i, 1);
    inFlight += 1;
    busyLanes.add(next.lane);
    next.start();
  }
}

/**
 * Runs one office.js async call once a slot is free and the previous call of its lane has
 * settled. `lane` names the part of the message the call touches.
 */
export function officeCall<T>(
  action: OfficeAction,
  invoke: Invoke<T> | undefined,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  lane: string = DEFAULT_LANE,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting.push({
      lane,
      start: () => {
        const done = () => {
          inFlight -= 1;
          busyLanes.delete(lane);
          pump();
        };
        callNow(action, invoke, timeoutMs).then(
          (value) => {
            done();
            resolve(value);
          },
          (error: unknown) => {
            done();
            reject(error);
          },
        );
      },
    });
    pump();
  });
}

function callNow<T>(action: OfficeAction, invoke: Invoke<T> | undefined, timeoutMs: number): Promise<T> {
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
