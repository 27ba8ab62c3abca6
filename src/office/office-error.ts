// Office errors turned into sentences a user can act on. Names are office.js error names
// (Office.AsyncResult.error.name) plus our own for synchronous throws, timeouts and missing APIs.
import type { Recipient } from './mailbox';

export type OfficeFailureKind = 'callback' | 'throw' | 'timeout' | 'unsupported';

export class OfficeCallError extends Error {
  constructor(
    /** Which call failed, in words ("read the message body"). */
    readonly action: string,
    /** office.js error name, or ours: 'Timeout', 'NotSupported', 'Exception'. */
    readonly officeName: string,
    readonly kind: OfficeFailureKind,
    readonly detail?: string,
    /** What is wrong and the fix, when we know more than the error name says (e.g. which recipient). */
    readonly explanation?: string,
  ) {
    super(
      `Could not ${action}: ${explanation ?? describeOfficeError(officeName)}${detail ? ` (${detail})` : ''}`,
    );
    this.name = 'OfficeCallError';
  }

  /** A sentence for the pane: what failed and what to try. */
  get userMessage(): string {
    if (this.explanation) return `Outlook could not ${this.action}. ${this.explanation}`;
    return `Outlook could not ${this.action}. ${describeOfficeError(this.officeName)} ${adviceFor(this.officeName)}`.trim();
  }
}

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
      `A recipient on the ${line} line has a display name longer than the ${RECIPIENT_LIMITS.displayName} characters Outlook accepts from an add-in: ${who}. Remove that recipient and type the address again (or shorten the name in your contacts), then try again. Nothing else was changed by this step.`,
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

const DESCRIPTIONS: Record<string, string> = {
  DataExceedsMaximumSize: 'The message is larger than Outlook lets an add-in change in one step.',
  InvalidSelection: 'The cursor is somewhere Outlook cannot insert text.',
  GenericResponseError: 'Outlook reported an unexpected error.',
  InternalServerError: 'The mail server reported an error.',
  NetworkError: 'The connection to the mail server was lost.',
  InvalidFormatError: 'The text was not in a format Outlook accepts here.',
  NumberOfRecipientsExceeded: 'The message has more recipients than Outlook allows.',
  SettingsSizeExceeded: 'The saved settings are larger than Outlook allows (32 KB).',
  ItemNotFound: 'The message is no longer open.',
  InvalidAttachmentId: 'An attachment could not be found.',
  PermissionDenied: 'The add-in is not allowed to do this.',
  Timeout: 'Outlook did not answer in time.',
  NotSupported: 'This version of Outlook does not support it.',
  Exception: 'Outlook refused the request.',
  RecipientOutOfRange: 'Outlook refused a recipient (a name, an address or their number is over its limit).',
};

const ADVICE: Record<string, string> = {
  DataExceedsMaximumSize: 'Shorten the message or remove the quoted thread, then try again.',
  InvalidSelection: 'Click inside the message body, then try again.',
  NetworkError: 'Check your connection, then try again.',
  Timeout: 'Try again; if it keeps happening, close and reopen the message.',
  NotSupported: 'Update Outlook, or fill in the field by hand.',
  SettingsSizeExceeded: 'Your choices were not saved; everything else works.',
};

export function describeOfficeError(name: string): string {
  return DESCRIPTIONS[name] ?? `Outlook reported "${name}".`;
}

function adviceFor(name: string): string {
  return ADVICE[name] ?? 'Try again.';
}
