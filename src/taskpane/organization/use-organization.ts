// The organisation's settings in the pane: none at first (the first screen never waits for them),
// then what organization.json gives, once it has been fetched after the first render.
import { useEffect, useState } from 'react';
import type { OrganizationSettings } from '../../compliance/organization';
import type { OrganizationLoad } from './load-organization';

/** Fetches and reads organization.json; index.tsx loads the reader on demand. Never rejects. */
export type OrganizationLoader = () => Promise<OrganizationLoad>;

export interface OrganizationState {
  /** 'pending' until the loader answers (or for good, when there is no loader). */
  status: 'pending' | OrganizationLoad['status'];
  settings: OrganizationSettings;
  /** Sentences for Settings: what in the file was ignored, or why it could not be read. */
  problems: string[];
}

const NONE: OrganizationSettings = { companyDomains: [], sites: [], helpContact: '' };
const PENDING: OrganizationState = { status: 'pending', settings: NONE, problems: [] };

/** onLoaded runs with the settings when the file has been read (keep it stable: useCallback). */
export function useOrganization(
  load: OrganizationLoader | undefined,
  onLoaded?: (settings: OrganizationSettings) => void,
): OrganizationState {
  const [state, setState] = useState<OrganizationState>(PENDING);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (r) => {
        if (!live) return;
        setState({ status: r.status, settings: r.settings, problems: r.problems });
        onLoaded?.(r.settings);
      },
      (error: unknown) => {
        // The loader never rejects; if its chunk cannot load, say so like any other read failure.
        const why = error instanceof Error ? error.message : String(error);
        if (live)
          setState({
            status: 'failed',
            settings: NONE,
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
