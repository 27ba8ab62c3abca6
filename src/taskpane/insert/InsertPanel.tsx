// What follows Insert template (the button itself is in the action bar): the subject question,
// the outcome (with Undo) and any failure, said in words the user can act on.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense } from 'react';
import { lazyStyled } from '../styles/lazy-styled';
import { useWords } from '../i18n/words';
import type { InsertOutcomeProps } from './InsertOutcome';
import { Busy } from '../busy/Busy';

const InsertOutcome = lazyStyled(() =>
  import(/* webpackChunkName: "notices" */ './InsertOutcome').then((m) => ({ default: m.InsertOutcome })),
);

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The same props as the outcome it shows (its code loads on demand; the type costs nothing). */
export type InsertPanelProps = InsertOutcomeProps;

export function InsertPanel({ state, checks, ...actions }: InsertPanelProps) {
  const styles = useStyles();
  const t = useWords();
  if (state.kind === 'idle' || state.kind === 'working') return null;
  return (
    <div className={styles.panel}>
      <Suspense fallback={<Busy label={t('app.loading')} />}>
        <InsertOutcome state={state} checks={checks} {...actions} />
      </Suspense>
    </div>
  );
}
