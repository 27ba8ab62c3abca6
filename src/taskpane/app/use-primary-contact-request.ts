// The pane's state: the connection, what was read from the message, the form (kept in the
// mailbox's settings), the region suggestion and the live compliance checks.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DomainKnowledge } from '../../compliance/knowledge/domains';
import { parseAddress } from '../../compliance/knowledge/address';
import { evaluate } from '../../compliance/rules/evaluate';
import type { RuleResult } from '../../compliance/rules/verdict';
import type { ComposeBody, ComplianceInput, MailAddress } from '../../compliance/types';
import type { Phrase } from '../../compliance/catalogue/say';
import type { Connection } from '../../office/connect';
import type { ComposeMailbox, StoredSettings } from '../../office/mailbox';
import { toError } from '../../office/office-error';
import { memoDomParseHtml as parseHtml, readyForBody } from '../engine-env/dom-parse-html';
import { useDomainKnowledge } from '../engine-env/use-domain-knowledge';
import { FIRST_SCREEN_SHOWN } from '../first-screen/first-screen';
import { restoreForm, toAnswers, type RequestFormState } from '../../compliance/request/stored-form';
import { useOrganizationInPane, type OrganizationLoader } from '../organization/use-organization';

export interface RegionSuggestion {
  region: NonNullable<ComplianceInput['answers']['region']>;
  because: Phrase;
}

export const SAVE_DELAY_MS = 600;

export interface MessageRead {
  sender: MailAddress;
  body: ComposeBody;
}

/** What the first read of the message gave: the message, or why it could not be read. */
export type FirstRead = { message: MessageRead; error?: undefined } | { message?: undefined; error: Error };

/**
 * The sender and the body, read side by side: on Outlook on the web each call is a round trip of
 * about 100 ms before the pane can show anything. (The adapter keeps a few calls in flight at most,
 * and the body's format and content, one part of the message, in order.)
 */
export async function readMessage(
  mailbox: Connection['mailbox'],
  recheckFormat = false,
): Promise<MessageRead> {
  const [sender, body] = await Promise.all([mailbox.getSender(), mailbox.getBody({ recheckFormat })]);
  if (body.type === 'html') await readyForBody(body.content);
  return { sender, body };
}

/** The first read never rejects: its failure is shown in the pane with a way to try again. */
export function firstRead(mailbox: Connection['mailbox']): Promise<FirstRead> {
  return readMessage(mailbox).then(
    (message) => ({ message }),
    (error: unknown) => ({ error: toError(error) }),
  );
}

/**
 * The pane's state. It mounts once the message has been read (`first`), so the form, the sender
 * and the checks appear in one render instead of a form that jumps when the checks arrive.
 * Made of small hooks, each owning one concern: the message, the stored answers and settings, the
 * region suggestion, the organisation domain kept for the send-time check, and the organisation's
 * settings (organization.json, fetched by loadOrganization; the checks then re-run). The region
 * suggestion, the full domain lists and organization.json load once `firstScreen` resolves
 * (first-screen.ts): the first screen never waits for them.
 */
export function usePrimaryContactRequest(
  connection: Connection,
  first: FirstRead,
  loadOrganization?: OrganizationLoader,
  firstScreen: Promise<void> = FIRST_SCREEN_SHOWN,
) {
  const { mailbox } = connection;
  const message = useMessage(mailbox, first);
  const stored = useStoredAnswers(mailbox);
  const suggestion = useRegionSuggestion(message.sender, mailbox.context.timeZone, firstScreen);
  const knowledge = useDomainKnowledge(firstScreen);
  useOrganisationDomain(mailbox, message.sender, knowledge, stored.settings, stored.replaceSettings);
  const organization = useOrganizationInPane(loadOrganization, { mailbox, ...stored }, firstScreen);

  const { form, settings } = stored;
  const { sender, body } = message;
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
    setForm: stored.setForm,
    region,
    sender,
    reading: message.reading,
    readError: message.readError,
    saveError: stored.saveError,
    suggestion,
    settings,
    updateSettings: stored.updateSettings,
    organization,
    input,
    env,
    results,
    /** Re-reads sender and body: the user may have edited the signature while the pane was open. */
    checkAgain: message.checkAgain,
  };
}

export type PrimaryContactRequest = ReturnType<typeof usePrimaryContactRequest>;

/** The message as last read, and reading it again. */
function useMessage(mailbox: ComposeMailbox, first: FirstRead) {
  const [read, setRead] = useState<{ message: MessageRead | null; error: Error | null }>({
    message: first.message ?? null,
    error: first.error ?? null,
  });
  const [reading, setReading] = useState(false);
  // State is set only in the callbacks, after Office answers (never synchronously in an effect).
  const checkAgain = useCallback(() => {
    setReading(true);
    readMessage(mailbox, true).then(
      (message) => {
        setRead({ message, error: null });
        setReading(false);
      },
      (error: unknown) => {
        setRead((previous) => ({ ...previous, error: toError(error) }));
        setReading(false);
      },
    );
  }, [mailbox]);
  return {
    sender: read.message?.sender ?? null,
    body: read.message?.body ?? null,
    readError: read.error,
    reading,
    checkAgain,
  };
}

/** The form and the settings, kept in the mailbox's settings (roaming settings in Outlook). */
function useStoredAnswers(mailbox: ComposeMailbox) {
  const [settings, replaceSettings] = useState<StoredSettings>(() => mailbox.loadSettings());
  const [form, setFormState] = useState<RequestFormState>(() => restoreForm(settings.form));
  const [saveError, setSaveError] = useState<Error | null>(null);
  const dirty = useRef(false);

  // An update that changes nothing (e.g. sites that fill nothing) does not make the form dirty.
  const setForm = useCallback((update: (previous: RequestFormState) => RequestFormState) => {
    setFormState((previous) => {
      const next = update(previous);
      if (next !== previous) dirty.current = true;
      return next;
    });
  }, []);

  // Keep the form in the mailbox's settings, a moment after the user stops typing. Every writer of
  // the settings (this one, Settings, the organisation domain, organization.json) starts from what
  // the mailbox holds now and changes only its own fields: writes made a moment earlier by another
  // writer are never undone by a stale copy.
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      mailbox.saveSettings({ ...mailbox.loadSettings(), form }).then(
        () => setSaveError(null),
        (error: unknown) => setSaveError(toError(error)),
      );
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form, mailbox]);

  /** Saves settings the user changed (company domains, saved signature); rejects when Outlook refuses. */
  const updateSettings = useCallback(
    async (next: StoredSettings) => {
      const saved = {
        ...mailbox.loadSettings(),
        companyDomains: next.companyDomains,
        savedSignature: next.savedSignature,
        form,
      };
      await mailbox.saveSettings(saved);
      replaceSettings(saved);
    },
    [mailbox, form],
  );

  return { settings, replaceSettings, form, setForm, saveError, updateSettings };
}

/** The region suggestion; its country and time-zone tables load on demand. */
function useRegionSuggestion(
  sender: MailAddress | null,
  timeZone: string,
  firstScreen: Promise<void>,
): RegionSuggestion | null {
  const [suggestion, setSuggestion] = useState<RegionSuggestion | null>(null);
  useEffect(() => {
    if (!sender) return;
    let live = true;
    firstScreen
      .then(() => import(/* webpackChunkName: "region-suggest" */ '../../compliance/knowledge/region-suggest'))
      .then((m) => {
        if (live) setSuggestion(m.suggestRegion({ senderAddress: sender.address, timeZone }));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [sender, timeZone, firstScreen]);
  return suggestion;
}

/**
 * The send-time check has no public-suffix list: once the pane knows the sender's organisation
 * domain (e.g. mycompany.co.uk for uk.mycompany.co.uk), keep it for the check. Saved only when it
 * changes, so an ordinary open makes no write.
 */
function useOrganisationDomain(
  mailbox: ComposeMailbox,
  sender: MailAddress | null,
  knowledge: DomainKnowledge,
  settings: StoredSettings,
  replaceSettings: (update: (previous: StoredSettings) => StoredSettings) => void,
) {
  useEffect(() => {
    if (!sender || !knowledge.hasPublicSuffixList) return;
    const host = parseAddress(sender.address)?.host;
    if (!host || knowledge.isFreeMail(host)) return;
    const organisationDomain = knowledge.organisationDomain(host);
    if (!organisationDomain || organisationDomain === settings.organisationDomain) return;
    mailbox.saveSettings({ ...mailbox.loadSettings(), organisationDomain }).then(
      () => replaceSettings((previous) => ({ ...previous, organisationDomain })),
      () => undefined, // the check then falls back to the sender's own host; nothing to tell the user
    );
  }, [sender, knowledge, settings, mailbox, replaceSettings]);
}
