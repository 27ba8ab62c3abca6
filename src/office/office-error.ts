// Office errors turned into sentences a user can act on. Names are office.js error names
// (Office.AsyncResult.error.name) plus our own for synchronous throws, timeouts and missing APIs.

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

/** Anything thrown or rejected, as an Error (office.js and browsers may reject with other values). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** What to tell the user about an error: the Office sentence when it is one, else its message. */
export function userMessageOf(error: Error): string {
  return error instanceof OfficeCallError ? error.userMessage : error.message;
}
