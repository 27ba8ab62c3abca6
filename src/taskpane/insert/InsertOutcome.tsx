// The outcome of Insert template in a MessageBar: the subject question, success with Undo, and
// failures said in words the user can act on. Loaded on demand, in the same chunk as the notices.
// Inserting does not wait for the checks (warnings inform, they do not forbid), so when a check
// still fails the outcome says plainly that the message is not ready to send, and lists each
// failure with its fix. The outcome is brought into view when it changes: Insert template is in
// the sticky action bar, which may be far above where the outcome appears.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useRef } from 'react';
import type { VerdictText } from '../../compliance/rules/verdict-text';
import { userMessageOf } from '../../office/office-error';
import type { MessagePart } from './insert-request';
import type { InsertState } from './use-insert';

const NextSteps = lazy(() => import(/* webpackChunkName: "next-steps" */ '../result/NextSteps'));

const useStyles = makeStyles({
  wrap: { overflowWrap: 'anywhere' },
  outcome: { display: 'flex', flexDirection: 'column', gap: '8px' },
  failures: { margin: '4px 0 0', paddingLeft: '20px' },
});

/** "1 check fails" / "3 checks fail". */
const failing = (n: number) => (n === 1 ? '1 check fails' : `${n} checks fail`);

/** The parts of the message in words, for what could not be written or put back. */
const PART_NAMES: Record<MessagePart | 'read', string> = {
  body: 'message body',
  subject: 'subject',
  to: 'To line',
  read: 'message',
};

const list = (parts: readonly (MessagePart | 'read')[]) => parts.map((p) => PART_NAMES[p]).join(', ');

export interface InsertOutcomeProps {
  state: InsertState;
  /** The checks now: after inserting, the failed ones are listed with their fix. */
  checks: readonly VerdictText[];
  onInsert: () => void;
  onReplaceSubject: () => void;
  onKeepSubject: () => void;
  onUndo: () => void;
  onDismiss: () => void;
}

export function InsertOutcome({
  state,
  checks,
  onInsert,
  onReplaceSubject,
  onKeepSubject,
  onUndo,
  onDismiss,
}: InsertOutcomeProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Optional call: jsdom has no scrollIntoView.
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [state.kind]);
  const failed = checks.filter((c) => c.status === 'fail');
  return (
    <div ref={ref} className={styles.outcome}>
      {state.kind === 'confirm-subject' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Replace your subject?</MessageBarTitle>
            The subject is “{state.current}”. IBM expects “{state.proposed}”.
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={onReplaceSubject}>
              Replace
            </Button>
            <Button onClick={onKeepSubject}>Keep mine</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.kind === 'inserted' ? (
        <>
          <MessageBar intent={failed.length > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>Template inserted</MessageBarTitle>
              To, Subject and Body are filled in; your signature and text are kept.{' '}
              {failed.length > 0 ? (
                <>
                  <strong>
                    The message is NOT READY TO SEND: {failing(failed.length)}. IBM would send it back.
                  </strong>
                  <ul className={styles.failures} aria-label="Failed checks">
                    {failed.map((c) => (
                      <li key={c.id}>
                        <strong>{c.topic}:</strong> {c.message} {c.fix}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                'Review the message, then send it.'
              )}
              {state.notes.map((n) => (
                <p key={n}>{n}</p>
              ))}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onUndo}>Undo</Button>
            </MessageBarActions>
          </MessageBar>
          <Suspense fallback={null}>
            <NextSteps />
          </Suspense>
        </>
      ) : null}

      {state.kind === 'undone' ? (
        <MessageBar intent="info">
          <MessageBarBody>Undone: the body, subject and recipients are as they were.</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Dismiss" onClick={onDismiss}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}

      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Could not insert the template</MessageBarTitle>
            {userMessageOf(state.error)}{' '}
            {state.notRestored.length > 0
              ? `Outlook did not let us put back the ${list(state.notRestored)}: it now holds the template. Undo it by hand (Ctrl+Z) or delete the inserted text.`
              : state.failedStep === 'read'
                ? 'Nothing was changed.'
                : 'Your message is as it was: nothing was changed.'}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onInsert}>Try again</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.kind === 'undo-failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>Undo did not finish</MessageBarTitle>
            Outlook did not let us put back the {list(state.notRestored)}. Use Ctrl+Z in the message, or edit
            it by hand.
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
