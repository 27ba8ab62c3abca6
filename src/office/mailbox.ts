// The one interface the pane and the send-time handler use to reach the message being composed.
// Two implementations: office-mailbox.ts (office.js) and preview-mailbox.ts (a simulated message).
import type { ComposeBody, MailAddress } from '../compliance/types';

export type MailboxKind = 'outlook' | 'preview';

export interface Recipient {
  address: string;
  displayName: string;
}

/** What the add-in keeps between sessions (roamingSettings in Outlook, localStorage in preview). */
export interface StoredSettings {
  /** The in-progress form, as the pane last saw it. */
  form?: unknown;
  /** Company domains an administrator or the user configured. */
  companyDomains?: string[];
  /** A signature the user saved in the pane, for mailboxes without one in the body. */
  savedSignature?: string;
  /** The sender's organisation domain as the pane worked it out (public-suffix list), for the send check. */
  organisationDomain?: string;
  /**
   * What organization.json gave when the pane last read it, for the send-time check (which does not
   * fetch the file). Absent: no file.
   */
  organization?: { companyDomains: string[]; helpContact: string };
}

export type ThemeKind = 'light' | 'dark';

/** What can be read once, synchronously, when the mailbox is ready. */
export interface MailboxContext {
  kind: MailboxKind;
  /** The signed-in user (userProfile). */
  user: MailAddress;
  /** Mailbox time zone, Windows or IANA name; '' when unknown. */
  timeZone: string;
  theme: ThemeKind;
  /** Outlook's display language (BCP 47, e.g. "ja-JP"); the browser's language in preview; '' when unknown. */
  displayLanguage: string;
  /** A short name of the client, for diagnostics ("Outlook on the web", "Preview"...). */
  clientName: string;
}

export interface ComposeMailbox {
  readonly context: MailboxContext;
  /** The From of the compose item (Mailbox 1.7), else the signed-in user. */
  getSender(): Promise<MailAddress>;
  /** The body in its format; the format is read once and re-read when recheckFormat is set. */
  getBody(options?: { recheckFormat?: boolean }): Promise<ComposeBody>;
  /** Replaces the whole body; callers pass a string that keeps the user's content (see body-merge). */
  setBody(body: ComposeBody): Promise<void>;
  getSubject(): Promise<string>;
  setSubject(subject: string): Promise<void>;
  getTo(): Promise<Recipient[]>;
  /** Rewrites the whole To line (Outlook re-validates every recipient on it). */
  setTo(recipients: Recipient[]): Promise<void>;
  /** Adds recipients to the To line and leaves the ones there untouched. */
  addTo(recipients: Recipient[]): Promise<void>;
  loadSettings(): StoredSettings;
  saveSettings(settings: StoredSettings): Promise<void>;
}
