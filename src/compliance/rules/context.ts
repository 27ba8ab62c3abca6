// What every rule sees: the input, the environment, and what is worked out once for all rules
// (the signature, the parsed sender, the configured company domains). A rule is a function from
// this context to an outcome: a status and phrases (message keys and parameters), never words.
import type { Phrase } from '../catalogue/say';
import type { ParsedAddress } from '../knowledge/address';
import type { ComplianceInput, EngineEnv, RuleStatus, Signature } from '../types';

export type { EngineEnv };

export interface Context {
  input: ComplianceInput;
  env: EngineEnv;
  signature: Signature;
  sender: ParsedAddress | null;
  companyDomains: string[];
}

export interface Outcome {
  status: RuleStatus;
  message: Phrase[];
  /** Dropped when the rule passes. */
  fix?: Phrase[];
}

export type Check = (ctx: Context) => Outcome;
