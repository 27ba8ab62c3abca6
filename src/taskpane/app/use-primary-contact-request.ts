// The pane's state: the connection, what was read from the message, the form (kept in the
// mailbox's settings), the region suggestion and the live compliance checks.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { evaluate, parseAddress } from '../../compliance';
import type { ComposeBody, ComplianceInput, MailAddress, RuleResult } from '../../compliance/types';
import type { Connection } from '../../office/connect';
import type { StoredSettings } from '../../office/mailbox';
import { memoDomParseHtml as parseHtml } from '../engine/dom-parse-html';
import { useDomainKnowledge } from '../engine/use-domain-knowledge';
import { useOrganizationInPane, type OrganizationLoader } from '../organization/use-organization';
import { restoreForm, toAnswers, type RequestFormState } from '../request-form/request-form-state';

export interface RegionSuggestion {
  region: NonNullable<ComplianceInput['answers']['region']>;
  because: string;
}

export const SAVE_DELAY_MS = 600;

export interface MessageRead {
  sender: MailAddress;
  body: ComposeBody;
}

/** What the first read of the message gave: the message, or why it could not be read. */
export type FirstRead = { message: MessageRead; error?: undefined } | { message?: undefined; error: Error };

/** Sender first, then the body: sequential, as Outlook on the web prefers. */
export async function readMessage(
  mailbox: Connection['mailbox'],
  recheckFormat = false,
): Promise<MessageRead> {
  const sender = await mailbox.getSender();
  const body = await mailbox.getBody({ recheckFormat });
  return { sender, body };
}

/** The first read never rejects: its failure is shown in the pane with a way to try again. */
export function firstRead(mailbox: Connection['mailbox']): Promise<FirstRead> {
  return readMessage(mailbox).then(
    (message) => ({ message }),
    (error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)) }),
  );
}

/**
 * The pane's state. It mounts once the message has been read (`first`), so the form, the sender
 * and the checks appear in one render instead of a form that jumps when the checks arrive.
 * loadOrganization fetches organization.json after the first render; the checks then re-run.
 */
export function usePrimaryContactRequest(
  connection: Connection,
  first: FirstRead,
  loadOrganization?: OrganizationLoader,
) {
  const { mailbox } = connection;
  // The in-progress form and settings come back from the mailbox (roaming settings) at mount.
  const [settings, setSettings] = useState<StoredSettings>(() => mailbox.loadSettings());
  const [form, setFormState] = useState<RequestFormState>(() => restoreForm(settings.form));
  const [sender, setSender] = useState<MailAddress | null>(first.message?.sender ?? null);
  const [body, setBody] = useState<ComposeBody | null>(first.message?.body ?? null);
  const [reading, setReading] = useState(false);
  const [readError, setReadError] = useState<Error | null>(first.error ?? null);
  const [saveError, setSaveError] = useState<Error | null>(null);
  const [suggestion, setSuggestion] = useState<RegionSuggestion | null>(null);
  const knowledge = useDomainKnowledge();
  const dirty = useRef(false);

  // State is set only in the callbacks, after Office answers (never synchronously in an effect).
  const read = useCallback(
    (recheckFormat = false) =>
      readMessage(mailbox, recheckFormat).then(
        (message) => {
          setSender(message.sender);
          setBody(message.body);
          setReadError(null);
          setReading(false);
        },
        (error: unknown) => {
          setReadError(error instanceof Error ? error : new Error(String(error)));
          setReading(false);
        },
      ),
    [mailbox],
  );

  // The region suggestion's country and time-zone tables load on demand.
  useEffect(() => {
    if (!sender) return;
    let live = true;
    import(/* webpackChunkName: "region-suggest" */ '../../compliance/region-suggest')
      .then((m) => {
        if (live)
          setSuggestion(
            m.suggestRegion({ senderAddress: sender.address, timeZone: mailbox.context.timeZone }),
          );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [sender, mailbox]);

  // An update that changes nothing (e.g. sites that fill nothing) does not make the form dirty.
  const setForm = useCallback((update: (previous: RequestFormState) => RequestFormState) => {
    setFormState((previous) => {
      const next = update(previous);
      if (next !== previous) dirty.current = true;
      return next;
    });
  }, []);

  // Keep the form in the mailbox's settings, a moment after the user stops typing.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      mailbox.saveSettings({ ...settings, form }).then(
        () => setSaveError(null),
        (error: unknown) => setSaveError(error instanceof Error ? error : new Error(String(error))),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, settings, mailbox]);

  /** Saves settings the user changed (company domains, saved signature); rejects when Outlook refuses. */
  const updateSettings = useCallback(
    async (next: StoredSettings) => {
      await mailbox.saveSettings({ ...next, form });
      setSettings(next);
    },
    [mailbox, form],
  );

  // The send-time check has no public-suffix list: once the pane knows the sender's organisation
  // domain (e.g. mycompany.co.uk for uk.mycompany.co.uk), keep it for the check. Saved only when
  // it changes, so an ordinary open makes no write.
  useEffect(() => {
    if (!sender || !knowledge.hasPublicSuffixList) return;
    const host = parseAddress(sender.address)?.host;
    if (!host || knowledge.isFreeMail(host)) return;
    const organisationDomain = knowledge.organisationDomain(host);
    if (!organisationDomain || organisationDomain === settings.organisationDomain) return;
    const next = { ...settings, organisationDomain };
    mailbox.saveSettings(next).then(
      () => setSettings(next),
      () => undefined, // the check then falls back to the sender's own host; nothing to tell the user
    );
  }, [sender, knowledge, settings, mailbox]);

  const organization = useOrganizationInPane(loadOrganization, {
    mailbox,
    setForm,
    settings,
    replaceSettings: setSettings,
  });

  /** The region in force: the user's choice, else the suggestion. */
  const region = form.regionChosen || form.region ? form.region : (suggestion?.region ?? '');

  const input: ComplianceInput | null = useMemo(() => {
    if (!sender || !body) return null;
    return {
      sender,
      signedInUser: mailbox.context.user,
      body,
      savedSignature: settings.savedSignature,
      answers: toAnswers({ ...form, region }),
      // The organisation's domains and the user's additions (the engine normalises and de-duplicates).
      companyDomains: [...organization.settings.companyDomains, ...(settings.companyDomains ?? [])],
      timeZone: mailbox.context.timeZone,
      suggestedRegion: suggestion,
    };
  }, [mailbox, sender, body, settings, form, region, suggestion, organization]);

  const env = useMemo(() => ({ parseHtml, domains: knowledge }), [knowledge]);
  const results: RuleResult[] | null = useMemo(() => (input ? evaluate(input, env) : null), [input, env]);

  return {
    mailbox,
    form,
    setForm,
    region,
    sender,
    body,
    reading,
    readError,
    saveError,
    suggestion,
    settings,
    updateSettings,
    organization,
    input,
    env,
    results,
    /** Re-reads sender and body: the user may have edited the signature while the pane was open. */
    checkAgain: () => {
      setReading(true);
      void read(true);
    },
  };
}

export type PrimaryContactRequest = ReturnType<typeof usePrimaryContactRequest>;
