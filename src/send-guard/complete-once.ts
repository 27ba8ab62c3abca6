// event.completed() exactly once, whatever happens: the handler's result and its deadline race to
// call it, and the first one wins. If Outlook refuses the options (an older client that throws on
// a property it does not know), the call is retried with less: first the plain block, then allowing
// the send — a handler that never completes would trap the user.

export type CompletedOptions = Office.SmartAlertsEventCompletedOptions;

/** The part of Office.MailboxEvent the handler uses. */
export interface SendEvent {
  completed(options?: CompletedOptions): void;
}

export type Log = Pick<Console, 'error'>;

/** Returns `complete(options)`: true the first time it completes the event, false afterwards. */
export function completeOnce(
  event: SendEvent | null | undefined,
  log: Log,
): (options: CompletedOptions) => boolean {
  let done = false;
  return (options) => {
    if (done) return false;
    done = true;
    const attempts: CompletedOptions[] = [options];
    if (options.allowEvent === false) {
      const plain: CompletedOptions = { allowEvent: false };
      if (options.errorMessage !== undefined) plain.errorMessage = options.errorMessage;
      if (Object.keys(options).length > Object.keys(plain).length) attempts.push(plain);
      attempts.push({ allowEvent: true });
    }
    for (const attempt of attempts) {
      try {
        if (!event || typeof event.completed !== 'function')
          throw new TypeError('the event has no completed()');
        event.completed(attempt);
        return true;
      } catch (error) {
        log.error('[send-guard] event.completed failed', attempt, error);
      }
    }
    return false;
  };
}
