// IBM: "It details the reason for the change, e.g. "no longer works for the company"."
import { phrase as p } from '../catalogue/say';
import { resolveReason } from '../request/reasons';
import type { Check, Outcome } from './context';

export const checkReason: Check = ({ input }): Outcome => {
  const r = resolveReason(input.answers.reason);
  const fix = [p('reason.fix')];
  switch (r.kind) {
    case 'empty':
      return { status: 'fail', message: [p('reason.empty')], fix };
    case 'placeholder':
      return { status: 'fail', message: [p('reason.placeholder', { text: r.text })], fix };
    case 'too-short':
      return { status: 'fail', message: [p('reason.too-short', { text: r.text })], fix };
    case 'common':
      return { status: 'pass', message: [p('reason.common', { reason: p(`reason.${r.reason.id}`) })] };
    case 'free':
      return { status: 'pass', message: [p('reason.free', { text: r.text })] };
  }
};
