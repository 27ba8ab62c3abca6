// Which recipient office.js refused, and the fix. office.js checks recipients before a write reaches
// Outlook and throws a Sys.ArgumentOutOfRangeException that names no one (in Outlook's language).
// Loaded on demand by the adapter, only when a recipients write has failed.
import type { Recipient } from './mailbox';
import { phrase, type Phrase } from '../compliance/catalogue/say';
import { OfficeCallError } from './office-error';

/** office.js's own limits on recipients, checked before anything reaches Outlook (outlook-*.js). */
export const RECIPIENT_LIMITS = { displayName: 255, address: 571, count: 100 } as const;

const shortName = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/**
 * office.js refuses a recipients write synchronously when one recipient breaks its limits, with a
 * message that names no one (and is in Outlook's language). Says which recipient and the fix (as
 * catalogue phrases, in the pane's language); any
 * other error is returned unchanged.
 */
export function explainRecipientError(error: unknown, recipients: readonly Recipient[], line: 'to'): unknown {
  if (!(error instanceof OfficeCallError) || error.kind !== 'throw') return error;
  if (error.officeName !== 'RecipientOutOfRange' && error.officeName !== 'DataExceedsMaximumSize')
    return error;
  const explain = (name: string, explanation: Phrase) =>
    new OfficeCallError(error.action, name, 'throw', error.detail, [explanation]);
  const onLine = phrase(`office.line.${line}`);
  const longNames = recipients.filter(
    (r) => (r.displayName || r.address).length > RECIPIENT_LIMITS.displayName,
  );
  if (longNames.length > 0) {
    const who = longNames.map((r) =>
      phrase('office.recipient.long-name.who', {
        address: r.address,
        name: shortName(r.displayName),
        count: r.displayName.length,
      }),
    );
    return explain(
      'DisplayNameTooLong',
      phrase('office.recipient.long-name', { line: onLine, max: RECIPIENT_LIMITS.displayName, who }),
    );
  }
  const longAddresses = recipients.filter((r) => r.address.length > RECIPIENT_LIMITS.address);
  if (longAddresses.length > 0) {
    return explain(
      'EmailAddressTooLong',
      phrase('office.recipient.long-address', {
        line: onLine,
        max: RECIPIENT_LIMITS.address,
        addresses: longAddresses.map((r) => shortName(r.address)),
      }),
    );
  }
  if (recipients.length > RECIPIENT_LIMITS.count) {
    return explain(
      'NumberOfRecipientsExceeded',
      phrase('office.recipient.too-many', {
        line: onLine,
        count: recipients.length,
        max: RECIPIENT_LIMITS.count,
      }),
    );
  }
  return error;
}
