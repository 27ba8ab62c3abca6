// The checks in one line, for the action bar: the counts, and the topics of those not passed.
import { phrase, say, type Catalogue } from '../../compliance/catalogue/say';
import type { VerdictText } from '../../compliance/rules/verdict-text';

export function checksSummary(checks: readonly VerdictText[], catalogue?: Catalogue): string {
  const counts = { pass: 0, warn: 0, fail: 0 };
  checks.forEach((c) => counts[c.status]++);
  const line = phrase('checks.counts', { passed: counts.pass, count: counts.warn, failed: counts.fail });
  // Failures first: they are what stands between the user and sending.
  const open = [...checks.filter((c) => c.status === 'fail'), ...checks.filter((c) => c.status === 'warn')];
  if (open.length === 0) return say(line, catalogue);
  return say(phrase('checks.not-passed', { counts: line, topics: open.map((c) => c.topic) }), catalogue);
}
