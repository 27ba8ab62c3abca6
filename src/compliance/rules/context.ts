// What every rule sees: the input, the environment, and what is worked out once for all rules
// (the signature, the parsed sender, the configured company domains). A rule is a function from
// this context to an outcome: a status and phrases (message keys and parameters), never words.
import type { Phrase } from '../catalogue/say';
import type { ParsedAddress } from '../knowledge/address';
import type { DomainKnowledge } from '../knowledge/domains';
import type { ParseHtml } from '../mail/html';
import type { ComplianceInput, Signature } from '../types';
import type { RuleStatus, SignatureRead } from './verdict';

/** What the engine needs from its runtime: an HTML parser and what it knows about domains. */
export interface EngineEnv {
  /** Builds the plain HTML tree (htmlparser2 in the send-time handler, DOMParser in the pane). */
  parseHtml: ParseHtml;
  /** Free-mail list and organisation domains (basic or full, see knowledge/domains.ts, domain-data.ts). */
  domains: DomainKnowledge;
}

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
  signatureRead?: SignatureRead;
}

export type Check = (ctx: Context) => Outcome;
