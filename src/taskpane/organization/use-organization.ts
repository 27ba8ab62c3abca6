// The organisation's settings in the pane: none at first (the first screen never waits for them),
// then what organization.json gives, once fetched after the first render. What the pane does with
// them is in the on-demand chunk with the reader (organization-ui.tsx): the first screen keeps
// only this hook.
import { useEffect, useState } from 'react';
import type { OrganizationSettings } from '../../compliance/knowledge/organization';
import type { ComposeMailbox, StoredSettings } from '../../office/mailbox';
import type { RequestFormState } from '../../compliance/request/stored-form';
import type { OrganizationLoad } from './load-organization';
import type { OrganizationUi } from './organization-ui';

/** Fetches and reads organization.json; index.tsx loads it on demand. Never rejects. */
export type OrganizationLoader = () => Promise<OrganizationLoad & { ui: OrganizationUi }>;

export interface OrganizationState {
  /** 'pending' until the loader answers (or for good, when there is no loader). */
  status: 'pending' | OrganizationLoad['status'];
  settings: OrganizationSettings;
  /** Sentences for Settings: what in the file was ignored, or why it could not be read. */
  problems: string[];
  /** The code that uses the settings, once loaded. */
  ui?: OrganizationUi;
}

/** What the pane gives the organisation's settings to work with. */
export interface PaneStore {
  mailbox: Pick<ComposeMailbox, 'saveSettings'>;
  setForm: (update: (previous: RequestFormState) => RequestFormState) => void;
  settings: StoredSettings;
  /** Takes settings already saved in the mailbox. */
  replaceSettings: (next: StoredSettings) => void;
}

const PENDING: OrganizationState = {
  status: 'pending',
  settings: { companyDomains: [], sites: [], helpContact: '' },
  problems: [],
};

/**
 * organization.json in the pane: read after the first render; its sites fill the form once, when
 * it arrives; what the send-time check needs is kept in roaming settings (organization-ui.tsx).
 */
export function useOrganizationInPane(
  load: OrganizationLoader | undefined,
  store: PaneStore,
): OrganizationState {
  const { mailbox, setForm, settings, replaceSettings } = store;
  const [organization, setOrganization] = useState(PENDING);
  useEffect(() => {
    let live = true;
    load?.().then(
      (loaded) => {
        if (!live) return;
        setOrganization(loaded);
        setForm((form) => loaded.ui.applySites(form, loaded.settings.sites));
      },
      // Only the chunk itself can fail to load (the loader never rejects).
      (error: unknown) =>
        live &&
        setOrganization({ ...PENDING, status: 'failed', problems: [`organization.json: ${String(error)}`] }),
    );
    return () => {
      live = false;
    };
  }, [load, setForm]);
  useEffect(
    () => organization.ui?.keepForSendCheck(organization, { mailbox, settings, replaceSettings }),
    [organization, mailbox, settings, replaceSettings],
  );
  return organization;
}
