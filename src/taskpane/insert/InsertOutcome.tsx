// The outcome of Insert template in a MessageBar: the subject question, success with Undo, and
// failures said in words the user can act on. Loaded on demand, in the same chunk as the notices.
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { userMessageOf } from '../../office/office-error';
import type { MessagePart } from './insert-request';
import type { InsertState } from './use-insert';

const NextSteps = lazy(() => import(/* webpackChunkName: "next-steps" */ '../result/NextSteps'));

const useStyles = makeStyles({
  wrap: { overflowWrap: 'anywhere' },
});

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
  onInsert: () => void;
  onReplaceSubject: () => void;
  onKeepSubject: () => void;
  onUndo: () => void;
  onDismiss: () => void;
}

export function InsertOutcome({
  state,
  onInsert,
  onReplaceSubject,
  onKeepSubject,
  onUndo,
  onDismiss,
}: InsertOutcomeProps) {
  const styles = useStyles();
  return (
    <>
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
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>Template inserted</MessageBarTitle>
              To, Subject and Body are filled in; your signature and text are kept. Review the message, then
              send it.
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
    </>
  );
}
