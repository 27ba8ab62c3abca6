// The questions IBM's procedure needs answered: who is asking, why, which account, which desk,
// and who the new primary contact is.
import { makeStyles, tokens } from '@fluentui/react-components';
import { Field } from '../controls/Field';
import { useState } from 'react';
import { REGIONS } from '../../compliance/knowledge/desks';
import { COMMON_REASONS } from '../../compliance/request/reasons';
import type { OrganizationView } from '../organization/organization-ui';
import type { Person, RegionId } from '../../compliance/types';
import { MAX_LENGTH, OTHER_REASON, type RequestFormState } from '../../compliance/request/stored-form';
import type { FieldCheck, FieldChecks, FieldKey } from './field-checks';
import { useWords, type Words } from '../i18n/words';
import { NativeSelect } from '../controls/NativeSelect';
import { RadioGroup } from '../controls/RadioGroup';
import { TextInput } from '../controls/TextInput';
import type { Phrase } from '../../compliance/catalogue/say';

const useStyles = makeStyles({
  // Long region names must wrap the pane, not widen it: at 320 px a select would overflow; a text
  // field's intrinsic width overflows a 160 px pane (320 px at 200 % zoom).
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
  suggestion: { region: RegionId; because: Phrase } | null;
  /** The checks about each answer, shown at its field once the user has been there. */
  checks?: FieldChecks;
  /** With organization.json's sites: the field offers them (a datalist) and picking one sets the Region. */
  account?: OrganizationView['account'];
}

/** A field at its length cap says so (the input itself stops accepting characters). */
export function capped(t: Words, value: string, max: number) {
  return value.length >= max
    ? ({
        validationState: 'warning',
        validationMessage: t('form.capped', { count: max }),
      } as const)
    : {};
}

/** The Field props for a check (and a length cap): the worse state, both texts. */
function validation(
  check: FieldCheck | undefined,
  cap: { validationState?: 'warning'; validationMessage?: string } = {},
) {
  if (!check) return cap;
  return {
    validationState: check.state === 'error' ? 'error' : 'warning',
    // Not role="alert" (Fluent's default): the check changes with every keystroke, and the action
    // bar's summary already announces the checks politely. The field is described by it.
    validationMessage: {
      children: [cap.validationMessage, check.text].filter(Boolean).join(' '),
      role: undefined,
    },
  } as const;
}

export function RequestForm({ form, setForm, region, suggestion, account, checks = {} }: RequestFormProps) {
  const styles = useStyles();
  const t = useWords();
  // A check shows at its field once the user has answered there (restored answers count), not on
  // an empty form they have not reached yet. Not on blur: a message appearing as the user clicks
  // the next field would push that field away from under the pointer.
  const [visited, setVisited] = useState<ReadonlySet<FieldKey>>(() => {
    const initial = new Set<FieldKey>(['contact']);
    if (form.reasonChoice !== '') initial.add('reason');
    if (form.accountNumber !== '') initial.add('account');
    if (form.regionChosen) initial.add('region');
    return initial;
  });
  const visit = (key: FieldKey) => () => setVisited((v) => (v.has(key) ? v : new Set(v).add(key)));
  const at = (key: FieldKey) => (visited.has(key) ? checks[key] : undefined);
  const otherReason = form.reasonChoice === OTHER_REASON;
  const set = <K extends keyof RequestFormState>(key: K, value: RequestFormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const setContact = (key: keyof Person, value: string) =>
    setForm((f) => ({ ...f, contact: { ...f.contact, [key]: value } }));
  const suggested = suggestion ? REGIONS.find((r) => r.id === suggestion.region) : undefined;

  return (
    <div className={styles.form}>
      <Field label={t('form.role')}>
        {(field) => (
          <RadioGroup
            {...field}
            value={form.role}
            onChange={(role) => set('role', role)}
            options={[
              { value: 'primary-contact', label: t('form.role.primary-contact') },
              { value: 'manager', label: t('form.role.manager') },
            ]}
          />
        )}
      </Field>

      <Field label={t('form.reason')} required {...validation(otherReason ? undefined : at('reason'))}>
        {(field) => (
          <NativeSelect
            {...field}
            className={styles.full}
            value={form.reasonChoice}
            onChange={(value) => {
              set('reasonChoice', value);
              visit('reason')();
            }}
          >
            <option value="">{t('form.reason.choose')}</option>
            {COMMON_REASONS.map((r) => (
              <option key={r.id} value={r.id === 'other' ? OTHER_REASON : r.id}>
                {t(`form.reason.${r.id}`)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      {otherReason ? (
        <Field
          label={t('form.reason-text')}
          required
          hint={t('form.reason-text.hint', { count: MAX_LENGTH.reasonText })}
          {...validation(at('reason'), capped(t, form.reasonText, MAX_LENGTH.reasonText))}
        >
          {(field) => (
            <TextInput
              {...field}
              className={styles.full}
              value={form.reasonText}
              maxLength={MAX_LENGTH.reasonText}
              onChange={(value) => {
                set('reasonText', value);
                visit('reason')();
              }}
            />
          )}
        </Field>
      ) : null}

      <Field
        label={t('form.account')}
        required
        hint={account?.hint ?? t('form.account.hint')}
        {...validation(at('account'), capped(t, form.accountNumber, MAX_LENGTH.accountNumber))}
      >
        {(field) => (
          <TextInput
            {...field}
            className={styles.full}
            value={form.accountNumber}
            inputMode="numeric"
            autoComplete="off"
            maxLength={MAX_LENGTH.accountNumber}
            list={account?.list}
            onChange={(value) => {
              if (account) account.onChange(value);
              else set('accountNumber', value);
              visit('account')();
            }}
          />
        )}
      </Field>

      <Field
        label={t('form.region')}
        required
        hint={
          suggested && suggestion
            ? t('form.region.suggested', { region: suggested.name, because: suggestion.because })
            : t('form.region.hint')
        }
        {...validation(at('region'))}
      >
        {(field) => (
          <NativeSelect
            {...field}
            className={styles.full}
            value={region}
            onChange={(value) => {
              setForm((f) => ({ ...f, region: value as RegionId | '', regionChosen: value !== '' }));
              visit('region')();
            }}
          >
            <option value="">{t('form.region.choose')}</option>
            {REGIONS.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name} ({r.desk})
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>

      <Field label={t('form.contact')} {...validation(at('contact'))}>
        {(field) => (
          <RadioGroup
            {...field}
            value={form.contactMode}
            onChange={(mode) => set('contactMode', mode)}
            options={[
              { value: 'self', label: t('form.contact.self') },
              { value: 'other', label: t('form.contact.other') },
            ]}
          />
        )}
      </Field>
      {form.contactMode === 'other' ? (
        <div className={styles.contact}>
          <Field label={t('form.name')} required {...capped(t, form.contact.name, MAX_LENGTH.name)}>
            {(field) => (
              <TextInput
                {...field}
                className={styles.full}
                value={form.contact.name}
                maxLength={MAX_LENGTH.name}
                onChange={(value) => setContact('name', value)}
              />
            )}
          </Field>
          <Field label={t('form.title')} {...capped(t, form.contact.title, MAX_LENGTH.title)}>
            {(field) => (
              <TextInput
                {...field}
                className={styles.full}
                value={form.contact.title}
                maxLength={MAX_LENGTH.title}
                onChange={(value) => setContact('title', value)}
              />
            )}
          </Field>
          <Field label={t('form.email')} required {...capped(t, form.contact.email, MAX_LENGTH.email)}>
            {(field) => (
              <TextInput
                {...field}
                className={styles.full}
                type="email"
                value={form.contact.email}
                maxLength={MAX_LENGTH.email}
                onChange={(value) => setContact('email', value)}
              />
            )}
          </Field>
          <Field label={t('form.phone')} {...capped(t, form.contact.phone, MAX_LENGTH.phone)}>
            {(field) => (
              <TextInput
                {...field}
                className={styles.full}
                type="tel"
                value={form.contact.phone}
                maxLength={MAX_LENGTH.phone}
                onChange={(value) => setContact('phone', value)}
              />
            )}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
