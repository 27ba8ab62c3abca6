// Reads of the item being composed, shared by the pane's OfficeMailbox and the send-time adapter
// (send-item.ts). Plain functions rather than a class so that the send-time bundle takes only the
// reads it uses (it has its own byte budget) while both runtimes share one way to call Office.
import type { ComposeBody, MailAddress } from '../compliance/types';
import type { Recipient, StoredSettings } from './mailbox';
import { officeCall, type Invoke } from './office-call';
import type { OfficeAction } from './office-error';

/** The roaming-settings key everything is stored under, versioned so a later shape can migrate. */
export const SETTINGS_KEY = 'pcc.v1';

export type OfficeNs = typeof Office;
/** Outlook's display language (Office.context.displayLanguage), '' when the client gives none. */
export function displayLanguageOf(office: OfficeNs): string {
  const tag: unknown = office.context?.displayLanguage;
  return typeof tag === 'string' ? tag : '';
}

/** The part of the message (or the settings) a call touches: calls in one lane never overlap. */
export type Lane = 'from' | 'body' | 'subject' | 'to' | 'cc' | 'settings';
export type ComposeItem = Partial<Office.MessageCompose>;

export function composeItem(office: OfficeNs): ComposeItem {
  return (office.context.mailbox.item ?? {}) as ComposeItem;
}

/** The signed-in user (userProfile); empty strings when Outlook does not say. */
export function signedInUser(office: OfficeNs): MailAddress {
  const profile = office.context.mailbox.userProfile;
  return { address: profile?.emailAddress ?? '', displayName: profile?.displayName ?? '' };
}

/**
 * Calls `target[method](...args, callback)` through the failure-proof wrapper (officeCall), in the
 * lane of the message part it touches. A missing target or method (an older client without that
 * requirement set) is a NotSupported failure rather than a TypeError.
 */
export function callOn<T>(
  action: OfficeAction,
  target: unknown,
  method: string,
  call: { timeoutMs: number; lane: Lane },
  ...args: unknown[]
): Promise<T> {
  const fn = target ? (target as Record<string, unknown>)[method] : undefined;
  const invoke: Invoke<T> | undefined =
    typeof fn === 'function'
      ? (cb) => (fn as (...a: unknown[]) => void).apply(target, [...args, cb])
      : undefined;
  return officeCall(action, invoke, call.timeoutMs, call.lane);
}

/** Whether the Mailbox requirement set `version` is there; false when Outlook cannot say. */
export function supportsMailbox(office: OfficeNs, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported('Mailbox', version) === true;
  } catch {
    return false;
  }
}

/** The compose From (Mailbox 1.7: shared and delegate mailboxes); null before 1.7. */
export async function readFrom(office: OfficeNs, timeoutMs: number): Promise<MailAddress | null> {
  const from = composeItem(office).from;
  if (!supportsMailbox(office, '1.7') || typeof from?.getAsync !== 'function') return null;
  const value = await callOn<Office.EmailAddressDetails>('read-sender', from, 'getAsync', {
    timeoutMs,
    lane: 'from',
  });
  return { address: value?.emailAddress ?? '', displayName: value?.displayName ?? '' };
}

/** The body's format: 'html' or 'text'. */
export async function readBodyType(office: OfficeNs, timeoutMs: number): Promise<ComposeBody['type']> {
  const type = await callOn<Office.CoercionType>(
    'read-body-type',
    composeItem(office).body,
    'getTypeAsync',
    { timeoutMs, lane: 'body' },
  );
  return String(type).toLowerCase() === 'html' ? 'html' : 'text';
}

export async function readBody(
  office: OfficeNs,
  type: ComposeBody['type'],
  timeoutMs: number,
): Promise<ComposeBody> {
  const body = composeItem(office).body;
  const content = await callOn<string>(
    'read-body',
    body,
    'getAsync',
    { timeoutMs, lane: 'body' },
    coercion(office, type),
  );
  return { type, content: String(content ?? '') };
}

export async function readSubject(office: OfficeNs, timeoutMs: number): Promise<string> {
  return String(
    (await callOn<string>('read-subject', composeItem(office).subject, 'getAsync', {
      timeoutMs,
      lane: 'subject',
    })) ?? '',
  );
}

/** The To or Cc recipients. */
export async function readRecipients(
  office: OfficeNs,
  field: 'to' | 'cc',
  timeoutMs: number,
): Promise<Recipient[]> {
  const value = await callOn<Office.EmailAddressDetails[]>(
    field === 'to' ? 'read-to' : 'read-cc',
    composeItem(office)[field],
    'getAsync',
    { timeoutMs, lane: field },
  );
  return (Array.isArray(value) ? value : []).map((r) => ({
    address: String(r?.emailAddress ?? ''),
    displayName: String(r?.displayName ?? ''),
  }));
}

/** The pane's roaming settings ({} when there are none or they cannot be read). */
export function readSettings(office: OfficeNs): StoredSettings {
  try {
    const raw: unknown = office.context.roamingSettings?.get(SETTINGS_KEY);
    return raw && typeof raw === 'object' ? (raw as StoredSettings) : {};
  } catch {
    return {};
  }
}

export function coercion(office: OfficeNs, type: ComposeBody['type']): Office.CoercionType {
  return ((type === 'html' ? office.CoercionType?.Html : office.CoercionType?.Text) ??
    type) as Office.CoercionType;
}
