// Settings kept in the mailbox (roaming settings): the company's email domains, which the company
// domain check then requires, and a signature to use when the message has none. Loaded on demand.
import { Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { OfficeCallError } from '../../office/office-error';
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
  // Fluent's Input has a min-width that would widen a narrow pane (320 px at 200 % zoom).
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

/** A field at its length cap says so (the control itself stops accepting characters). */
const capNote = (value: string, max: number) =>
  value.length >= max
    ? `Shortened to ${max.toLocaleString('en-US')} characters, the most this field takes.`
    : '';

/** What the organisation set (read-only here), and the admin-facing reasons when its file has a problem. */
function FromOrganisation({ organization }: { organization: OrganizationState }) {
  const styles = useStyles();
  const { companyDomains, sites, helpContact } = organization.settings;
  const given = companyDomains.length > 0 || sites.length > 0 || helpContact !== '';
  if (!given && organization.problems.length === 0) return null;
  return (
    <section aria-label="From your organisation" className={styles.organisation}>
      <h3 className={styles.heading}>From your organisation</h3>
      {companyDomains.length ? (
        <p className={styles.status}>Company domains: {companyDomains.join(', ')}</p>
      ) : null}
      {sites.length ? (
        <p className={styles.status}>
          {sites.length === 1 ? 'Site' : 'Sites'}:{' '}
          {sites.map((s) => (s.name ? `${s.name} (${s.accountNumber})` : s.accountNumber)).join(', ')}
        </p>
      ) : null}
      {helpContact ? <p className={styles.status}>Help with Passport Advantage: {helpContact}</p> : null}
      {organization.problems.length ? (
        <>
          <p className={styles.status}>
            Your organisation&apos;s settings file has{' '}
            {organization.problems.length === 1 ? 'a problem' : 'problems'} (tell your IT administrator); the
            rest of the pane works as usual:
          </p>
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
  const [domains, setDomains] = useState((settings.companyDomains ?? []).join(', '));
  const [signature, setSignature] = useState(settings.savedSignature ?? '');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const parsed = parseCompanyDomains(domains, knowledge);
  const domainsCap = capNote(domains, MAX_DOMAINS_TEXT);
  const signatureCap = capNote(signature, MAX_SAVED_SIGNATURE);
  const domainsMessage = parsed.ok ? [...parsed.notes, domainsCap] : [...parsed.problems, domainsCap];

  const save = async () => {
    if (!parsed.ok) return;
    try {
      await onSave({
        ...settings,
        companyDomains: parsed.domains,
        savedSignature: signature.trim() || undefined,
      });
      setStatus({ kind: 'saved', text: 'Saved in your mailbox. The checks use it now.' });
    } catch (error) {
      const text =
        error instanceof OfficeCallError ? error.userMessage : 'Outlook could not save the settings.';
      setStatus({ kind: 'error', text });
    }
  };

  const orgDomains = organization?.settings.companyDomains ?? [];
  return (
    <div className={styles.form}>
      {organization ? <FromOrganisation organization={organization} /> : null}
      <Field
        label="Company email domains"
        hint={
          orgDomains.length
            ? `Optional: more domains, comma-separated. Your organisation's (${orgDomains.join(', ')}) always count; the sender must be at one of them or of these.`
            : 'Optional. Comma-separated, e.g. mycompany.com, mycompany.co.uk. When set, the sender must be at one of them.'
        }
        validationState={parsed.ok ? (domainsCap ? 'warning' : 'none') : 'error'}
        validationMessage={domainsMessage.filter(Boolean).join(' ') || undefined}
      >
        <Input
          className={styles.full}
          value={domains}
          maxLength={MAX_DOMAINS_TEXT}
          onChange={(_, d) => {
            setDomains(d.value);
            setStatus(null); // "Saved" no longer describes what the field shows
          }}
        />
      </Field>
      <Field
        label="Signature to use when the message has none"
        hint={`Your name, job title, email and phone, one per line. Up to ${MAX_SAVED_SIGNATURE.toLocaleString('en-US')} characters.`}
        validationState={signatureCap ? 'warning' : 'none'}
        validationMessage={signatureCap || undefined}
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
          Save settings
        </Button>
      </div>
      {status ? (
        <p className={styles.status} role="status">
          {status.text}
        </p>
      ) : null}
    </div>
  );
}
