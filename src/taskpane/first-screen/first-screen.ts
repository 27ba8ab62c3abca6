// The first screen first: what it does not need (the region suggestion's country tables, the full
// free-mail and public-suffix lists, organization.json) starts loading once the checks are on
// screen, so that it does not compete with the first screen for the network and the main thread.
// The pane creates one gate; the checks list opens it when it mounts.

export interface FirstScreenGate {
  /** Resolves once the first screen is up. */
  shown: Promise<void>;
  /** Says the first screen is up (idempotent). */
  open: () => void;
}

export function firstScreenGate(): FirstScreenGate {
  let open = (): void => undefined;
  const shown = new Promise<void>((resolve) => {
    open = () => resolve();
  });
  return { shown, open };
}

/** A gate that is already open: for a hook used without a pane (nothing waits). */
export const FIRST_SCREEN_SHOWN: Promise<void> = Promise.resolve();
