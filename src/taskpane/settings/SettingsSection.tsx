// A disclosure for the settings; the form itself loads only when it is opened.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useState } from 'react';
import { lazyStyled } from '../styles/lazy-styled';
import { useWords } from '../i18n/words';
import type { SettingsFormProps } from './SettingsForm';
import { Busy } from '../busy/Busy';

const SettingsForm = lazyStyled(() => import(/* webpackChunkName: "settings" */ './SettingsForm'));

const useStyles = makeStyles({
  summary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
});

export function SettingsSection(props: SettingsFormProps) {
  const styles = useStyles();
  const t = useWords();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={styles.summary}>{t('settings.title')}</summary>
      {open ? (
        <Suspense fallback={<Busy label={t('app.loading')} />}>
          <SettingsForm {...props} />
        </Suspense>
      ) : null}
    </details>
  );
}
