// Which recipient office.js refused, and the fix. office.js checks recipients before a write reaches
// Outlook and throws a Sys.ArgumentOutOfRangeException that names no one (in Outlook's language).
// Loaded on demand by the adapter, only when a recipients write has failed.
import type { Recipient } from './mailbox';
import { OfficeCallError } from './office-error';

/** office.js's own limits on recipients, checked before anything reaches Outlook (outlook-*.js). */
export const RECIPIENT_LIMITS = { displayName: 255, address: 571, count: 100 } as const;

const shortName = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * office.js refuses a recipients write synchronously when one recipient breaks its limits, with a
 * message that names no one (and is in Outlook's language). Says which recipient and the fix; any
 * other error is returned unchanged.
 */
export function explainRecipientError(
  error: unknown,
  recipients: readonly Recipient[],
  line: string,
): unknown {
  if (!(error instanceof OfficeCallError) || error.kind !== 'throw') return error;
  if (error.officeName !== 'RecipientOutOfRange' && error.officeName !== 'DataExceedsMaximumSize')
    return error;
  const explain = (name: string, explanation: string) =>
    new OfficeCallError(error.action, name, 'throw', error.detail, explanation);
  const longNames = recipients.filter(
    (r) => (r.displayName || r.address).length > RECIPIENT_LIMITS.displayName,
  );
  if (longNames.length > 0) {
    const who = longNames
      .map(
        (r) =>
          `${r.address} (display name "${shortName(r.displayName)}", ${r.displayName.length} characters)`,
      )
      .join(', ');
    return explain(
      'DisplayNameTooLong',
      `A recipient on the ${line} line has a display name longer than the ${RECIPIENT_LIMITS.displayName} characters Outlook accepts from an add-in: ${who}. Remove that recipient and type the address again (or shorten the name in your contacts), then try again.`,
    );
  }
  const longAddresses = recipients.filter((r) => r.address.length > RECIPIENT_LIMITS.address);
  if (longAddresses.length > 0) {
    return explain(
      'EmailAddressTooLong',
      `A recipient on the ${line} line has an address longer than the ${RECIPIENT_LIMITS.address} characters Outlook accepts: ${longAddresses.map((r) => shortName(r.address)).join(', ')}. Correct or remove it, then try again.`,
    );
  }
  if (recipients.length > RECIPIENT_LIMITS.count) {
    return explain(
      'NumberOfRecipientsExceeded',
      `The ${line} line would have ${recipients.length} recipients; Outlook accepts at most ${RECIPIENT_LIMITS.count} from an add-in. Remove some, then try again.`,
    );
  }
  return error;
}
