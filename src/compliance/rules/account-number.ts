// IBM's example email: "Subject: primary contact update for account 0001234567".
import { phrase as p } from '../catalogue/say';
import { ACCOUNT_NUMBER_LENGTH, checkAccountNumber } from '../request/account';
import type { Check, Outcome } from './context';

export const checkAccount: Check = ({ input }): Outcome => {
  const c = checkAccountNumber(input.answers.accountNumber);
  switch (c.kind) {
    case 'empty':
      return { status: 'fail', message: [p('account.empty')], fix: [p('account.empty.fix')] };
    case 'placeholder':
      return { status: 'fail', message: [p('account.placeholder')], fix: [p('account.empty.fix')] };
    case 'negative':
      return {
        status: 'fail',
        message: [p('account.negative', { text: input.answers.accountNumber.trim() })],
        fix: [p('account.not-digits.fix')],
      };
    case 'not-digits':
      return {
        status: 'fail',
        message: [p('account.not-digits', { text: input.answers.accountNumber.trim() })],
        fix: [p('account.not-digits.fix')],
      };
    case 'unusual-length':
      return {
        status: 'warn',
        message: [
          p('account.length', {
            number: c.normalised,
            count: c.normalised.length,
            expected: ACCOUNT_NUMBER_LENGTH,
          }),
        ],
        fix: [p('account.length.fix')],
      };
    case 'ok':
      return { status: 'pass', message: [p('account.ok', { number: c.normalised })] };
  }
};
