// The Insert template button and everything that follows it: progress, the subject question,
// the outcome (with Undo) and any failure, said in words the user can act on.
import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import type { InsertState } from './use-insert';

const InsertOutcome = lazy(() =>
  import(/* webpackChunkName: "notices" */ './InsertOutcome').then((m) => ({ default: m.InsertOutcome })),
);

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface InsertPanelProps {
  state: InsertState;
  ready: boolean;
  onInsert: () => void;
  onReplaceSubject: () => void;
  onKeepSubject: () => void;
  onUndo: () => void;
  onDismiss: () => void;
}

export function InsertPanel({
  state,
  ready,
  onInsert,
  onReplaceSubject,
  onKeepSubject,
  onUndo,
  onDismiss,
}: InsertPanelProps) {
  const styles = useStyles();
  const working = state.kind === 'working';
  return (
    <div className={styles.panel}>
      <Button appearance="primary" disabled={!ready || working} onClick={onInsert}>
        Insert template
      </Button>
      {working ? <Spinner size="tiny" label={state.label} /> : null}

      {state.kind !== 'idle' && state.kind !== 'working' ? (
        <Suspense fallback={<Spinner size="tiny" label="Loading…" />}>
          <InsertOutcome
            state={state}
            onInsert={onInsert}
            onReplaceSubject={onReplaceSubject}
            onKeepSubject={onKeepSubject}
            onUndo={onUndo}
            onDismiss={onDismiss}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
