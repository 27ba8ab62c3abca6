// The rule ids, in the order the results are returned (and shown). A new rule adds its id here,
// its check in the rules table (evaluate.ts) and its words in the catalogue (topic.<id>, source.<id>).
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
