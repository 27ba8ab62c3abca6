// The outcome of Insert template in a MessageBar: the subject question, success with Undo, and
// failures said in words the user can act on. Loaded on demand, in the same chunk as the notices.
// Inserting does not wait for the checks (warnings inform, they do not forbid), so when a check
// still fails the outcome says plainly that the message is not ready to send, and lists each
// failure with its fix. The outcome is brought into view when it changes: Insert template is in
// the sticky action bar, which may be far above where the outcome appears.
import {
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Button } from '../controls/Button';
import { Suspense, useEffect, useRef } from 'react';
import { lazyStyled } from '../styles/lazy-styled';
import type { VerdictText } from '../../compliance/rules/verdict-text';
import { phrase, type MessageKey } from '../../compliance/catalogue/say';
import { userPhrasesOf } from '../../office/office-error-words';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { useWords } from '../i18n/words';
import type { MessagePart } from './insert-request';
import type { InsertState } from './use-insert';

const NextSteps = lazyStyled(() => import(/* webpackChunkName: "next-steps" */ '../result/NextSteps'));

const useStyles = makeStyles({
  wrap: { overflowWrap: 'anywhere' },
  outcome: { display: 'flex', flexDirection: 'column', gap: '8px' },
  failures: { margin: '4px 0 0', paddingLeft: '20px' },
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
  const t = useWords(EN_PANE_LATER);
  const failed = checks.filter((c) => c.status === 'fail');
  return (
    <div ref={ref} className={styles.outcome}>
      {state.kind === 'confirm-subject' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.wrap}>
            <MessageBarTitle>{t('insert.confirm.title')}</MessageBarTitle>
            {t('insert.confirm.text', { current: state.current, proposed: state.proposed })}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={onReplaceSubject}>
              {t('insert.replace')}
            </Button>
            <Button size="small" onClick={onKeepSubject}>
              {t('insert.keep')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {state.kind === 'inserted' ? (
        <>
          <MessageBar intent={failed.length > 0 ? 'warning' : 'success'} layout="multiline">
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>{t('insert.done.title')}</MessageBarTitle>
              {failed.length > 0 ? (
                <>
                  {t('insert.done.filled')} <strong>{t('insert.not-ready', { count: failed.length })}</strong>
                  <ul className={styles.failures} aria-label={t('insert.failed-checks')}>
                    {failed.map((c) => (
                      <li key={c.id}>
                        <strong>{c.topic}:</strong> {c.message} {c.fix}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                t('insert.done.text')
              )}
              {state.notes
                .map((n) => t(n))
                .map((n) => (
                  <p key={n}>{n}</p>
                ))}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={onUndo}>
                {t('insert.undo')}
              </Button>
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
              <Button
                size="small"
                appearance="transparent"
                aria-label={t('insert.dismiss')}
                onClick={onDismiss}
              >
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
            <Button size="small" onClick={onInsert}>
              {t('insert.try-again')}
            </Button>
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
    </div>
  );
}
