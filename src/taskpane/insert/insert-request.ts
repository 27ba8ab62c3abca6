// Insert template: snapshot the message, write body, subject and To, and put everything back if
// any step fails. Undo restores the snapshot. Nothing the user had is lost on any path.
// Each phase runs its calls together (the office adapter keeps at most three in flight): the
// three reads are one round trip, the writes another, a rollback or an Undo a third. On Outlook
// on the web, where every call is a visible wait, that is two round trips instead of six.
import { phrase, type Phrase } from '../../compliance/catalogue/say';
import { isRequestSubject } from '../../compliance/mail/wording';
import type { ComposeBody, ComplianceInput } from '../../compliance/types';
import type { ComposeMailbox, Recipient } from '../../office/mailbox';
import { toError } from '../../office/office-error';

export type MessagePart = 'body' | 'subject' | 'to';

export interface Snapshot {
  body: ComposeBody;
  subject: string;
  to: Recipient[];
}

export interface PlannedRequest {
  subject: string;
  /** The body with our block placed above the signature (or our earlier block replaced). */
  body: ComposeBody;
  desk: string;
  deskName: string;
}

/** Builds what to write from a fresh snapshot; supplied by the engine (lazy chunk). */
export type Planner = (snapshot: Snapshot, input: ComplianceInput) => PlannedRequest;

export type InsertResult =
  | { kind: 'confirm-subject'; current: string; proposed: string }
  | { kind: 'inserted'; snapshot: Snapshot; written: MessagePart[]; notes: Phrase[] }
  | {
      kind: 'failed';
      error: Error;
      failedStep: MessagePart | 'read';
      restored: MessagePart[];
      notRestored: MessagePart[];
    };

export const DESK_DISPLAY_NAME = 'IBM eCustomerCare';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export async function insertRequest(
  mailbox: ComposeMailbox,
  input: ComplianceInput,
  plan: Planner,
  options: { replaceSubject?: boolean; isDesk: (address: string) => boolean },
): Promise<InsertResult> {
  let snapshot: Snapshot;
  try {
    const [body, subject, to] = await Promise.all([
      mailbox.getBody(),
      mailbox.getSubject(),
      mailbox.getTo(),
    ]);
    snapshot = { body, subject, to };
  } catch (error) {
    return { kind: 'failed', error: toError(error), failedStep: 'read', restored: [], notRestored: [] };
  }
  const planned = plan(snapshot, input);
  const current = snapshot.subject.trim();
  const subjectDiffers = current !== planned.subject;
  // Ask only about a subject the user wrote: one of ours (an earlier insert) is replaced silently.
  const userWroteSubject = current !== '' && !isRequestSubject(current);
  if (userWroteSubject && subjectDiffers && options.replaceSubject === undefined) {
    return { kind: 'confirm-subject', current: snapshot.subject, proposed: planned.subject };
  }

  // One desk only: another IBM desk on the line (e.g. from an earlier insert with another region)
  // is swapped for the right one; everyone else the user added stays.
  const others = snapshot.to.filter((r) => !options.isDesk(r.address));
  const replacedDesks = snapshot.to.filter(
    (r) => options.isDesk(r.address) && !same(r.address, planned.desk),
  );
  const hasDesk = snapshot.to.some((r) => same(r.address, planned.desk));
  const desk: Recipient = { address: planned.desk, displayName: DESK_DISPLAY_NAME };
  const writeTo = toWrite(mailbox, snapshot.to, planned.desk === '' || hasDesk ? null : desk, replacedDesks);

  const steps: [MessagePart, () => Promise<void>][] = [['body', () => mailbox.setBody(planned.body)]];
  if (subjectDiffers && options.replaceSubject !== false)
    steps.push(['subject', () => mailbox.setSubject(planned.subject)]);
  if (writeTo) steps.push(['to', writeTo]);

  // All writes together; once every one has settled, a failure puts back those that succeeded.
  const outcomes = await Promise.allSettled(steps.map(async ([, write]) => write()));
  const written = steps.filter((_, i) => outcomes[i]?.status === 'fulfilled').map(([part]) => part);
  const failedAt = outcomes.findIndex((o) => o.status === 'rejected');
  if (failedAt >= 0) {
    const failure = outcomes[failedAt] as PromiseRejectedResult;
    const { restored, notRestored } = await restore(mailbox, snapshot, written);
    return {
      kind: 'failed',
      error: toError(failure.reason),
      failedStep: (steps[failedAt] as [MessagePart, unknown])[0],
      restored,
      notRestored,
    };
  }

  const notes: Phrase[] = [];
  if (others.length > 0)
    notes.push(phrase('insert.note.others', { addresses: others.map((r) => r.address) }));
  if (replacedDesks.length > 0) {
    notes.push(
      phrase('insert.note.replaced', {
        addresses: replacedDesks.map((r) => r.address),
        region: planned.deskName,
      }),
    );
  }
  if (planned.desk === '') notes.push(phrase('insert.note.no-region'));
  if (options.replaceSubject === false) notes.push(phrase('insert.note.subject-kept'));
  return { kind: 'inserted', snapshot, written, notes };
}

/**
 * The To write, if any. Only adding the desk: the add call, so the user's recipients are not sent
 * back to Outlook (and not re-validated: one odd display name must not block the insert). Swapping
 * another desk needs the whole line (Outlook has no call that removes one recipient). Either way a
 * restore writes the snapshot's line back, which also takes out a desk that was added.
 */
function toWrite(
  mailbox: ComposeMailbox,
  current: readonly Recipient[],
  add: Recipient | null,
  remove: readonly Recipient[],
): (() => Promise<void>) | null {
  if (remove.length === 0) return add ? () => mailbox.addTo([add]) : null;
  const next = [...current.filter((r) => !remove.includes(r)), ...(add ? [add] : [])];
  return () => mailbox.setTo(next);
}

/**
 * Puts back the parts that were written, all together (each part is its own call, and each call
 * writes the snapshot's whole value, so their order does not matter); listed newest first.
 */
export async function restore(
  mailbox: ComposeMailbox,
  snapshot: Snapshot,
  parts: readonly MessagePart[],
): Promise<{ restored: MessagePart[]; notRestored: MessagePart[] }> {
  const newestFirst = [...parts].reverse();
  const outcomes = await Promise.allSettled(
    newestFirst.map(async (part) =>
      part === 'body'
        ? mailbox.setBody(snapshot.body)
        : part === 'subject'
          ? mailbox.setSubject(snapshot.subject)
          : mailbox.setTo(snapshot.to),
    ),
  );
  const restored = newestFirst.filter((_, i) => outcomes[i]?.status === 'fulfilled');
  const notRestored = newestFirst.filter((_, i) => outcomes[i]?.status === 'rejected');
  return { restored, notRestored };
}
