// What happens after the request is sent (IBM's procedure). Loaded only after a successful insert.
import { makeStyles, tokens } from '@fluentui/react-components';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { useWords } from '../i18n/words';

const useStyles = makeStyles({
  box: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export default function NextSteps() {
  const styles = useStyles();
  const t = useWords(EN_PANE_LATER);
  return (
    <section aria-label={t('next.title')} className={styles.box}>
      <h2 className={styles.heading}>{t('next.title')}</h2>
      <ul className={styles.list}>
        <li>{t('next.answer')}</li>
        <li>{t('next.rights')}</li>
        <li>{t('next.spss')}</li>
        <li>{t('next.phone')}</li>
      </ul>
    </section>
  );
}
