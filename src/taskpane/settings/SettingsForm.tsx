// Settings kept in the mailbox (roaming settings): the company's email domains, which the company
// domain check then requires, and a signature to use when the message has none. Loaded on demand.
import { Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { Button } from '../controls/Button';
import { useState } from 'react';
import { phrase, type Phrase } from '../../compliance/catalogue/say';
import { OfficeCallError } from '../../office/office-error';
import { officeErrorPhrases } from '../../office/office-error-words';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { useWords } from '../i18n/words';
import { TextInput } from '../controls/TextInput';
import type { StoredSettings } from '../../office/mailbox';
import type { DomainKnowledge } from '../../compliance/knowledge/domains';
import type { OrganizationState } from '../organization/use-organization';
import { MAX_DOMAINS_TEXT, MAX_SAVED_SIGNATURE, parseCompanyDomains } from './settings-values';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
  },
  status: { margin: 0, fontSize: tokens.fontSizeBase200 },
  // A text field's intrinsic width would widen a narrow pane (320 px at 200 % zoom).
  full: { width: '100%', maxWidth: '100%', minWidth: 0 },
  organisation: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  problem: { color: tokens.colorStatusWarningForeground1, overflowWrap: 'anywhere' },
});

export interface SettingsFormProps {
  settings: StoredSettings;
  onSave: (next: StoredSettings) => Promise<void>;
  /** Free-mail and public-suffix knowledge, to refuse domains that are not a company's. */
  knowledge?: DomainKnowledge;
  /** What organization.json gave, and what in it was ignored and why. */
  organization?: OrganizationState;
}

/** "Shortened to N characters" when the field is at its cap (none otherwise). */
const capNote = (value: string, max: number): Phrase[] =>
  value.length >= max ? [phrase('form.capped', { count: max })] : [];

/** What the organisation set (read-only here), and the admin-facing reasons when its file has a problem. */
function FromOrganisation({ organization }: { organization: OrganizationState }) {
  const styles = useStyles();
  const t = useWords(EN_PANE_LATER);
  const { companyDomains, sites, helpContact } = organization.settings;
  const given = companyDomains.length > 0 || sites.length > 0 || helpContact !== '';
  if (!given && organization.problems.length === 0) return null;
  return (
    <section aria-label={t('org.title')} className={styles.organisation}>
      <h3 className={styles.heading}>{t('org.title')}</h3>
      {companyDomains.length ? (
        <p className={styles.status}>{t('org.domains', { domains: companyDomains })}</p>
      ) : null}
      {sites.length ? (
        <p className={styles.status}>
          {t('org.sites', {
            count: sites.length,
            sites: sites.map((s) => (s.name ? `${s.name} (${s.accountNumber})` : s.accountNumber)),
          })}
        </p>
      ) : null}
      {helpContact ? <p className={styles.status}>{t('org.help', { contact: helpContact })}</p> : null}
      {organization.problems.length ? (
        <>
          <p className={styles.status}>{t('org.problems', { count: organization.problems.length })}</p>
          <ul className={styles.list}>
            {organization.problems.map((p) => (
              <li key={p} className={styles.problem}>
                {p}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export default function SettingsForm({ settings, onSave, knowledge, organization }: SettingsFormProps) {
  const styles = useStyles();
  const t = useWords(EN_PANE_LATER);
  const [domains, setDomains] = useState((settings.companyDomains ?? []).join(', '));
  const [signature, setSignature] = useState(settings.savedSignature ?? '');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: Phrase[] } | null>(null);
  const parsed = parseCompanyDomains(domains, knowledge);
  const domainsCap = capNote(domains, MAX_DOMAINS_TEXT);
  const signatureCap = capNote(signature, MAX_SAVED_SIGNATURE);
  const domainsMessage = [...(parsed.ok ? parsed.notes : parsed.problems), ...domainsCap];

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

  const orgDomains = organization?.settings.companyDomains ?? [];
  return (
    <div className={styles.form}>
      {organization ? <FromOrganisation organization={organization} /> : null}
      <Field
        label={t('settings.domains')}
        hint={
          orgDomains.length
            ? t('settings.domains.hint.org', { domains: orgDomains })
            : t('settings.domains.hint')
        }
        validationState={parsed.ok ? (domainsCap.length ? 'warning' : 'none') : 'error'}
        validationMessage={domainsMessage.length ? t(domainsMessage) : undefined}
      >
        {(field) => (
          <TextInput
            {...field}
            className={styles.full}
            value={domains}
            maxLength={MAX_DOMAINS_TEXT}
            onChange={(value) => {
              setDomains(value);
              setStatus(null); // "Saved" no longer describes what the field shows
            }}
          />
        )}
      </Field>
      <Field
        label={t('settings.signature')}
        hint={t([phrase('settings.signature.hint'), phrase('settings.signature.limit', { count: MAX_SAVED_SIGNATURE })])}
        validationState={signatureCap.length ? 'warning' : 'none'}
        validationMessage={signatureCap.length ? t(signatureCap) : undefined}
      >
        <Textarea
          value={signature}
          maxLength={MAX_SAVED_SIGNATURE}
          resize="vertical"
          onChange={(_, d) => {
            setSignature(d.value);
            setStatus(null);
          }}
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
