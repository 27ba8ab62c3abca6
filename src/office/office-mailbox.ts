// The office.js implementation of ComposeMailbox: the only code that calls Office.context.*.
// Requirement sets are checked once; each missing one has a stated fallback.
import type { ComposeBody, MailAddress } from '../compliance/types';
import type { ComposeMailbox, MailboxContext, Recipient, StoredSettings, ThemeKind } from './mailbox';
import { DEFAULT_TIMEOUT_MS, officeCall, type Invoke } from './office-call';
import { OfficeCallError } from './office-error';

/** The roaming-settings key everything is stored under, versioned so a later shape can migrate. */
export const SETTINGS_KEY = 'pcc.v1';
/** Outlook's limit for one add-in's roaming settings. */
export const ROAMING_LIMIT = 32 * 1024;

type OfficeNs = typeof Office;

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
    const profile = mailbox.userProfile;
    this.context = {
      kind: 'outlook',
      user: { address: profile?.emailAddress ?? '', displayName: profile?.displayName ?? '' },
      timeZone: profile?.timeZone ?? '',
      theme: themeOf(office.context.officeTheme),
      clientName: mailbox.diagnostics?.hostName ?? 'Outlook',
    };
  }

  private get item(): Partial<Office.MessageCompose> {
    return (this.office.context.mailbox.item ?? {}) as Partial<Office.MessageCompose>;
  }

  /**
   * Calls `target[method](...args, callback)` through the sequential, failure-proof wrapper. A
   * missing target or method (an older client without that requirement set) is a NotSupported
   * failure rather than a TypeError.
   */
  private invoke<T>(action: string, target: unknown, method: string, ...args: unknown[]): Promise<T> {
    const fn = target ? (target as Record<string, unknown>)[method] : undefined;
    const invoke: Invoke<T> | undefined =
      typeof fn === 'function'
        ? (cb) => (fn as (...a: unknown[]) => void).apply(target, [...args, cb])
        : undefined;
    return officeCall(action, invoke, this.timeoutMs);
  }

  private supports(version: string): boolean {
    try {
      return this.office.context.requirements.isSetSupported('Mailbox', version);
    } catch {
      return false;
    }
  }

  /** The compose From (Mailbox 1.7: shared and delegate mailboxes); before 1.7, the signed-in user. */
  async getSender(): Promise<MailAddress> {
    const from = this.item.from;
    if (!this.supports('1.7') || typeof from?.getAsync !== 'function') return this.context.user;
    const value = await this.invoke<Office.EmailAddressDetails>('read the From address', from, 'getAsync');
    return { address: value?.emailAddress ?? '', displayName: value?.displayName ?? '' };
  }

  /** Reads the format once (it does not change while composing) and the body in that format. */
  async getBody(options: { recheckFormat?: boolean } = {}): Promise<ComposeBody> {
    const body = this.item.body;
    if (!this.bodyType || options.recheckFormat) {
      const type = await this.invoke<Office.CoercionType>('read the message format', body, 'getTypeAsync');
      this.bodyType = String(type).toLowerCase() === 'html' ? 'html' : 'text';
    }
    const type = this.bodyType;
    const content = await this.invoke<string>(
      'read the message body',
      body,
      'getAsync',
      coercion(this.office, type),
    );
    return { type, content: content ?? '' };
  }

  async setBody(next: ComposeBody): Promise<void> {
    await this.invoke<void>('change the message body', this.item.body, 'setAsync', next.content, {
      coercionType: coercion(this.office, next.type),
    });
    this.bodyType = next.type;
  }

  async getSubject(): Promise<string> {
    return (await this.invoke<string>('read the subject', this.item.subject, 'getAsync')) ?? '';
  }

  async setSubject(value: string): Promise<void> {
    await this.invoke<void>('change the subject', this.item.subject, 'setAsync', value);
  }

  async getTo(): Promise<Recipient[]> {
    const value = await this.invoke<Office.EmailAddressDetails[]>(
      'read the To recipients',
      this.item.to,
      'getAsync',
    );
    return (value ?? []).map((r) => ({ address: r.emailAddress ?? '', displayName: r.displayName ?? '' }));
  }

  async setTo(recipients: Recipient[]): Promise<void> {
    await this.writeRecipients('change the To recipients', 'setAsync', recipients);
  }

  /**
   * recipients.addAsync (Mailbox 1.1): only the new recipients travel to Outlook, so the ones the
   * user has are neither re-sent nor re-validated. Without it, the whole line is rewritten.
   */
  async addTo(recipients: Recipient[]): Promise<void> {
    if (!this.supports('1.1') || typeof this.item.to?.addAsync !== 'function') {
      await this.setTo([...(await this.getTo()), ...recipients]);
      return;
    }
    await this.writeRecipients('add to the To recipients', 'addAsync', recipients);
  }

  private async writeRecipients(action: string, method: 'setAsync' | 'addAsync', recipients: Recipient[]) {
    const details = recipients.map((r) => ({
      emailAddress: r.address,
      displayName: r.displayName || r.address,
    }));
    try {
      await this.invoke<void>(action, this.item.to, method, details);
    } catch (error) {
      throw await explained(error, recipients);
    }
  }

  loadSettings(): StoredSettings {
    try {
      const raw: unknown = this.office.context.roamingSettings?.get(SETTINGS_KEY);
      return raw && typeof raw === 'object' ? (raw as StoredSettings) : {};
    } catch {
      return {};
    }
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    const roaming = this.office.context.roamingSettings;
    if (!roaming) throw new OfficeCallError('save your choices', 'NotSupported', 'unsupported');
    if (JSON.stringify(settings).length > ROAMING_LIMIT - 512) {
      throw new OfficeCallError('save your choices', 'SettingsSizeExceeded', 'callback');
    }
    try {
      roaming.set(SETTINGS_KEY, settings);
    } catch (error) {
      throw new OfficeCallError('save your choices', 'Exception', 'throw', String(error));
    }
    await this.invoke<void>('save your choices', roaming, 'saveAsync');
  }
}

/** office.js's refusal of a recipient, with which one and the fix (see recipient-error.ts). */
async function explained(error: unknown, recipients: Recipient[]): Promise<unknown> {
  if (!(error instanceof OfficeCallError) || error.kind !== 'throw') return error;
  try {
    const { explainRecipientError } = await import(
      /* webpackChunkName: "recipient-error" */ './recipient-error'
    );
    return explainRecipientError(error, recipients, 'To');
  } catch {
    return error; // the explanation could not be loaded: the plain error still says what failed
  }
}

function coercion(office: OfficeNs, type: ComposeBody['type']): Office.CoercionType {
  return type === 'html' ? office.CoercionType.Html : office.CoercionType.Text;
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
