import { MAX_IN_FLIGHT, officeCall } from './office-call';
import { inEnglish } from '../../test/english';
import { OfficeCallError } from './office-error';
import { describeOfficeError, officeErrorPhrases } from './office-error-words';

const ok = <T>(value: T) => ({ status: 'succeeded', value }) as unknown as Office.AsyncResult<T>;
const failed = (name: string) =>
  ({
    status: 'failed',
    value: undefined,
    error: { name, message: 'x', code: 1 },
  }) as unknown as Office.AsyncResult<unknown>;

describe('officeCall', () => {
  it('resolves with the value of a succeeded call', async () => {
    await expect(officeCall('read-body', (cb) => setTimeout(() => cb(ok(42))))).resolves.toBe(42);
  });

  it('rejects with the Office error name of a failed call', async () => {
    const error = await officeCall('read-body', (cb) => cb(failed('NetworkError'))).catch((e: unknown) => e);
    expect(error).toMatchObject({ officeName: 'NetworkError', kind: 'callback', action: 'read-body' });
  });

  it('treats a failed result without an error name as GenericResponseError', async () => {
    const error = await officeCall('read-body', (cb) => cb({ status: 'failed' } as never)).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ officeName: 'GenericResponseError' });
  });

  it('turns a synchronous throw into a rejection', async () => {
    const error = await officeCall('write-body', () => {
      throw new Error('too big');
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ officeName: 'Exception', kind: 'throw' });
    expect((error as Error).message).toContain('too big');
  });

  it('names a synchronous size refusal DataExceedsMaximumSize, so the advice fits', async () => {
    const tooBig = Object.assign(new Error('Specified argument was out of the range of valid values.'), {
      name: 'Sys.ArgumentOutOfRangeException',
    });
    const error = await officeCall('write-body', () => {
      throw tooBig;
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ officeName: 'DataExceedsMaximumSize', kind: 'throw' });
    expect(inEnglish(officeErrorPhrases(error as OfficeCallError))).toContain('Shorten the message');
  });

  it('times out a call that never answers, and ignores a late answer', async () => {
    let late: ((r: Office.AsyncResult<number>) => void) | undefined;
    const error = await officeCall<number>('read-body', (cb) => (late = cb), 20).catch((e: unknown) => e);
    expect(error).toMatchObject({ officeName: 'Timeout', kind: 'timeout' });
    expect(() => late?.(ok(1))).not.toThrow();
  });

  it('rejects a missing API as NotSupported', async () => {
    await expect(officeCall('read-body', undefined)).rejects.toMatchObject({
      officeName: 'NotSupported',
      kind: 'unsupported',
    });
  });

  it('runs calls one after another, even after a failure', async () => {
    const order: string[] = [];
    const slow = officeCall('read-to', (cb) => {
      order.push('a start');
      setTimeout(() => {
        order.push('a end');
        cb(failed('GenericResponseError'));
      }, 10);
    }).catch(() => undefined);
    const fast = officeCall('read-cc', (cb) => {
      order.push('b start');
      cb(ok(1));
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['a start', 'a end', 'b start']);
  });
});

describe('officeCall lanes', () => {
  /** A call that answers when the test says so, recording when it started. */
  const controlled = (name: string, log: string[]) => {
    let answer: (() => void) | undefined;
    const invoke = (cb: (r: Office.AsyncResult<string>) => void) => {
      log.push(name);
      answer = () => cb(ok(name) as Office.AsyncResult<string>);
    };
    return { invoke, answer: () => answer?.() };
  };
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('runs calls of different lanes together, never more than MAX_IN_FLIGHT', async () => {
    const started: string[] = [];
    const calls = ['body', 'subject', 'to', 'cc'].map((lane) => ({ lane, ...controlled(lane, started) }));
    const results = calls.map((c) => officeCall('read-body', c.invoke, 1000, c.lane));
    await tick();
    expect(MAX_IN_FLIGHT).toBe(3);
    expect(started).toEqual(['body', 'subject', 'to']);
    calls[1]?.answer(); // a slot frees: the fourth starts
    await tick();
    expect(started).toEqual(['body', 'subject', 'to', 'cc']);
    calls.forEach((c) => c.answer());
    await expect(Promise.all(results)).resolves.toEqual(['body', 'subject', 'to', 'cc']);
  });

  it('runs the calls of one lane in the order issued, even after a failure', async () => {
    const started: string[] = [];
    const read = officeCall(
      'read-body',
      (cb) => {
        started.push('read');
        setTimeout(() => cb(failed('GenericResponseError') as Office.AsyncResult<never>), 5);
      },
      1000,
      'body',
    ).catch(() => 'failed');
    const write = officeCall(
      'write-body',
      (cb) => {
        started.push('write');
        cb(ok(undefined));
      },
      1000,
      'body',
    );
    const other = officeCall(
      'write-subject',
      (cb) => {
        started.push('other');
        cb(ok(undefined));
      },
      1000,
      'subject',
    );
    await Promise.all([read, write, other]);
    // The subject call did not wait for the body's; the body write waited for the body read.
    expect(started).toEqual(['read', 'other', 'write']);
  });
});

describe('OfficeCallError', () => {
  it('says what failed and what to try, for known and unknown names', () => {
    expect(
      inEnglish(officeErrorPhrases(new OfficeCallError('write-body', 'DataExceedsMaximumSize', 'callback'))),
    ).toBe(
      'Outlook could not change the message body. The message is larger than Outlook lets an add-in change in one step. Shorten the message or remove the quoted thread, then try again.',
    );
    expect(inEnglish(describeOfficeError('SomethingNew'))).toBe(
      'Outlook reported "SomethingNew". Try again.',
    );
    expect(
      inEnglish(officeErrorPhrases(new OfficeCallError('read-subject', 'SomethingNew', 'callback'))),
    ).toBe('Outlook could not read the subject. Outlook reported "SomethingNew". Try again.');
  });
});
