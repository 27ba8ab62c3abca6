// The office.js implementation of ComposeMailbox: the only code that calls Office.context.*.
// Requirement sets are checked once; each missing one has a stated fallback.
import type { ComposeBody, MailAddress } from '../compliance/types';
import type { ComposeMailbox, MailboxContext, Recipient, StoredSettings, ThemeKind } from './mailbox';
import { DEFAULT_TIMEOUT_MS } from './office-call';
import { OfficeCallError, type OfficeAction } from './office-error';
import {
  callOn,
  displayLanguageOf,
  coercion,
  composeItem,
  readBody,
  readBodyType,
  readFrom,
  readRecipients,
  readSettings,
  readSubject,
  SETTINGS_KEY,
  signedInUser,
  supportsMailbox,
  type Lane,
  type OfficeNs,
} from './office-item';

export { SETTINGS_KEY };
/** Outlook's limit for one add-in's roaming settings. */
export const ROAMING_LIMIT = 32 * 1024;

export class OfficeMailbox implements ComposeMailbox {
  readonly context: MailboxContext;
  private bodyType: ComposeBody['type'] | null = null;

  private readonly timeoutMs: number;

  constructor(
    private readonly office: OfficeNs,
    options: { timeoutMs?: number } = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const mailbox = office.context.mailbox;
    this.context = {
      kind: 'outlook',
      user: signedInUser(office),
      timeZone: mailbox.userProfile?.timeZone ?? '',
      theme: themeOf(office.context.officeTheme),
      displayLanguage: displayLanguageOf(office),
      clientName: mailbox.diagnostics?.hostName ?? 'Outlook',
    };
  }

  private invoke<T>(
    action: OfficeAction,
    lane: Lane,
    target: unknown,
    method: string,
    ...args: unknown[]
  ): Promise<T> {
    return callOn<T>(action, target, method, { timeoutMs: this.timeoutMs, lane }, ...args);
  }

  /** The compose From (Mailbox 1.7: shared and delegate mailboxes); before 1.7, the signed-in user. */
  async getSender(): Promise<MailAddress> {
    return (await readFrom(this.office, this.timeoutMs)) ?? this.context.user;
  }

  /** Reads the format once (it does not change while composing) and the body in that format. */
  async getBody(options: { recheckFormat?: boolean } = {}): Promise<ComposeBody> {
    if (!this.bodyType || options.recheckFormat)
      this.bodyType = await readBodyType(this.office, this.timeoutMs);
    return readBody(this.office, this.bodyType, this.timeoutMs);
  }

  async setBody(next: ComposeBody): Promise<void> {
    await this.invoke<void>(
      'write-body',
      'body',
      composeItem(this.office).body,
      'setAsync',
      next.content,
      {
        coercionType: coercion(this.office, next.type),
      },
    );
    this.bodyType = next.type;
  }

  async getSubject(): Promise<string> {
    return readSubject(this.office, this.timeoutMs);
  }

  async setSubject(value: string): Promise<void> {
    await this.invoke<void>(
      'write-subject',
      'subject',
      composeItem(this.office).subject,
      'setAsync',
      value,
    );
  }

  getTo(): Promise<Recipient[]> {
    return readRecipients(this.office, 'to', this.timeoutMs);
  }

  async setTo(recipients: Recipient[]): Promise<void> {
    await this.writeRecipients('write-to', 'setAsync', recipients);
  }

  /**
   * recipients.addAsync (Mailbox 1.1): only the new recipients travel to Outlook, so the ones the
   * user has are neither re-sent nor re-validated. Without it, the whole line is rewritten.
   */
  async addTo(recipients: Recipient[]): Promise<void> {
    if (!supportsMailbox(this.office, '1.1') || typeof composeItem(this.office).to?.addAsync !== 'function') {
      await this.setTo([...(await this.getTo()), ...recipients]);
      return;
    }
    await this.writeRecipients('add-to', 'addAsync', recipients);
  }

  private async writeRecipients(
    action: OfficeAction,
    method: 'setAsync' | 'addAsync',
    recipients: Recipient[],
  ) {
    const details = recipients.map((r) => ({
      emailAddress: r.address,
      displayName: r.displayName || r.address,
    }));
    try {
      await this.invoke<void>(action, 'to', composeItem(this.office).to, method, details);
    } catch (error) {
      throw await explained(error, recipients);
    }
  }

  loadSettings(): StoredSettings {
    return readSettings(this.office);
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    const roaming = this.office.context.roamingSettings;
    if (!roaming) throw new OfficeCallError('save', 'NotSupported', 'unsupported');
    if (JSON.stringify(settings).length > ROAMING_LIMIT - 512) {
      throw new OfficeCallError('save', 'SettingsSizeExceeded', 'callback');
    }
    try {
      roaming.set(SETTINGS_KEY, settings);
    } catch (error) {
      throw new OfficeCallError('save', 'Exception', 'throw', String(error));
    }
    await this.invoke<void>('save', 'settings', roaming, 'saveAsync');
  }
}

/** office.js's refusal of a recipient, with which one and the fix (see recipient-error.ts). */
async function explained(error: unknown, recipients: Recipient[]): Promise<unknown> {
  if (!(error instanceof OfficeCallError) || error.kind !== 'throw') return error;
  try {
    const { explainRecipientError } = await import(
      /* webpackChunkName: "recipient-error" */ './recipient-error'
    );
    return explainRecipientError(error, recipients, 'to');
  } catch {
    return error; // the explanation could not be loaded: the plain error still says what failed
  }
}

/** Dark when Outlook says so, or when its body background is dark. */
export function themeOf(
  theme: (Partial<Office.OfficeTheme> & { isDarkTheme?: boolean }) | undefined,
): ThemeKind {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const luminance = (0.2126 * (r ?? 255) + 0.7152 * (g ?? 255) + 0.0722 * (b ?? 255)) / 255;
  return luminance < 0.5 ? 'dark' : 'light';
}
