// The rule ids, in the order the results are returned (and shown), and the shape of a verdict.
// A new rule adds its id here, its check in the rules table (evaluate.ts) and its words in the
// catalogue (topic.<id>, source.<id> and its message keys).
import type { Phrase } from '../catalogue/say';

export type { Phrase };
export const RULE_ORDER = [
  'company-domain',
  'sender-role',
  'manager-title',
  'reason',
  'account-number',
  'new-contact',
  'region-desk',
] as const;

export type RuleId = (typeof RULE_ORDER)[number];

export type RuleStatus = 'pass' | 'warn' | 'fail';

/**
 * One rule's verdict, as data: the words are rendered from the catalogue (verdict-text.ts), so the
 * pane and the send-time summary phrase them the same way and a later step can translate them.
 * The rule's topic and IBM's sentence it comes from are the catalogue's `topic.<id>` and `source.<id>`.
 */
export interface RuleResult {
  id: RuleId;
  status: RuleStatus;
  /** What was found; when not passed, what is wrong (one or more sentences). */
  message: Phrase[];
  /** What to do about it (empty when passed). */
  fix: Phrase[];
  /** The lines read as the user's signature (manager title), so the user sees why. */
  signatureRead?: SignatureRead;
}

/** Lines read as the signature, and where they were found (a catalogue phrase). */
export interface SignatureRead {
  lines: string[];
  where: Phrase;
}
