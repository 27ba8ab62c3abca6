// The questions IBM's procedure needs answered: who is asking, why, which account, which desk,
// and who the new primary contact is.
import { Field, Input, makeStyles, Radio, RadioGroup, Select, tokens } from '@fluentui/react-components';
import { REGIONS } from '../../compliance/desks';
import { COMMON_REASONS } from '../../compliance/reasons';
import type { OrganizationSite } from '../../compliance/organization';
import type { Person, RegionId } from '../../compliance/types';
import { MAX_LENGTH, OTHER_REASON, type RequestFormState } from './request-form-state';

const useStyles = makeStyles({
  // Long region names must wrap the pane, not widen it: at 320 px a native select would overflow.
  full: { width: '100%', maxWidth: '100%', minWidth: 0 },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  contact: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface RequestFormProps {
  form: RequestFormState;
  setForm: (update: (previous: RequestFormState) => RequestFormState) => void;
  /** The region in force (the user's choice or the suggestion). */
  region: RegionId | '';
  suggestion: { region: RegionId; because: string } | null;
  /** The organisation's Passport Advantage sites (organization.json); offered for Account number. */
  sites?: readonly OrganizationSite[];
}

const SITES_LIST_ID = 'pcr-organisation-sites';
const siteLabel = (s: OrganizationSite) => (s.name ? `${s.name} (${s.accountNumber})` : s.accountNumber);

/** What the Account number field says about the organisation's sites. */
function accountHint(sites: readonly OrganizationSite[]): string {
  if (sites.length === 0) return 'Your Passport Advantage site number, e.g. 0001234567.';
  if (sites.length === 1)
    return `Your organisation's site: ${siteLabel(sites[0] as OrganizationSite)}. You can type another.`;
  return `Pick one of your organisation's ${sites.length} sites, or type another site number.`;
}

/** A field at its length cap says so (the input itself stops accepting characters). */
export function capped(value: string, max: number) {
  return value.length >= max
    ? ({
        validationState: 'warning',
        validationMessage: `Shortened to ${max} characters, the most this field takes.`,
      } as const)
    : {};
}

export function RequestForm({ form, setForm, region, suggestion, sites = [] }: RequestFormProps) {
  const styles = useStyles();
  const set = <K extends keyof RequestFormState>(key: K, value: RequestFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setContact = (key: keyof Person, value: string) =>
    setForm((f) => ({ ...f, contact: { ...f.contact, [key]: value } }));
  const suggested = suggestion ? REGIONS.find((r) => r.id === suggestion.region) : undefined;
  const number = form.accountNumber.replace(/[\s-]/g, '');
  const site = number ? sites.find((s) => s.accountNumber === number) : undefined;
  // Picking (or typing) one of the organisation's sites sets the Region to its desk.
  const setAccountNumber = (value: string) => {
    const picked = sites.find((s) => s.accountNumber === value.replace(/[\s-]/g, ''));
    setForm((f) =>
      picked
        ? { ...f, accountNumber: value, region: picked.region, regionChosen: true }
        : { ...f, accountNumber: value },
    );
  };

  return (
    <div className={styles.form}>
      <Field label="Who is sending this request?">
        <RadioGroup
          value={form.role}
          onChange={(_, d) => set('role', d.value === 'primary-contact' ? 'primary-contact' : 'manager')}
        >
          <Radio value="primary-contact" label="I am the current primary contact" />
          <Radio value="manager" label="I am a manager at the company (the current contact has left)" />
        </RadioGroup>
      </Field>

      <Field label="Reason for the change" required>
        <Select
          className={styles.full}
          value={form.reasonChoice}
          onChange={(_, d) => set('reasonChoice', d.value)}
        >
          <option value="">Choose a reason</option>
          {COMMON_REASONS.map((r) => (
            <option key={r.id} value={r.id === 'other' ? OTHER_REASON : r.id}>
              {r.label}
            </option>
          ))}
        </Select>
      </Field>
      {form.reasonChoice === OTHER_REASON ? (
        <Field
          label="Reason in your own words"
          required
          hint={`Up to ${MAX_LENGTH.reasonText} characters.`}
          {...capped(form.reasonText, MAX_LENGTH.reasonText)}
        >
          <Input
            value={form.reasonText}
            maxLength={MAX_LENGTH.reasonText}
            onChange={(_, d) => set('reasonText', d.value)}
          />
        </Field>
      ) : null}

      <Field
        label="Account number"
        required
        hint={accountHint(sites)}
        {...capped(form.accountNumber, MAX_LENGTH.accountNumber)}
      >
        {/* A native datalist, not Fluent's Combobox: free typing stays, and it costs the first screen nothing. */}
        <Input
          value={form.accountNumber}
          inputMode="numeric"
          autoComplete="off"
          maxLength={MAX_LENGTH.accountNumber}
          list={sites.length ? SITES_LIST_ID : undefined}
          onChange={(_, d) => setAccountNumber(d.value)}
        />
      </Field>
      {sites.length ? (
        <datalist id={SITES_LIST_ID}>
          {sites.map((s) => (
            <option key={s.accountNumber} value={s.accountNumber}>
              {`${s.name ? `${s.name} · ` : ''}${REGIONS.find((r) => r.id === s.region)?.name ?? s.desk}`}
            </option>
          ))}
        </datalist>
      ) : null}

      <Field
        label="Region"
        required
        hint={
          site && region === site.region
            ? `The desk of your organisation's site ${siteLabel(site)}.`
            : suggested && suggestion
              ? `Suggested: ${suggested.name}. ${suggestion.because}`
              : 'Picks the IBM eCustomerCare desk.'
        }
      >
        <Select
          className={styles.full}
          value={region}
          onChange={(_, d) =>
            setForm((f) => ({ ...f, region: d.value as RegionId | '', regionChosen: d.value !== '' }))
          }
        >
          <option value="">Choose a region</option>
          {REGIONS.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name} ({r.desk})
            </option>
          ))}
        </Select>
      </Field>

      <Field label="New primary contact">
        <RadioGroup
          value={form.contactMode}
          onChange={(_, d) => set('contactMode', d.value === 'other' ? 'other' : 'self')}
        >
          <Radio value="self" label="Me (details from my signature)" />
          <Radio value="other" label="Someone else at the company" />
        </RadioGroup>
      </Field>
      {form.contactMode === 'other' ? (
        <div className={styles.contact}>
          <Field label="Name" required {...capped(form.contact.name, MAX_LENGTH.name)}>
            <Input
              value={form.contact.name}
              maxLength={MAX_LENGTH.name}
              onChange={(_, d) => setContact('name', d.value)}
            />
          </Field>
          <Field label="Job title" {...capped(form.contact.title, MAX_LENGTH.title)}>
            <Input
              value={form.contact.title}
              maxLength={MAX_LENGTH.title}
              onChange={(_, d) => setContact('title', d.value)}
            />
          </Field>
          <Field label="Email" required {...capped(form.contact.email, MAX_LENGTH.email)}>
            <Input
              type="email"
              value={form.contact.email}
              maxLength={MAX_LENGTH.email}
              onChange={(_, d) => setContact('email', d.value)}
            />
          </Field>
          <Field label="Phone" {...capped(form.contact.phone, MAX_LENGTH.phone)}>
            <Input
              type="tel"
              value={form.contact.phone}
              maxLength={MAX_LENGTH.phone}
              onChange={(_, d) => setContact('phone', d.value)}
            />
          </Field>
        </div>
      ) : null}
    </div>
  );
}
