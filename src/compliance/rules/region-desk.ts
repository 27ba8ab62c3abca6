// IBM: "Only the customer can start the change, by email to their local eCustomerCare desk."
import { phrase as p } from '../catalogue/say';
import { regionById, regionForDesk, type Region } from '../knowledge/desks';
import type { Check } from './context';

const deskOf = (r: Region) => p('desk.desk', { region: r.name, desk: r.desk });

export const checkRegionDesk: Check = ({ input }) => {
  const chosen = regionById(input.answers.region);
  const suggestion = input.suggestedRegion ?? null;
  const suggested = suggestion ? regionById(suggestion.region) : null;
  if (chosen === null) {
    return {
      status: 'fail',
      message: [
        p('desk.none'),
        ...(suggested && suggestion
          ? [p('desk.none.suggested', { region: suggested.name, because: suggestion.because })]
          : []),
      ],
      fix: [p('desk.none.fix')],
    };
  }
  const { name: region, desk } = chosen;
  if (Array.isArray(input.recipients)) {
    const desks = input.recipients.map((a) => regionForDesk(a)).filter((r): r is Region => r !== null);
    const other = desks.find((r) => r.id !== chosen.id);
    if (other !== undefined) {
      return {
        status: 'warn',
        message: [p('desk.other-desk', { other: deskOf(other), region, desk })],
        fix: [p('desk.other-desk.fix', { desk })],
      };
    }
    if (desks.length === 0) {
      return {
        status: 'warn',
        message: [p('desk.not-addressed', { region, desk })],
        fix: [p('desk.not-addressed.fix', { desk })],
      };
    }
  }
  if (suggested !== null && suggestion && suggested.id !== chosen.id) {
    return {
      status: 'warn',
      message: [
        p('desk.suggests-other', {
          chosen: deskOf(chosen),
          because: suggestion.because,
          suggested: suggested.name,
        }),
      ],
      fix: [p('desk.suggests-other.fix', { region, suggested: suggested.name })],
    };
  }
  return { status: 'pass', message: [p('desk.ok', { desk, region })] };
};
