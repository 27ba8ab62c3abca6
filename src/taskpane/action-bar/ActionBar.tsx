// The bar at the bottom of the pane: where the checks stand, in one line, and Insert template.
// Sticky, so both are on the first screen however long the questions are (Office task panes are
// ~320 px wide and as tall as the window); in a very short viewport (200 % zoom, the on-screen
// keyboard) it stops being sticky and flows with the content instead of covering most of it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Button } from '../controls/Button';
import type { ReactNode } from 'react';
import { useWords } from '../i18n/words';

/** At this viewport height and below, the bar flows with the content. */
export const STICKY_MIN_HEIGHT_PX = 400;

const useStyles = makeStyles({
  bar: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    // Spans main's side padding so the content does not show beside it.
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [`@media (max-height: ${STICKY_MIN_HEIGHT_PX}px)`]: { position: 'static' },
  },
  summary: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface ActionBarProps {
  /** The checks in one line ('' while the message is being read). */
  summary: string;
  canInsert: boolean;
  onInsert: () => void;
  /** Progress shown beside the button. */
  busy?: ReactNode;
}

export function ActionBar({ summary, canInsert, onInsert, busy }: ActionBarProps) {
  const styles = useStyles();
  const t = useWords();
  return (
    <div className={styles.bar} data-testid="action-bar">
      <p className={styles.summary} aria-live="polite">
        {summary}
      </p>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canInsert} onClick={onInsert}>
          {t('insert.button')}
        </Button>
        {busy}
      </div>
    </div>
  );
}
