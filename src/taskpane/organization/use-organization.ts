// The organisation's settings in the pane: none at first (the first screen never waits for them),
// then what organization.json gives, once it has been fetched after the first render, with the
// on-demand code that uses them (organization-ui.tsx).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OrganizationSettings } from '../../compliance/organization';
import type { ComposeMailbox, StoredSettings } from '../../office/mailbox';
import type { RequestFormState } from '../request-form/request-form-state';
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
  ui: OrganizationUi | null;
}

const NONE: OrganizationSettings = { companyDomains: [], sites: [], helpContact: '' };
const PENDING: OrganizationState = { status: 'pending', settings: NONE, problems: [], ui: null };

/** onLoaded runs with the new state when the file has been read (keep it stable: useCallback). */
export function useOrganization(
  load: OrganizationLoader | undefined,
  onLoaded?: (state: OrganizationState) => void,
): OrganizationState {
  const [state, setState] = useState<OrganizationState>(PENDING);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (r) => {
        if (!live) return;
        const next: OrganizationState = {
          status: r.status,
          settings: r.settings,
          problems: r.problems,
          ui: r.ui,
        };
        setState(next);
        onLoaded?.(next);
      },
      (error: unknown) => {
        // The loader never rejects; if its chunk cannot load, say so like any other read failure.
        const why = error instanceof Error ? error.message : String(error);
        if (live)
          setState({
            ...PENDING,
            status: 'failed',
            problems: [
              `organization.json could not be read (${why}); the organisation's settings are not applied`,
            ],
          });
      },
    );
    return () => {
      live = false;
    };
  }, [load, onLoaded]);
  return state;
}

/** What the pane gives the organisation's settings to work with. */
export interface PaneStore {
  mailbox: Pick<ComposeMailbox, 'saveSettings'>;
  form: RequestFormState;
  setForm: (update: (previous: RequestFormState) => RequestFormState) => void;
  settings: StoredSettings;
  /** Takes settings already saved in the mailbox. */
  replaceSettings: (next: StoredSettings) => void;
}

/**
 * organization.json in the pane: read after the first render; its sites fill the form once (see
 * organization-ui.tsx: a user who then clears the field is not overruled); what the send-time check
 * needs is kept in roaming settings, written only when it changes.
 */
export function useOrganizationInPane(
  load: OrganizationLoader | undefined,
  store: PaneStore,
): OrganizationState {
  const { mailbox, form, setForm, settings, replaceSettings } = store;
  const formNow = useRef(form);
  useEffect(() => {
    formNow.current = form;
  }, [form]);
  const applySites = useCallback(
    (org: OrganizationState) => {
      const { ui } = org;
      if (!ui || org.settings.sites.length === 0) return;
      if (ui.applySites(formNow.current, org.settings.sites) === formNow.current) return;
      setForm((f) => ui.applySites(f, org.settings.sites));
    },
    [setForm],
  );
  const organization = useOrganization(load, applySites);

  useEffect(() => {
    const { ui } = organization;
    if (!ui) return;
    const next = ui.savedForSendCheck(organization);
    if (next === 'keep' || ui.sameSaved(next, settings.organization)) return;
    const updated = { ...settings, organization: next };
    mailbox.saveSettings(updated).then(
      () => replaceSettings(updated),
      () => undefined, // the send-time check keeps the previous values; the pane uses the file's anyway
    );
  }, [organization, settings, mailbox, replaceSettings]);

  return organization;
}
