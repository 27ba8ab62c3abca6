import { completeOnce, type CompletedOptions } from './complete-once';

const quiet = { error: () => undefined };

describe('completeOnce', () => {
  it('completes the event the first time only', () => {
    const completed = jest.fn();
    const complete = completeOnce({ completed }, quiet);
    expect(complete({ allowEvent: false, errorMessage: 'no' })).toBe(true);
    expect(complete({ allowEvent: true })).toBe(false);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: false, errorMessage: 'no' });
  });

  it('retries a refused block with the plain options, then allows the send', () => {
    const seen: CompletedOptions[] = [];
    const completed = (o?: CompletedOptions) => {
      seen.push(o ?? {});
      throw new Error('refused');
    };
    const errors: unknown[] = [];
    const complete = completeOnce({ completed }, { error: (...a: unknown[]) => errors.push(a) });
    expect(complete({ allowEvent: false, errorMessage: 'm', cancelLabel: 'Open', commandId: 'x' })).toBe(
      false,
    );
    expect(seen).toEqual([
      { allowEvent: false, errorMessage: 'm', cancelLabel: 'Open', commandId: 'x' },
      { allowEvent: false, errorMessage: 'm' },
      { allowEvent: true },
    ]);
    expect(errors).toHaveLength(3);
  });

  it('does not retry an allow', () => {
    const completed = jest.fn(() => {
      throw new Error('refused');
    });
    completeOnce({ completed }, quiet)({ allowEvent: true });
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it.each([null, undefined, {}])('survives an event without completed(): %j', (event) => {
    expect(completeOnce(event as never, quiet)({ allowEvent: true })).toBe(false);
  });
});
