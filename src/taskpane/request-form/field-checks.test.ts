import { phrase } from '../../compliance/catalogue/say';
import type { RuleResult } from '../../compliance/rules/verdict';
import { verdictText } from '../../compliance/rules/verdict-text';
import { fieldChecks } from './field-checks';

const r = (
  id: RuleResult['id'],
  status: RuleResult['status'],
  key = 'reason.empty' as const,
): RuleResult => ({
  id,
  status,
  message: [phrase(key)],
  fix: status === 'pass' ? [] : [phrase('reason.fix')],
});
const checks = (results: RuleResult[]) =>
  fieldChecks(
    results,
    results.map((x) => verdictText(x)),
  );

describe('fieldChecks', () => {
  it('puts a failed answer check at its field as an error, with what is wrong and the fix', () => {
    expect(checks([r('reason', 'fail')]).reason).toEqual({
      state: 'error',
      text: 'No reason for the change is given. Choose a reason (e.g. "no longer works for the company") or describe in a sentence why the primary contact changes.',
    });
  });

  it('maps each answer rule to its field, warnings as warnings, and says nothing for passed checks', () => {
    const got = checks([
      r('account-number', 'warn'),
      r('new-contact', 'fail'),
      r('region-desk', 'fail'),
      r('reason', 'pass'),
      r('company-domain', 'fail'),
    ]);
    expect(Object.keys(got).sort()).toEqual(['account', 'contact', 'region']);
    expect(got.account?.state).toBe('warning');
    expect(got.contact?.state).toBe('error');
  });

  it('leaves out "the desk is not on To yet": nothing to fix at the Region field', () => {
    const notAddressed: RuleResult = {
      id: 'region-desk',
      status: 'warn',
      message: [phrase('desk.not-addressed', { region: 'Japan', desk: 'paonline@jp.ibm.com' })],
      fix: [phrase('desk.not-addressed.fix', { desk: 'paonline@jp.ibm.com' })],
    };
    expect(checks([notAddressed]).region).toBeUndefined();
  });
});
