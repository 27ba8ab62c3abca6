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
import { phrase, type MessageKey } from '../../compliance/catalogue/say';
import { userPhrasesOf } from '../../office/office-error-words';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { useWords } from '../i18n/words';
import type { MessagePart } from './insert-request';
import type { InsertState } from './use-insert';

const NextSteps = lazy(() => import(/* webpackChunkName: "next-steps" */ '../result/NextSteps'));

const useStyles = makeStyles({
  wrap: { overflowWrap: 'anywhere' },
});

/** The parts of the message (catalogue keys), for what could not be written or put back. */
const PART_NAMES: Record<MessagePart | 'read', MessageKey> = {
  body: 'part.body',
  subject: 'part.subject',
  to: 'part.to',
  read: 'part.read',
};

const parts = (list: readonly (MessagePart | 'read')[]) => ({
  parts: list.map((p) => phrase(PART_NAMES[p])),
});

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
  const t = useWords(EN_PANE_LATER);
  return (
    <>
      {state.kind === 'confirm-subject' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t('insert.confirm.title')}</MessageBarTitle>
            {t('insert.confirm.text', { current: state.current, proposed: state.proposed })}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={onReplaceSubject}>
              {t('insert.replace')}
            </Button>
            <Button onClick={onKeepSubject}>{t('insert.keep')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.kind === 'inserted' ? (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>{t('insert.done.title')}</MessageBarTitle>
              {t('insert.done.text')}
              {state.notes
                .map((n) => t(n))
                .map((n) => (
                  <p key={n}>{n}</p>
                ))}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={onUndo}>{t('insert.undo')}</Button>
            </MessageBarActions>
          </MessageBar>
          <Suspense fallback={null}>
            <NextSteps />
          </Suspense>
        </>
      ) : null}

      {state.kind === 'undone' ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('insert.undone')}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t('insert.dismiss')} onClick={onDismiss}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}

      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t('insert.failed.title')}</MessageBarTitle>
            {t([
              ...userPhrasesOf(state.error),
              state.notRestored.length > 0
                ? phrase('insert.failed.not-restored', parts(state.notRestored))
                : phrase(state.failedStep === 'read' ? 'insert.failed.read' : 'insert.failed.unchanged'),
            ])}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onInsert}>{t('insert.try-again')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.kind === 'undo-failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t('insert.undo-failed.title')}</MessageBarTitle>
            {t('insert.undo-failed.text', parts(state.notRestored))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
