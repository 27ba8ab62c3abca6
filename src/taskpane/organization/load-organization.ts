// Fetches organization.json from the pane's own folder. Kept out of the engine: the engine only
// reads a parsed value (compliance/organization.ts). The pane calls this after its first render.
import { basicDomainKnowledge } from '../../compliance/knowledge/domains';
import {
  NO_ORGANIZATION,
  ORGANIZATION_FILE,
  readOrganizationText,
  type OrganizationSettings,
} from '../../compliance/knowledge/organization';

export type OrganizationLoad =
  /** No file (404), or a host's HTML fallback page: no organisation defaults, nothing to say. */
  | { status: 'absent'; settings: OrganizationSettings; problems: [] }
  /** The file was read; problems lists what in it was ignored. */
  | { status: 'loaded'; settings: OrganizationSettings; problems: string[] }
  /** It could not be read (network, HTTP error, timeout): nothing used, one reason. */
  | { status: 'failed'; settings: OrganizationSettings; problems: string[] };

export const ORGANIZATION_TIMEOUT_MS = 10_000;

/** organization.json in the folder of the page at pageUrl (the folder that holds taskpane.html). */
export function organizationUrl(pageUrl: string): string {
  return new URL(ORGANIZATION_FILE, pageUrl).href;
}

const failed = (why: string): OrganizationLoad => ({
  status: 'failed',
  settings: NO_ORGANIZATION,
  problems: [`${ORGANIZATION_FILE} could not be read (${why}); the organisation's settings are not applied`],
});

/** Reads the file; never rejects. */
export async function loadOrganization(
  url: string,
  fetchFn: typeof fetch = fetch,
  timeoutMs = ORGANIZATION_TIMEOUT_MS,
): Promise<OrganizationLoad> {
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  try {
    const response = await Promise.race([
      // no-cache: revalidate each time, so an admin's edit applies at the next opening.
      fetchFn(url, { cache: 'no-cache', credentials: 'same-origin', signal: controller?.signal }),
      timeout,
    ]);
    if (response === 'timeout') return failed(`no answer within ${timeoutMs / 1000} seconds`);
    if (response.status === 404) return { status: 'absent', settings: NO_ORGANIZATION, problems: [] };
    if (!response.ok)
      return failed(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const text = await Promise.race([response.text(), timeout]);
    if (text === 'timeout') return failed(`no answer within ${timeoutMs / 1000} seconds`);
    // Some hosts answer any missing file with their home page: that is "no file", not a broken one.
    if (/^\s*</.test(text)) return { status: 'absent', settings: NO_ORGANIZATION, problems: [] };
    // The first screen's free-mail list and suffix rules: enough to refuse gmail.com or co.uk.
    const read = readOrganizationText(text, basicDomainKnowledge());
    return { status: 'loaded', settings: read.settings, problems: read.problems };
  } catch (error) {
    const message = error instanceof Error && error.message ? error.message : 'network error';
    return failed(message);
  } finally {
    clearTimeout(timer);
  }
}
