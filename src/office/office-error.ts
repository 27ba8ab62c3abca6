// Office errors turned into sentences a user can act on, as catalogue phrases (the pane says them in
// its language). Names are office.js error names (Office.AsyncResult.error.name) plus our own for
// synchronous throws, timeouts and missing APIs. Error.message stays English: it is for logs.
import { phrase, type MessageKey, type Phrase } from '../compliance/catalogue/say';

export type OfficeFailureKind = 'callback' | 'throw' | 'timeout' | 'unsupported';

/** Which call failed; the catalogue has its words under office.action.<id>. */
export type OfficeAction =
  | 'read-sender'
  | 'read-body-type'
  | 'read-body'
  | 'read-subject'
  | 'read-to'
  | 'read-cc'
  | 'write-body'
  | 'write-subject'
  | 'write-to'
  | 'add-to'
  | 'save';

/** office.js error names the catalogue describes (office.error.<name>); others are named as they are. */
const DESCRIBED = new Set([
  'DataExceedsMaximumSize',
  'InvalidSelection',
  'GenericResponseError',
  'InternalServerError',
  'NetworkError',
  'InvalidFormatError',
  'NumberOfRecipientsExceeded',
  'SettingsSizeExceeded',
  'ItemNotFound',
  'InvalidAttachmentId',
  'PermissionDenied',
  'Timeout',
  'NotSupported',
  'Exception',
  'RecipientOutOfRange',
]);
/** Names with their own advice (office.advice.<name>); the others get "Try again." */
const ADVISED = new Set([
  'DataExceedsMaximumSize',
  'InvalidSelection',
  'NetworkError',
  'Timeout',
  'NotSupported',
  'SettingsSizeExceeded',
]);

export class OfficeCallError extends Error {
  constructor(
    readonly action: OfficeAction,
    /** office.js error name, or ours: 'Timeout', 'NotSupported', 'Exception'. */
    readonly officeName: string,
    readonly kind: OfficeFailureKind,
    readonly detail?: string,
    /** What is wrong and the fix, when we know more than the error name says (e.g. which recipient). */
    readonly explanation?: Phrase[],
  ) {
    super(`Could not ${action}: ${officeName}${detail ? ` (${detail})` : ''}`);
    this.name = 'OfficeCallError';
  }

  /** What the pane says: what failed, why (our explanation when we have one), and what to try. */
  get userPhrases(): Phrase[] {
    const failed = phrase('office.failed', { action: phrase(`office.action.${this.action}`) });
    return [failed, ...(this.explanation ?? describeOfficeError(this.officeName))];
  }
}

/** Why Outlook failed and what to try, as phrases. */
export function describeOfficeError(name: string): Phrase[] {
  return [
    DESCRIBED.has(name) ? phrase(`office.error.${name}` as MessageKey) : phrase('office.error', { name }),
    phrase(ADVISED.has(name) ? (`office.advice.${name}` as MessageKey) : 'office.advice'),
  ];
}

/** Anything thrown or rejected, as an Error (office.js and browsers may reject with other values). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** What to tell the user about an error: the Office sentences when it is one, else its message. */
export function userPhrasesOf(error: Error): Phrase[] {
  return error instanceof OfficeCallError
    ? error.userPhrases
    : [phrase('error.unexpected', { detail: error.message })];
}
