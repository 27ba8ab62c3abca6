import type { ComplianceInput } from '../../compliance/types';
import { isDeskAddress } from '../../compliance/knowledge/desks';
import type { ComposeMailbox } from '../../office/mailbox';
import { OfficeCallError, type OfficeAction } from '../../office/office-error';
import { inEnglish } from '../../../test/english';
import { OfficeMailbox } from '../../office/office-mailbox';
import { asOffice, createFakeOffice, type FakeScenario } from '../../../test/doubles/fake-office';
import { PreviewMailbox, samplePreviewMessage } from '../../office/preview-mailbox';
import { insertRequest, restore, type MessagePart, type Planner } from './insert-request';

const input = {} as ComplianceInput; // the planner below ignores it; the engine has its own tests
const plan: Planner = (snapshot) => ({
  subject: 'primary contact update for account 0001234567',
  body: { ...snapshot.body, content: `<div id="pcc-request">X</div>${snapshot.body.content}` },
  desk: 'palogin@ie.ibm.com',
  deskName: 'Europe, Middle East, Africa',
});
const options = { isDesk: isDeskAddress };

type Method = 'getBody' | 'getSubject' | 'getTo' | 'setBody' | 'setSubject' | 'setTo' | 'addTo';
const ACTIONS: Record<Method, OfficeAction> = {
  getBody: 'read-body',
  getSubject: 'read-subject',
  getTo: 'read-to',
  setBody: 'write-body',
  setSubject: 'write-subject',
  setTo: 'write-to',
  addTo: 'add-to',
};

/** A preview mailbox whose chosen methods fail (the first `times` calls). */
function failing(failures: Partial<Record<Method, number>>, message = samplePreviewMessage()) {
  const mailbox = new PreviewMailbox(message, null);
  for (const [method, times] of Object.entries(failures) as [Method, number][]) {
    const original = mailbox[method].bind(mailbox) as (...a: unknown[]) => Promise<unknown>;
    let left = times;
    (mailbox as unknown as Record<Method, unknown>)[method] = (...args: unknown[]) => {
      if (left-- > 0)
        return Promise.reject(new OfficeCallError(ACTIONS[method], 'GenericResponseError', 'callback'));
      return original(...args);
    };
  }
  return mailbox;
}

const original = () => {
  const m = samplePreviewMessage();
  m.subject = '';
  m.to = [{ address: 'colleague@mycompany.com', displayName: 'Colleague' }];
  return m;
};

describe('insertRequest', () => {
  it('writes body, subject and To, keeping other recipients, and notes them', async () => {
    const mailbox = new PreviewMailbox(original(), null);
    const result = await insertRequest(mailbox, input, plan, options);
    expect(result.kind).toBe('inserted');
    expect(mailbox.message.subject).toBe('primary contact update for account 0001234567');
    expect(mailbox.message.to.map((r) => r.address)).toEqual([
      'colleague@mycompany.com',
      'palogin@ie.ibm.com',
    ]);
    expect(mailbox.message.body.content.startsWith('<div id="pcc-request">X</div>')).toBe(true);
    if (result.kind === 'inserted') {
      expect(result.written).toEqual(['body', 'subject', 'to']);
      expect(inEnglish(result.notes)).toContain('colleague@mycompany.com');
    }
  });

  it('asks before replacing a subject the user typed, and keeps it when told to', async () => {
    const message = original();
    message.subject = 'My own subject';
    const mailbox = new PreviewMailbox(message, null);
    const ask = await insertRequest(mailbox, input, plan, options);
    expect(ask).toEqual({
      kind: 'confirm-subject',
      current: 'My own subject',
      proposed: 'primary contact update for account 0001234567',
    });
    expect(mailbox.message.body.content).toBe(message.body.content); // nothing written while asking
    const kept = await insertRequest(mailbox, input, plan, { ...options, replaceSubject: false });
    expect(kept.kind).toBe('inserted');
    expect(mailbox.message.subject).toBe('My own subject');
    const replaced = await insertRequest(mailbox, input, plan, { ...options, replaceSubject: true });
    expect(replaced.kind).toBe('inserted');
    expect(mailbox.message.subject).toBe('primary contact update for account 0001234567');
  });

  it('replaces its own earlier subject (another account number) without asking', async () => {
    const message = original();
    message.subject = 'primary contact update for account 0007654321';
    const mailbox = new PreviewMailbox(message, null);
    const result = await insertRequest(mailbox, input, plan, options);
    expect(result.kind).toBe('inserted');
    expect(mailbox.message.subject).toBe('primary contact update for account 0001234567');
  });

  it('does not ask when the subject is already the right one, and does not rewrite it', async () => {
    const message = original();
    message.subject = 'primary contact update for account 0001234567';
    const mailbox = new PreviewMailbox(message, null);
    const result = await insertRequest(mailbox, input, plan, options);
    expect(result.kind === 'inserted' && result.written).toEqual(['body', 'to']);
  });

  it('swaps another IBM desk for the right one and leaves a present right desk alone', async () => {
    const message = original();
    message.to = [{ address: 'PAONLINE@jp.ibm.com', displayName: 'IBM' }];
    const mailbox = new PreviewMailbox(message, null);
    const result = await insertRequest(mailbox, input, plan, options);
    expect(mailbox.message.to.map((r) => r.address)).toEqual(['palogin@ie.ibm.com']);
    expect(result.kind === 'inserted' && inEnglish(result.notes)).toContain('Replaced PAONLINE@jp.ibm.com');
    const again = await insertRequest(mailbox, input, plan, options);
    expect(again.kind === 'inserted' && again.written).toEqual(['body']);
  });

  it("adds the desk with the add call: the user's recipients are never written back", async () => {
    const mailbox = new PreviewMailbox(original(), null);
    const setTo = jest.spyOn(mailbox, 'setTo');
    const addTo = jest.spyOn(mailbox, 'addTo');
    await insertRequest(mailbox, input, plan, options);
    expect(setTo).not.toHaveBeenCalled();
    expect(addTo.mock.calls).toEqual([
      [[{ address: 'palogin@ie.ibm.com', displayName: 'IBM eCustomerCare' }]],
    ]);
  });

  it('swapping another desk rewrites the line (no call removes one recipient), and a failure puts all back', async () => {
    const message = original();
    message.to = [...message.to, { address: 'apecare@sg.ibm.com', displayName: 'IBM' }];
    const mailbox = failing({ setTo: 1 }, message);
    const before = JSON.stringify(mailbox.message);
    const addTo = jest.spyOn(mailbox, 'addTo');
    const result = await insertRequest(mailbox, input, plan, options);
    expect(result).toMatchObject({ kind: 'failed', failedStep: 'to', restored: ['subject', 'body'] });
    expect(addTo).not.toHaveBeenCalled();
    expect(JSON.stringify(mailbox.message)).toBe(before);
  });

  it('leaves To alone when no region (desk) is chosen, and says so', async () => {
    const mailbox = new PreviewMailbox(original(), null);
    const result = await insertRequest(
      mailbox,
      input,
      (s) => ({ ...plan(s, input), desk: '', deskName: '' }),
      options,
    );
    expect(mailbox.message.to.map((r) => r.address)).toEqual(['colleague@mycompany.com']);
    expect(result.kind === 'inserted' && inEnglish(result.notes)).toMatch(/No region is chosen/);
  });

  it.each<[Method]>([['getBody'], ['getSubject'], ['getTo']])(
    'a failing read (%s) changes nothing',
    async (method) => {
      const mailbox = failing({ [method]: 1 }, original());
      const before = JSON.stringify(mailbox.message);
      const result = await insertRequest(mailbox, input, plan, options);
      expect(result).toMatchObject({ kind: 'failed', failedStep: 'read', restored: [], notRestored: [] });
      expect(JSON.stringify(mailbox.message)).toBe(before);
    },
  );

  // The writes run together: when one fails, the others have been written and are put back.
  it.each<[Method, MessagePart, MessagePart[]]>([
    ['setBody', 'body', ['to', 'subject']],
    ['setSubject', 'subject', ['to', 'body']],
    ['addTo', 'to', ['subject', 'body']],
  ])('when %s fails, every write that succeeded is put back', async (method, step, restored) => {
    const mailbox = failing({ [method]: 1 }, original());
    const before = JSON.stringify(mailbox.message);
    const result = await insertRequest(mailbox, input, plan, options);
    expect(result).toMatchObject({ kind: 'failed', failedStep: step, restored, notRestored: [] });
    expect(JSON.stringify(mailbox.message)).toBe(before);
  });

  it('says exactly what could not be put back when restoring fails too', async () => {
    // addTo fails; then restoring the body fails once (the subject restores fine).
    const mailbox = failing({ addTo: 1 }, original());
    let bodyWrites = 0;
    const setBody = mailbox.setBody.bind(mailbox);
    mailbox.setBody = (b) => (++bodyWrites === 2 ? Promise.reject(new Error('nope')) : setBody(b));
    const result = await insertRequest(mailbox, input, plan, options);
    expect(result).toMatchObject({
      kind: 'failed',
      failedStep: 'to',
      restored: ['subject'],
      notRestored: ['body'],
    });
  });
});

describe('restore (Undo)', () => {
  it('puts back exactly the snapshot of the written parts', async () => {
    const mailbox = new PreviewMailbox(original(), null);
    const result = await insertRequest(mailbox, input, plan, options);
    if (result.kind !== 'inserted') throw new Error('expected an insert');
    const outcome = await restore(mailbox as ComposeMailbox, result.snapshot, result.written);
    expect(outcome).toEqual({ restored: ['to', 'subject', 'body'], notRestored: [] });
    expect(mailbox.message).toEqual({ ...original(), sender: mailbox.message.sender });
  });
});

// The same transaction through the office adapter, whose calls on different parts run together.
describe('insertRequest with Outlook (concurrent calls)', () => {
  const outlook = (faults: FakeScenario['faults'] = {}) => {
    const fake = createFakeOffice({
      latencyMs: 10,
      subject: '',
      to: [{ emailAddress: 'colleague@mycompany.com', displayName: 'Colleague' }],
      faults,
    });
    const mailbox = new OfficeMailbox(asOffice(fake), { timeoutMs: 1000 });
    const state = () => JSON.stringify([fake.state.body, fake.state.subject, fake.state.to]);
    return { fake, mailbox, state };
  };

  it('reads the snapshot together and writes together, three calls at a time', async () => {
    const { fake, mailbox } = outlook();
    await mailbox.getBody(); // the format, read once when the pane opens
    const before = fake.calls.length;
    const result = await insertRequest(mailbox, input, plan, options);
    expect(result.kind === 'inserted' && result.written).toEqual(['body', 'subject', 'to']);
    expect(
      fake.calls
        .slice(before)
        .map((c) => c.api)
        .filter((api) => api.endsWith('Async')),
    ).toEqual([
      'body.getAsync',
      'subject.getAsync',
      'to.getAsync',
      'body.setAsync',
      'subject.setAsync',
      'to.addAsync',
    ]);
    expect(fake.state.maxInFlight).toBe(3);
    expect(fake.state.subject).toBe('primary contact update for account 0001234567');
  });

  it.each([['body.setAsync'], ['subject.setAsync'], ['to.addAsync']])(
    'a failure of one concurrent write (%s) puts back the others that succeeded',
    async (api) => {
      const { fake, mailbox, state } = outlook({ [api]: { kind: 'error', name: 'GenericResponseError' } });
      const before = state();
      const result = await insertRequest(mailbox, input, plan, options);
      expect(result).toMatchObject({ kind: 'failed', notRestored: [] });
      if (result.kind === 'failed') expect(result.restored).toHaveLength(2);
      expect(state()).toBe(before);
      // The two successful writes were undone with the snapshot's values.
      expect(fake.apiCalls().filter((c) => c.api.endsWith('setAsync'))).toHaveLength(4);
    },
  );

  it('Undo puts back exactly what was there, its writes together', async () => {
    const { mailbox, state } = outlook();
    const before = state();
    const result = await insertRequest(mailbox, input, plan, options);
    if (result.kind !== 'inserted') throw new Error('expected an insert');
    expect(state()).not.toBe(before);
    await expect(restore(mailbox, result.snapshot, result.written)).resolves.toEqual({
      restored: ['to', 'subject', 'body'],
      notRestored: [],
    });
    expect(state()).toBe(before);
  });
});
