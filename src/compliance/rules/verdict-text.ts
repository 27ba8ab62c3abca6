// A verdict in words, as the pane and the send-time summary show it.
import type { RuleId, RuleResult, RuleStatus } from './verdict';
import { ENGLISH, phrase, say, sayAll, type Catalogue } from '../catalogue/say';

export interface VerdictText {
  id: RuleId;
  status: RuleStatus;
  /** The rule's topic in plain words, e.g. "Company domain". */
  topic: string;
  /** What was found; when not passed, what is wrong. */
  message: string;
  /** What to do about it ('' when passed). */
  fix: string;
}

export function verdictText(r: RuleResult, catalogue: Catalogue = ENGLISH): VerdictText {
  return {
    id: r.id,
    status: r.status,
    topic: say(phrase(`topic.${r.id}`), catalogue),
    message: sayAll(r.message, catalogue),
    fix: sayAll(r.fix, catalogue),
  };
}
