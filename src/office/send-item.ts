// The message being sent, as the send-time handler sees it (Outlook's event runtime). A small
// adapter beside OfficeMailbox: the same calls, error mapping and settings key, without the
// pane's writes (the send-time bundle has its own byte budget).
import type { ComposeBody, MailAddress } from '../compliance/types';
import type { StoredSettings } from './mailbox';
import {
  displayLanguageOf,
  readBody,
  readBodyType,
  readFrom,
  readRecipients,
  readSettings,
  readSubject,
  signedInUser,
  supportsMailbox,
  type OfficeNs,
} from './office-item';

export interface SendItem {
  /** The signed-in user (userProfile). */
  readonly user: MailAddress;
  /** Outlook's display language ('' when unknown): the dialog speaks it. */
  readonly displayLanguage: string;
  /** Whether the Mailbox requirement set is there (1.14: dialog buttons, 1.15: Markdown). */
  supports(version: string): boolean;
  /** The To then the Cc addresses (two calls, one at a time). */
  recipients(): Promise<string[]>;
  /** The From (Mailbox 1.7), else the signed-in user; rejects when no address is known at all. */
  sender(): Promise<MailAddress>;
  subject(): Promise<string>;
  /** The body in its own format (HTML or text). */
  body(): Promise<ComposeBody>;
  /** The pane's roaming settings ({} when none or unreadable). */
  settings(): StoredSettings;
  /** The value of SendModeOverride.PromptUser ("Send Anyway" in the dialog). */
  readonly promptUser: Office.MailboxEnums.SendModeOverride;
}

export function sendItem(office: OfficeNs, timeoutMs: number): SendItem {
  const user = signedInUser(office);
  return {
    user,
    displayLanguage: displayLanguageOf(office),
    supports: (version) => supportsMailbox(office, version),
    async recipients() {
      const to = await readRecipients(office, 'to', timeoutMs);
      const cc = await readRecipients(office, 'cc', timeoutMs);
      return [...to, ...cc].map((r) => r.address);
    },
    async sender() {
      const from = await readFrom(office, timeoutMs);
      const sender = from?.address ? from : user;
      // No address at all is a failed read, not a message from nobody: it must not block the send.
      if (sender.address.trim() === '') throw new Error('Outlook gave no sender address');
      return sender;
    },
    subject: () => readSubject(office, timeoutMs),
    body: async () => readBody(office, await readBodyType(office, timeoutMs), timeoutMs),
    settings: () => readSettings(office),
    promptUser:
      office.MailboxEnums?.SendModeOverride?.PromptUser ??
      ('promptUser' as Office.MailboxEnums.SendModeOverride),
  };
}
