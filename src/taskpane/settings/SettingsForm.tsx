// Settings kept in the mailbox (roaming settings): the company's email domains, which the company
// domain check then requires, and a signature to use when the message has none. Loaded on demand.
import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { phrase, type Phrase } from '../../compliance/catalogue/say';
import { OfficeCallError } from '../../office/office-error';
import { officeErrorPhrases } from '../../office/office-error-words';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { useWords } from '../i18n/words';
import type { StoredSettings } from '../../office/mailbox';
import { MAX_SAVED_SIGNATURE, parseCompanyDomains } from './settings-values';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
});

export interface SettingsFormProps {
  settings: StoredSettings;
  onSave: (next: StoredSettings) => Promise<void>;
}

export default function SettingsForm({ settings, onSave }: SettingsFormProps) {
  const styles = useStyles();
  const t = useWords(EN_PANE_LATER);
  const [domains, setDomains] = useState((settings.companyDomains ?? []).join(', '));
  const [signature, setSignature] = useState(settings.savedSignature ?? '');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: Phrase[] } | null>(null);
  const parsed = parseCompanyDomains(domains);

  const save = async () => {
    if (!parsed.ok) return;
    try {
      await onSave({
        ...settings,
        companyDomains: parsed.domains,
        savedSignature: signature.trim() || undefined,
      });
      setStatus({ kind: 'saved', text: [phrase('settings.saved')] });
    } catch (error) {
      const text =
        error instanceof OfficeCallError ? officeErrorPhrases(error) : [phrase('settings.save-failed')];
      setStatus({ kind: 'error', text });
    }
  };

  return (
    <div className={styles.form}>
      <Field
        label={t('settings.domains')}
        hint={t('settings.domains.hint')}
        validationState={parsed.ok ? 'none' : 'error'}
        validationMessage={parsed.ok ? undefined : t('settings.domains.invalid', { domains: parsed.invalid })}
      >
        <Input value={domains} maxLength={600} onChange={(_, d) => setDomains(d.value)} />
      </Field>
      <Field label={t('settings.signature')} hint={t('settings.signature.hint')}>
        <Textarea
          value={signature}
          maxLength={MAX_SAVED_SIGNATURE}
          resize="vertical"
          onChange={(_, d) => setSignature(d.value)}
        />
      </Field>
      <div>
        <Button onClick={save} disabled={!parsed.ok}>
          {t('settings.save')}
        </Button>
      </div>
      {status ? (
        <p className={styles.status} role="status">
          {t(status.text)}
        </p>
      ) : null}
    </div>
  );
}
