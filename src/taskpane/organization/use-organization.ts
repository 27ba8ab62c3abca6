// The organisation's settings in the pane: none at first (the first screen never waits for them),
// then what organization.json gives, once it has been fetched after the first render, with the
// on-demand code that uses them (organization-ui.tsx).
import { useEffect, useState } from 'react';
import type { OrganizationSettings } from '../../compliance/organization';
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
