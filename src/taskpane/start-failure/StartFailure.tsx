// What the pane shows inside Outlook when it cannot work: office.js failed or did not answer, or the
// item is not a message being written. Never a simulated message here: inside Outlook a user would
// take it for their real email. Loaded on demand (App shows a one-line fallback meanwhile).
import { makeStyles, tokens } from '@fluentui/react-components';
import { phrase } from '../../compliance/catalogue/say';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import type { StartFailure } from '../../office/connect';
import { useWords } from '../i18n/words';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function StartFailureNotice({ failure }: { failure: StartFailure }) {
  const styles = useStyles();
  const t = useWords(EN_PANE_LATER);
  if (failure.failure === 'not-compose') {
    return (
      <div role="alert" className={styles.box}>
        <h2 className={styles.title}>{t('start.not-compose.title')}</h2>
        <p className={styles.text}>{t([phrase(failure.reason), phrase('start.not-compose.text')])}</p>
      </div>
    );
  }
  return (
    <div role="alert" className={styles.box}>
      <h2 className={styles.title}>{t('start.failed.title')}</h2>
      <p className={styles.text}>{t([phrase(failure.reason), phrase('start.unchanged')])}</p>
      <ul className={styles.list}>
        <li>{t('start.retry')}</li>
        <li>{t('start.ask-it')}</li>
      </ul>
    </div>
  );
}
