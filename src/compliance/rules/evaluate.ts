// The compliance rules: one result per IBM rule, in a fixed order (ids.ts), each traced to the
// sentence of IBM's procedure it implements (the catalogue's source.<id>). One file per rule in
// this folder; this table puts them in order. Pure: no DOM, no Office, no network.
import { phrase as p } from '../catalogue/say';
import { normaliseHost } from '../knowledge/domains';
import { parseAddress } from '../knowledge/address';
import { readSignature } from '../mail/signature';
import type { ComplianceInput, Signature } from '../types';
import type { RuleResult } from './verdict';
import { checkAccount } from './account-number';
import { checkCompanyDomain } from './company-domain';
import type { Check, Context, EngineEnv, Outcome } from './context';
import { RULE_ORDER, type RuleId } from './verdict';
import { checkManagerTitle } from './manager-title';
import { checkNewContact } from './new-contact';
import { checkReason } from './reason';
import { checkRegionDesk } from './region-desk';
import { checkSenderRole } from './sender-role';

export type { EngineEnv };
export { RULE_ORDER };

const CHECKS: Record<RuleId, Check> = {
  'company-domain': checkCompanyDomain,
  'sender-role': checkSenderRole,
  'manager-title': checkManagerTitle,
  reason: checkReason,
  'account-number': checkAccount,
  'new-contact': checkNewContact,
  'region-desk': checkRegionDesk,
};

function result(id: RuleId, o: Outcome): RuleResult {
  const r: RuleResult = { id, status: o.status, message: o.message, fix: o.status === 'pass' ? [] : (o.fix ?? []) };
  if (o.signatureRead) r.signatureRead = o.signatureRead;
  return r;
}

/** Builds the shared context once (the signature is read once for all rules). */
function context(input: ComplianceInput, env: EngineEnv, signature?: Signature): Context {
  const companyDomains = (input.companyDomains ?? [])
    .map((d) => normaliseHost(String(d).replace(/^@/, '')))
    .filter((d) => d !== '');
  return {
    input,
    env,
    signature: signature ?? readSignature(input.body, env.parseHtml, input.savedSignature, input.sender),
    sender: parseAddress(input.sender?.address ?? ''),
    companyDomains: [...new Set(companyDomains)],
  };
}

/**
 * Evaluates every rule: one result per rule id, always in RULE_ORDER. Never throws: a rule that
 * fails unexpectedly reports a warning saying it could not be checked.
 */
export function evaluate(input: ComplianceInput, env: EngineEnv, signature?: Signature): RuleResult[] {
  let ctx: Context;
  try {
    ctx = context(input, env, signature);
  } catch {
    ctx = {
      input,
      env,
      signature: { source: 'none', lines: [], name: '', title: '', email: '', phone: '' },
      sender: null,
      companyDomains: [],
    };
  }
  return RULE_ORDER.map((id) => {
    try {
      return result(id, CHECKS[id](ctx));
    } catch {
      return result(id, { status: 'warn', message: [p('unchecked')], fix: [p('unchecked.fix')] });
    }
  });
}
