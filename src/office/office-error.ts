// A failed Office call, as an error the pane can explain (office-error-words.ts says it in catalogue
// phrases and loads only with the parts that show errors). Names are office.js error names
// (Office.AsyncResult.error.name) plus our own for synchronous throws, timeouts and missing APIs.
// Error.message stays English: it is for logs.
import type { Phrase } from '../compliance/catalogue/say';

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
}

/** Anything thrown or rejected, as an Error (office.js and browsers may reject with other values). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
