// What the pane does with the organisation's settings, in the chunk that also fetches and reads
// organization.json: none of it is needed before the file arrives, and the first screen's byte
// budget has no room for it. The hook keeps this module's `organizationUi` once it has loaded.
import { makeStyles, tokens } from '@fluentui/react-components';
import { REGIONS } from '../../compliance/knowledge/desks';
import type { OrganizationSite } from '../../compliance/knowledge/organization';
import type { StoredSettings } from '../../office/mailbox';
import type { RequestFormState } from '../../compliance/request/stored-form';
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

function accountHint(sites: readonly OrganizationSite[]): string | undefined {
  if (sites.length === 0) return undefined;
  if (sites.length === 1)
    return `Your organisation's site: ${siteLabel(sites[0] as OrganizationSite)}. You can type another.`;
  return `Pick one of your organisation's ${sites.length} sites, or type another site number.`;
}

/** The Region's hint when the region in force is the desk of the organisation's site in the form. */
function regionHint(
  sites: readonly OrganizationSite[],
  accountNumber: string,
  region: string,
): string | undefined {
  const site = siteFor(sites, accountNumber);
  return site && site.region === region
    ? `The desk of your organisation's site ${siteLabel(site)}.`
    : undefined;
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
  let who: React.ReactNode = contact;
  if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(contact)) who = <a href={`mailto:${contact}`}>{contact}</a>;
  else if (/^https:\/\/\S+$/i.test(contact))
    who = (
      <a href={contact} target="_blank" rel="noreferrer">
        {contact}
      </a>
    );
  return <p className={styles.help}>Need help with these? In your organisation, ask {who}.</p>;
}

/**
 * What to keep in roaming settings for the send-time check (which does not fetch the file): the
 * file's domains and help contact; nothing when there is no file. A file that could not be read
 * changes nothing (a network glitch must not clear the values the check has). Written only when it
 * changes; runs again whenever the pane's settings change, so a save that raced it is repaired.
 */
function keepForSendCheck(
  load: { status: string; settings: OrganizationLoad['settings'] },
  pane: {
    mailbox: { saveSettings(s: StoredSettings): Promise<void> };
    settings: StoredSettings;
    replaceSettings: (s: StoredSettings) => void;
  },
): void {
  if (load.status !== 'loaded' && load.status !== 'absent') return;
  const next =
    load.status === 'absent'
      ? undefined
      : { companyDomains: load.settings.companyDomains, helpContact: load.settings.helpContact };
  if (JSON.stringify(next ?? null) === JSON.stringify(pane.settings.organization ?? null)) return;
  const updated = { ...pane.settings, organization: next };
  pane.mailbox.saveSettings(updated).then(
    () => pane.replaceSettings(updated),
    () => undefined, // the send-time check keeps the previous values; the pane uses the file's anyway
  );
}

export const organizationUi = {
  SITES_LIST_ID,
  siteFor,
  applySites,
  pickSite,
  accountHint,
  regionHint,
  SitesDatalist,
  HelpLine,
  keepForSendCheck,
};
export type OrganizationUi = typeof organizationUi;

/** Fetches organization.json beside the page at pageUrl, with what the pane needs to use it. */
export async function loadForPane(pageUrl: string): Promise<OrganizationLoad & { ui: OrganizationUi }> {
  return { ...(await loadOrganization(organizationUrl(pageUrl))), ui: organizationUi };
}
