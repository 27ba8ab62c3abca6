// An Office error in words the user can act on (what failed, why, what to try), as catalogue
// phrases the pane says in its language. Only the parts that show errors (notices, the insert
// outcome, Settings) import it, so the first screen does not carry it.
import { phrase, type MessageKey, type Phrase } from '../compliance/catalogue/say';
import { OfficeCallError } from './office-error';

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

/** What failed, why (our explanation when we have one), and what to try. */
export function officeErrorPhrases(error: OfficeCallError): Phrase[] {
  const failed = phrase('office.failed', { action: phrase(`office.action.${error.action}`) });
  return [failed, ...(error.explanation ?? describeOfficeError(error.officeName))];
}

/** Why Outlook failed and what to try, as phrases. */
export function describeOfficeError(name: string): Phrase[] {
  return [
    DESCRIBED.has(name) ? phrase(`office.error.${name}` as MessageKey) : phrase('office.error', { name }),
    phrase(ADVISED.has(name) ? (`office.advice.${name}` as MessageKey) : 'office.advice'),
  ];
}

/** What to tell the user about an error: the Office sentences when it is one, else its message. */
export function userPhrasesOf(error: Error): Phrase[] {
  return error instanceof OfficeCallError
    ? officeErrorPhrases(error)
    : [phrase('error.unexpected', { detail: error.message })];
}
