// The organisation's settings in the pane: none at first (the first screen never waits for them),
// then what organization.json gives, once fetched after the first render. What the pane does with
// them is in the on-demand chunk with the reader (organization-ui.tsx): the first screen keeps only
// this hook and passes on what the chunk gives.
import { useEffect, useState } from 'react';
import { FIRST_SCREEN_SHOWN } from '../first-screen/first-screen';
import type { OrganizationSettings } from '../../compliance/knowledge/organization';
import type { OrganizationLoad } from './load-organization';
import type { OrganizationUi, OrganizationView, PaneHooks } from './organization-ui';

/** Fetches and reads organization.json; index.tsx loads it on demand. Never rejects. */
export type OrganizationLoader = () => Promise<OrganizationLoad & { ui: OrganizationUi }>;

export interface OrganizationState extends OrganizationView {
  /** 'pending' until the loader answers (or for good, when there is no loader). */
  status: 'pending' | OrganizationLoad['status'];
  settings: OrganizationSettings;
  /** Sentences for Settings: what in the file was ignored, or why it could not be read. */
  problems: string[];
}

const PENDING: OrganizationState = {
  status: 'pending',
  settings: { companyDomains: [], sites: [], helpContact: '' },
  problems: [],
};

/** organization.json in the pane, read once the first screen is up and applied once (organization-ui.tsx). */
export function useOrganizationInPane(
  load: OrganizationLoader | undefined,
  { mailbox, setForm, replaceSettings }: PaneHooks,
  firstScreen: Promise<void> = FIRST_SCREEN_SHOWN,
): OrganizationState {
  const [organization, setOrganization] = useState(PENDING);
  useEffect(() => {
    if (!load) return;
    let live = true;
    firstScreen.then(load).then(
      (loaded) =>
        live &&
        setOrganization({ ...loaded, ...loaded.ui.start(loaded, { mailbox, setForm, replaceSettings }) }),
      // Only the chunk itself can fail (the loader never rejects): then, like the pane's other
      // on-demand parts, nothing changes.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load, mailbox, setForm, replaceSettings, firstScreen]);
  return organization;
}
