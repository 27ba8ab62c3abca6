// Preview mode: a simulated message being composed, for a browser tab without Outlook.
// It keeps a real body, subject and recipients that the pane reads and writes, and keeps the
// user's choices in localStorage, so the whole flow can be tried and demonstrated.
import { browserLanguage } from './browser-language';
import type { ComposeBody, MailAddress } from '../compliance/types';
import type { ComposeMailbox, MailboxContext, Recipient, StoredSettings } from './mailbox';

export const PREVIEW_SETTINGS_KEY = 'pcc.preview.v1';

export interface PreviewMessage {
  sender: MailAddress;
  body: ComposeBody;
  subject: string;
  to: Recipient[];
}

export const PREVIEW_SENDER: MailAddress = { address: 'jane.doe@mycompany.com', displayName: 'Jane Doe' };

/** A new message with an Outlook on the web style signature, as a first-time user would have. */
export function samplePreviewMessage(): PreviewMessage {
  return {
    sender: PREVIEW_SENDER,
    body: {
      type: 'html',
      content:
        '<div><br></div>' +
        '<div id="Signature"><div>Jane Doe</div><div>IT Manager</div>' +
        '<div>jane.doe@mycompany.com</div><div>+44 20 7946 0000</div></div>',
    },
    subject: '',
    to: [],
  };
}

/** Minimal storage interface so tests can pass a map and the browser passes localStorage. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export class PreviewMailbox implements ComposeMailbox {
  readonly context: MailboxContext;
  private current: PreviewMessage;
  private readonly listeners = new Set<() => void>();

  constructor(
    message: PreviewMessage = samplePreviewMessage(),
    private readonly store: KeyValueStore | null = safeLocalStorage(),
    timeZone = browserTimeZone(),
  ) {
    this.current = structuredCloneSafe(message);
    this.context = {
      kind: 'preview',
      user: this.message.sender,
      timeZone,
      theme: prefersDark() ? 'dark' : 'light',
      displayLanguage: browserLanguage(),
      clientName: 'Preview',
    };
  }

  /**
   * The simulated message; the pane shows it so the user can see what an insert did. A new object
   * after every write (never changed in place), so it can be a React external store's snapshot.
   */
  get message(): PreviewMessage {
    return this.current;
  }

  /** Calls `listener` after every write; returns the unsubscribe function (bound, for useSyncExternalStore). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private write(change: Partial<PreviewMessage>): void {
    this.current = { ...this.current, ...change };
    this.listeners.forEach((l) => l());
  }

  async getSender(): Promise<MailAddress> {
    return { ...this.message.sender };
  }
  async getBody(): Promise<ComposeBody> {
    return { ...this.message.body };
  }
  async setBody(body: ComposeBody): Promise<void> {
    this.write({ body: { ...body } });
  }
  async getSubject(): Promise<string> {
    return this.message.subject;
  }
  async setSubject(subject: string): Promise<void> {
    this.write({ subject });
  }
  async getTo(): Promise<Recipient[]> {
    return this.message.to.map((r) => ({ ...r }));
  }
  async setTo(recipients: Recipient[]): Promise<void> {
    this.write({ to: recipients.map((r) => ({ ...r })) });
  }
  async addTo(recipients: Recipient[]): Promise<void> {
    this.write({ to: [...this.message.to, ...recipients.map((r) => ({ ...r }))] });
  }

  loadSettings(): StoredSettings {
    try {
      const raw = this.store?.getItem(PREVIEW_SETTINGS_KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' ? (parsed as StoredSettings) : {};
    } catch {
      return {};
    }
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    this.store?.setItem(PREVIEW_SETTINGS_KEY, JSON.stringify(settings));
  }
}

function safeLocalStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (e.g. third-party frame): preview still works, without memory
  }
}

function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

function structuredCloneSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
