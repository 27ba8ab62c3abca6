// What the pane does with the organisation's settings, in the chunk that also fetches and reads
// organization.json: none of it is needed before the file arrives, and the first screen's byte
// budget has no room for it. When the file has been read, start() applies it (sites into the form,
// values kept for the send-time check) and gives the pane ready-made props and elements, so the
// first screen only passes them on.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { phrase, type Phrase } from '../../compliance/catalogue/say';
import { REGIONS } from '../../compliance/knowledge/desks';
import type { OrganizationSite } from '../../compliance/knowledge/organization';
import type { ComposeMailbox, StoredSettings } from '../../office/mailbox';
import type { RequestFormState } from '../../compliance/request/stored-form';
import { useWords } from '../i18n/words';
import { loadOrganization, organizationUrl, type OrganizationLoad } from './load-organization';

const SITES_LIST_ID = 'pcr-organisation-sites';

const digits = (accountNumber: string) => accountNumber.replace(/[\s-]/g, '');

/** The organisation's site with this account number (spaces and dashes ignored), if any. */
function siteFor(sites: readonly OrganizationSite[], accountNumber: string): OrganizationSite | undefined {
  const n = digits(accountNumber);
  return n === '' ? undefined : sites.find((s) => s.accountNumber === n);
}

const siteLabel = (s: OrganizationSite) => (s.name ? `${s.name} (${s.accountNumber})` : s.accountNumber);
const regionName = (s: OrganizationSite) => REGIONS.find((r) => r.id === s.region)?.name ?? s.desk;

/**
 * The form once the sites are known: with exactly one site, its account number fills an empty
 * field; the desk of the site in the form sets the Region unless the user chose one. Returns the
 * same object when nothing changes.
 */
function applySites(form: RequestFormState, sites: readonly OrganizationSite[]): RequestFormState {
  const fill = sites.length === 1 && form.accountNumber.trim() === '' ? sites[0] : undefined;
  const site = fill ?? (form.regionChosen ? undefined : siteFor(sites, form.accountNumber));
  if (!site) return form;
  return {
    ...form,
    accountNumber: fill ? fill.accountNumber : form.accountNumber,
    region: site.region,
    regionChosen: true,
  };
}

/** The form after the user typed or picked an account number: one of the sites sets the Region. */
function pickSite(
  form: RequestFormState,
  value: string,
  sites: readonly OrganizationSite[],
): RequestFormState {
  const site = siteFor(sites, value);
  return site
    ? { ...form, accountNumber: value, region: site.region, regionChosen: true }
    : { ...form, accountNumber: value };
}

function accountHint(sites: readonly OrganizationSite[]): Phrase | undefined {
  if (sites.length === 0) return undefined;
  const only = sites.length === 1 ? sites[0] : undefined;
  if (only) return phrase('org.account.one', { site: siteLabel(only) });
  return phrase('org.account.many', { count: sites.length });
}

/** A phrase in the pane's language; the English words of this chunk come with it. */
function Words({ phrase: p }: { phrase: Phrase }) {
  const t = useWords(EN_PANE_LATER);
  return <>{t(p)}</>;
}

/** The sites offered under Account number: a native datalist, so free typing stays. */
function SitesDatalist({ sites }: { sites: readonly OrganizationSite[] }) {
  return (
    <datalist id={SITES_LIST_ID}>
      {sites.map((s) => (
        <option key={s.accountNumber} value={s.accountNumber}>
          {`${s.name ? `${s.name} · ` : ''}${regionName(s)}`}
        </option>
      ))}
    </datalist>
  );
}

const useStyles = makeStyles({
  help: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
});

/** Under failed checks: who helps in the organisation, as a link when it is an address or a web page. */
function HelpLine({ contact }: { contact: string }) {
  const styles = useStyles();
  const t = useWords(EN_PANE_LATER);
  // The sentence around the contact, in the pane's language; the contact itself may be a link.
  const [before = '', after = ''] = t('org.help-line', { who: '\u0000' }).split('\u0000');
  let who: React.ReactNode = contact;
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(contact)) who = <a href={`mailto:${contact}`}>{contact}</a>;
  else if (/^https:\/\/\S+$/i.test(contact))
    who = (
      <a href={contact} target="_blank" rel="noreferrer">
        {contact}
      </a>
    );
  return (
    <p className={styles.help}>
      {before}
      {who}
      {after}
    </p>
  );
}

/**
 * Keeps what the send-time check needs (which does not fetch the file) in roaming settings: the
 * file's domains and help contact; nothing when there is no file. A file that could not be read
 * changes nothing (a network glitch must not clear the values the check has). Written only when it
 * changes, so an ordinary opening makes no write.
 */
function keepForSendCheck(load: OrganizationLoad, pane: PaneHooks): void {
  if (load.status === 'failed') return;
  const next =
    load.status === 'absent'
      ? undefined
      : { companyDomains: load.settings.companyDomains, helpContact: load.settings.helpContact };
  const current = pane.mailbox.loadSettings();
  if (JSON.stringify(next ?? null) === JSON.stringify(current.organization ?? null)) return;
  pane.mailbox.saveSettings({ ...current, organization: next }).then(
    () => pane.replaceSettings((settings) => ({ ...settings, organization: next })),
    () => undefined, // the send-time check keeps the previous values; the pane uses the file's anyway
  );
}

/** What start() needs from the pane: all stable across renders. */
export interface PaneHooks {
  mailbox: Pick<ComposeMailbox, 'loadSettings' | 'saveSettings'>;
  setForm: (update: (previous: RequestFormState) => RequestFormState) => void;
  replaceSettings: (update: (previous: StoredSettings) => StoredSettings) => void;
}

/** What the pane shows of the organisation, ready to pass on. */
export interface OrganizationView {
  /** Props for the Account number field (RequestForm). */
  account?: { list: string; hint: ReactElement; onChange: (value: string) => void };
  /** The datalist of sites (anywhere in the page: the field names it by id). */
  sitesList?: ReactNode;
  /** Under failed checks: the organisation's help contact. */
  help?: ReactNode;
}

/** Applies what the file gave and returns what the pane shows of it. */
function start(load: OrganizationLoad, pane: PaneHooks): OrganizationView {
  const { sites, helpContact } = load.settings;
  if (sites.length) pane.setForm((form) => applySites(form, sites));
  keepForSendCheck(load, pane);
  return {
    ...(sites.length
      ? {
          account: {
            list: SITES_LIST_ID,
            hint: <Words phrase={accountHint(sites) ?? phrase('form.account.hint')} />,
            onChange: (value: string) => pane.setForm((form) => pickSite(form, value, sites)),
          },
          sitesList: <SitesDatalist sites={sites} />,
        }
      : {}),
    ...(helpContact ? { help: <HelpLine contact={helpContact} /> } : {}),
  };
}

export const organizationUi = { SITES_LIST_ID, siteFor, applySites, pickSite, accountHint, start };
export type OrganizationUi = typeof organizationUi;

/** Fetches organization.json beside the pane's page, with what the pane needs to use it. */
export async function loadForPane(): Promise<OrganizationLoad & { ui: OrganizationUi }> {
  return { ...(await loadOrganization(organizationUrl(window.location.href))), ui: organizationUi };
}
