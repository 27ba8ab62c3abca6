// The Insert template flow as React state: working → (confirm subject) → inserted | failed, and Undo.
import { useCallback, useState } from 'react';
import { isDeskAddress } from '../../compliance/knowledge/desks';
import type { Phrase } from '../../compliance/catalogue/say';
import type { ComplianceInput } from '../../compliance/types';
import type { ComposeMailbox } from '../../office/mailbox';
import { toError } from '../../office/office-error';
import type { PlannerEnv } from './plan-request';
import type { InsertResult, MessagePart, Snapshot } from './insert-request';

// The insert itself (planner, body merge, writes and undo) loads on the first click, in one chunk.
const insertChunk = () =>
  Promise.all([
    import(/* webpackChunkName: "insert" */ './plan-request'),
    import(/* webpackChunkName: "insert" */ './insert-request'),
  ]);

export type InsertState =
  | { kind: 'idle' }
  | { kind: 'working'; label: 'insert.working' | 'insert.undoing' }
  | { kind: 'confirm-subject'; current: string; proposed: string }
  | { kind: 'inserted'; snapshot: Snapshot; written: MessagePart[]; notes: Phrase[] }
  | { kind: 'undone' }
  | Extract<InsertResult, { kind: 'failed' }>
  | { kind: 'undo-failed'; error: Error; notRestored: MessagePart[] };

export function useInsert(mailbox: ComposeMailbox | null, input: ComplianceInput | null, env: PlannerEnv) {
  const [state, setState] = useState<InsertState>({ kind: 'idle' });

  const run = useCallback(
    async (replaceSubject?: boolean) => {
      if (!mailbox || !input) return;
      setState({ kind: 'working', label: 'insert.working' });
      try {
        const [{ makePlanner }, { insertRequest }] = await insertChunk();
        const result = await insertRequest(mailbox, input, makePlanner(env), {
          replaceSubject,
          isDesk: isDeskAddress,
        });
        setState(result);
      } catch (error) {
        // Only loading the insert chunk can land here; insertRequest itself reports failures as results.
        setState({
          kind: 'failed',
          error: toError(error),
          failedStep: 'read',
          restored: [],
          notRestored: [],
        });
      }
    },
    [mailbox, input, env],
  );

  const undo = useCallback(async () => {
    if (!mailbox || state.kind !== 'inserted') return;
    const { snapshot, written } = state;
    setState({ kind: 'working', label: 'insert.undoing' });
    // The chunk is loaded (the insert ran from it); should it still fail, nothing was put back.
    const { notRestored } = await import(/* webpackChunkName: "insert" */ './insert-request').then(
      ({ restore }) => restore(mailbox, snapshot, written),
      () => ({ notRestored: written }),
    );
    setState(
      notRestored.length === 0
        ? { kind: 'undone' }
        : { kind: 'undo-failed', error: new Error('Undo failed'), notRestored },
    );
  }, [mailbox, state]);

  return {
    state,
    insert: () => run(undefined),
    replaceSubject: () => run(true),
    keepSubject: () => run(false),
    undo,
    dismiss: () => setState({ kind: 'idle' }),
  };
}
