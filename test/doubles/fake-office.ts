// A scripted fake of the office.js surface the add-in uses, for tests only (never bundled into the
// pane). One module serves two places:
//   - jest (node): `installFakeOffice(scenario)` (or `createFakeOffice`) gives an object shaped like
//     the global `Office`; the test reads `fake.calls` and `fake.state` afterwards;
//   - the browser: test/fake-outlook bundles it into an IIFE that the e2e harness serves in place of
//     https://appsforoffice.microsoft.com/lib/1/hosted/office.js; it becomes `window.Office`, and
//     `window.__fakeOutlook` is the same object (see test/fake-outlook/browser-entry.ts).
//
// Names and semantics follow @types/office-js: callback style `(asyncResult) => void`, results
// `{ status: 'succeeded' | 'failed', value, error: { name, message, code }, asyncContext }`, calls
// complete asynchronously (setTimeout), arguments over a size limit throw synchronously, and
// methods of a requirement set the scenario does not support are absent.
//
// Everything a scenario holds is plain JSON, so the browser test can pass it with addInitScript.

export type BodyType = 'html' | 'text';
export type ThemeName = 'light' | 'dark';

/** A recipient as add-ins pass it to setAsync/addAsync. */
export type RecipientInput = string | { emailAddress: string; displayName?: string; recipientType?: string };

/** Office.EmailAddressDetails, as getAsync returns it. */
export interface FakeEmailAddressDetails {
  emailAddress: string;
  displayName: string;
  recipientType: string;
}

/**
 * What goes wrong with one API (keys like 'body.setAsync', 'from.getAsync', 'roamingSettings.saveAsync',
 * 'onReady', or a property like 'item.from' / 'context.roamingSettings' for `missing`).
 * - error:   the callback reports `status: 'failed'` with this error name (a real Office name such as
 *            GenericResponseError, DataExceedsMaximumSize, InvalidSelection); `applied: true` makes the
 *            change happen anyway (a write that succeeded but reported failure);
 * - throw:   the call throws synchronously (as office.js does for bad or oversized arguments);
 * - hang:    the callback is never called (and a hung onReady never resolves);
 * - missing: the method or property is absent (requirement set not supported).
 * `times: n` faults only the first n calls; later calls behave normally.
 */
export type FakeFault =
  | { kind: 'error'; name: string; message?: string; code?: number; applied?: boolean; times?: number }
  | { kind: 'throw'; message?: string; name?: string; times?: number }
  | { kind: 'hang'; times?: number }
  | { kind: 'missing' };

export interface FakeScenario {
  /** 'Outlook' (default), or null for office.js loaded in an ordinary browser tab. */
  host?: 'Outlook' | null;
  /** Office.PlatformType value; default 'OfficeOnline'. */
  platform?: string;
  /** Requirement set name -> highest supported version; default { Mailbox: '1.15' }. */
  requirementSets?: Record<string, string>;
  /** userProfile; defaults: jane.doe@mycompany.com, "Jane Doe", 'W. Europe Standard Time'. */
  user?: { emailAddress?: string; displayName?: string; timeZone?: string; accountType?: string };
  /** The compose From (Mailbox 1.7); defaults to the user. */
  from?: { emailAddress: string; displayName?: string };
  /** Default: an HTML body holding an Outlook on the web signature (DEFAULT_BODY_HTML). */
  body?: { type: BodyType; content: string };
  subject?: string;
  to?: RecipientInput[];
  cc?: RecipientInput[];
  /** Settings saved by an earlier session (what roamingSettings starts with). */
  roaming?: Record<string, unknown>;
  /** 'light' (default), 'dark', or null when the client gives no officeTheme. */
  theme?: ThemeName | null;
  displayLanguage?: string;
  diagnostics?: { hostName?: string; hostVersion?: string; OWAView?: string };
  /** Where setSelectedDataAsync inserts (offsets into body.content); default: the start of the body. */
  selection?: { start: number; end: number } | null;
  /** Delay before each callback, in ms: one number for all, or per API name (missing names use '*' or 0). */
  latencyMs?: number | Record<string, number>;
  /** Fault injection per API name, see FakeFault. */
  faults?: Record<string, FakeFault>;
}

export interface FakeCall {
  api: string;
  /** The arguments without the callback, JSON-safe (functions become null). */
  args: unknown[];
}

export interface FakeState {
  body: { type: BodyType; content: string };
  subject: string;
  to: FakeEmailAddressDetails[];
  cc: FakeEmailAddressDetails[];
  from: FakeEmailAddressDetails;
  /** Persisted roaming settings: what the last successful saveAsync stored (or scenario.roaming). */
  roaming: Record<string, unknown>;
  /** The in-memory copy set/remove change; saveAsync persists it into `roaming`. */
  roamingUnsaved: Record<string, unknown>;
  /** Cursor/selection in body.content for setSelectedDataAsync; null = start of the body. */
  selection: { start: number; end: number } | null;
  /** Notification messages on the item, by key. */
  notifications: Record<string, unknown>;
  /** Async calls started and not yet answered (hung calls stay counted). */
  inFlight: number;
  /** The most async calls ever in flight at once (Outlook on the web allows only a few). */
  maxInFlight: number;
}

export interface FakeSpan {
  api: string;
  start: number;
  end: number | null;
}

export interface FakeAsyncResult {
  status: 'succeeded' | 'failed';
  value: unknown;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}

export interface FakeSendEvent {
  type: string;
  source?: unknown;
  completed(options?: Record<string, unknown>): void;
}

/** What the fake adds to the Office-shaped object, for tests. */
export interface FakeOfficeControl {
  readonly scenario: FakeScenario;
  readonly calls: FakeCall[];
  /**
   * Every async call's span: when it was made and when its callback ran (performance.now(), ms), or
   * null while unanswered. The benchmark reads round trips from it (calls that overlap count once).
   */
  readonly timeline: FakeSpan[];
  readonly state: FakeState;
  readonly faults: Record<string, FakeFault>;
  /** Handlers registered with Office.actions.associate, by name. */
  readonly actionHandlers: Record<string, (event: FakeSendEvent) => unknown>;
  /** Options passed to event.completed(), in order. */
  readonly completions: { type: string; options: Record<string, unknown> | undefined }[];
  /** Calls made to a given API (or all calls when omitted), e.g. `apiCalls('body.setAsync')`. */
  apiCalls(api?: string): FakeCall[];
  /** Sets (or, with null, clears) the fault of an API; `missing` takes effect at once. */
  setFault(api: string, fault: FakeFault | null): void;
  /** An event such as Outlook passes to an OnMessageSend handler, and a promise of what it completed with. */
  createSendEvent(type?: string): {
    event: FakeSendEvent;
    completion: Promise<Record<string, unknown> | undefined>;
  };
  /** Runs the handler associated under `name` with a new event; resolves with its completed() options. */
  runAction(name: string, type?: string): Promise<Record<string, unknown> | undefined>;
  /** Calls the handlers registered with addHandlerAsync for an event type (e.g. 'olkRecipientsChanged'). */
  emit(eventType: string, args?: Record<string, unknown>): void;
}

/** The Office-shaped object plus the test controls; cast with `asOffice()` where `typeof Office` is wanted. */
export type FakeOffice = FakeOfficeControl & Record<string, unknown>;

export const DEFAULT_USER = {
  emailAddress: 'jane.doe@mycompany.com',
  displayName: 'Jane Doe',
  timeZone: 'W. Europe Standard Time',
};
export const DEFAULT_SIGNATURE_HTML =
  '<div id="Signature"><p>Jane Doe<br>IT Manager<br>jane.doe@mycompany.com<br>+1 555 0100</p></div>';
/** A new message in Outlook on the web: an empty line, then the auto-signature. */
export const DEFAULT_BODY_HTML = `<div><br></div>${DEFAULT_SIGNATURE_HTML}`;
export const DEFAULT_REQUIREMENT_SETS: Record<string, string> = { Mailbox: '1.15' };
/** Outlook's limit for one add-in's roaming settings (serialized JSON characters). */
export const ROAMING_SETTINGS_LIMIT = 32 * 1024;
export const MAX_BODY_CHARS = 1_000_000;
export const MAX_SUBJECT_CHARS = 255;
export const MAX_RECIPIENTS_PER_CALL = 100;

const ERROR_CODES: Record<string, number> = {
  InvalidAttachmentId: 9003,
  HtmlSanitizationFailure: 9011,
  NumberOfRecipientsExceeded: 9012,
  NoValidRecipientsProvided: 9013,
  CursorPositionChanged: 9014,
  InvalidSelection: 9016,
  AccessRestricted: 9017,
  GenericSettingsError: 9019,
  GenericResponseError: 9020,
  SaveError: 9021,
  InvalidParameterValueError: 9031,
  InsufficientItemPermissionsError: 9038,
  NetworkError: 9041,
  InternalServerError: 9042,
  ItemNotFound: 9049,
  DataExceedsMaximumSize: 1000,
};

const ERROR_MESSAGES: Record<string, string> = {
  GenericResponseError: 'An internal error has occurred.',
  InvalidSelection: 'The selection is invalid.',
  CursorPositionChanged: 'The user changed the position of the cursor while the data was being inserted.',
  DataExceedsMaximumSize: 'The data exceeds the maximum size.',
  NumberOfRecipientsExceeded: 'The total number of recipients in the field cannot exceed 100.',
  NoValidRecipientsProvided: 'No valid recipients were provided.',
  HtmlSanitizationFailure: 'The HTML sanitization has failed.',
  NetworkError: 'The request failed because of a network error.',
};

const THEMES: Record<ThemeName, Record<string, unknown>> = {
  light: {
    bodyBackgroundColor: '#ffffff',
    bodyForegroundColor: '#242424',
    controlBackgroundColor: '#ffffff',
    controlForegroundColor: '#242424',
    isDarkTheme: false,
    themeId: 'Colorful',
  },
  dark: {
    bodyBackgroundColor: '#292929',
    bodyForegroundColor: '#ffffff',
    controlBackgroundColor: '#1f1f1f',
    controlForegroundColor: '#ffffff',
    isDarkTheme: true,
    themeId: 'Black',
  },
};

const HOST_NAMES: Record<string, string> = {
  OfficeOnline: 'OutlookWebApp',
  PC: 'Outlook',
  Mac: 'OutlookMac',
  iOS: 'OutlookIOS',
  Android: 'OutlookAndroid',
};

/** Compares dotted versions numerically: '1.15' > '1.7'. */
export function compareVersions(a: string, b: string): number {
  const pa = String(a)
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0);
  const pb = String(b)
    .split('.')
    .map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X'
          ? Number.parseInt(ref.slice(2), 16)
          : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** A plain rendering of an HTML body, as getAsync('text') gives it (kept simple). */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|table|ul|ol)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\s+$/g, '');
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text as HTML (for text data written into an HTML body, or an HTML read of a text body). */
export function textToHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => `<div>${line ? escapeHtml(line) : '<br>'}</div>`)
    .join('');
}

function jsonSafe(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(
      JSON.stringify(value, (_k, v: unknown) => (typeof v === 'function' ? null : v)) ?? 'null',
    );
  } catch {
    return String(value);
  }
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

class FakeCallbackError extends Error {
  constructor(
    name: string,
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = name;
  }
}

/** What office.js throws (MicrosoftAjax style) when an argument is over a limit. */
function argumentOutOfRange(param: string): Error {
  const error = new Error(
    `Sys.ArgumentOutOfRangeException: Specified argument was out of the range of valid values.\nParameter name: ${param}`,
  );
  error.name = 'Sys.ArgumentOutOfRangeException';
  return error;
}

function argumentError(param: string, message: string): Error {
  const error = new Error(`Sys.ArgumentException: ${message}\nParameter name: ${param}`);
  error.name = 'Sys.ArgumentException';
  return error;
}

const MAILBOX_GATES: Record<string, string> = {
  'item.from': '1.7',
  'body.getAsync': '1.3',
  'body.setAsync': '1.3',
  'body.setSelectedDataAsync': '1.2',
  'body.getTypeAsync': '1.1',
  'body.prependAsync': '1.1',
  'item.notificationMessages': '1.3',
  'item.addHandlerAsync': '1.5',
  'mailbox.addHandlerAsync': '1.5',
  'Office.actions': '1.10',
};

type AnyFn = (...args: unknown[]) => unknown;

/** Builds a fake Office namespace for a scenario. Assign it to `globalThis.Office` (see installFakeOffice). */
export function createFakeOffice(scenario: FakeScenario = {}): FakeOffice {
  const host = scenario.host === undefined ? 'Outlook' : scenario.host;
  const platform = scenario.platform ?? 'OfficeOnline';
  const sets: Record<string, string> = {};
  for (const [name, version] of Object.entries(scenario.requirementSets ?? DEFAULT_REQUIREMENT_SETS)) {
    sets[name.toLowerCase()] = version;
  }
  const user = { ...DEFAULT_USER, accountType: 'enterprise', ...scenario.user };
  const faults: Record<string, FakeFault> = { ...scenario.faults };
  const faultHits: Record<string, number> = {};
  const calls: FakeCall[] = [];
  const timeline: FakeSpan[] = [];
  const completions: FakeOfficeControl['completions'] = [];
  const actionHandlers: FakeOfficeControl['actionHandlers'] = {};
  const handlers: Record<string, AnyFn[]> = {};

  const userDomain = (user.emailAddress.split('@')[1] ?? '').toLowerCase();
  const details = (r: RecipientInput): FakeEmailAddressDetails => {
    if (
      typeof r !== 'string' &&
      (r === null || typeof r !== 'object' || typeof r.emailAddress !== 'string')
    ) {
      throw argumentError('recipients', 'Value does not fall within the expected range.');
    }
    const emailAddress = typeof r === 'string' ? r : r.emailAddress;
    const displayName = typeof r === 'string' ? r : r.displayName || emailAddress;
    const domain = (emailAddress.split('@')[1] ?? '').toLowerCase();
    const recipientType =
      typeof r !== 'string' && r.recipientType
        ? r.recipientType
        : domain && domain === userDomain
          ? 'user'
          : 'externalUser';
    return { emailAddress, displayName, recipientType };
  };

  const state: FakeState = {
    body: clone(scenario.body) ?? { type: 'html', content: DEFAULT_BODY_HTML },
    subject: scenario.subject ?? '',
    to: (scenario.to ?? []).map(details),
    cc: (scenario.cc ?? []).map(details),
    from: {
      ...details(scenario.from ?? { emailAddress: user.emailAddress, displayName: user.displayName }),
      recipientType: 'user',
    },
    roaming: clone(scenario.roaming) ?? {},
    roamingUnsaved: clone(scenario.roaming) ?? {},
    selection: scenario.selection ?? null,
    notifications: {},
    inFlight: 0,
    maxInFlight: 0,
  };

  const supports = (name: string, version?: string): boolean => {
    if (host === null) return false;
    const have = sets[String(name).toLowerCase()];
    if (have === undefined) return false;
    return version === undefined || version === null || compareVersions(have, String(version)) >= 0;
  };

  const record = (api: string, args: unknown[]) => {
    calls.push({ api, args: args.map(jsonSafe) });
  };

  /** The fault that applies to this call of `api`, counting it against `times`. */
  const takeFault = (api: string): FakeFault | undefined => {
    const fault = faults[api];
    if (!fault || fault.kind === 'missing') return undefined;
    const hits = faultHits[api] ?? 0;
    if (fault.times !== undefined && hits >= fault.times) return undefined;
    faultHits[api] = hits + 1;
    return fault;
  };

  const thrown = (fault: { message?: string; name?: string }, api: string): Error => {
    const error = new Error(fault.message ?? `${api} threw (injected fault)`);
    if (fault.name) error.name = fault.name;
    return error;
  };

  const latency = (api: string): number => {
    const l = scenario.latencyMs;
    if (typeof l === 'number') return l;
    if (l && typeof l === 'object') return l[api] ?? l['*'] ?? 0;
    return 0;
  };

  /**
   * Wraps one async API. `prepare` runs synchronously (validates, may throw like office.js) and
   * returns the work that runs when the call completes; its return value is asyncResult.value, and a
   * FakeCallbackError it throws becomes a failed result.
   */
  const asyncApi =
    (api: string, prepare: (args: unknown[]) => () => unknown, leadingArgs = 0): AnyFn =>
    (...raw: unknown[]) => {
      const last = raw[raw.length - 1];
      const callback =
        raw.length > leadingArgs && typeof last === 'function'
          ? (raw.pop() as (r: FakeAsyncResult) => void)
          : undefined;
      const options = raw.find((a) => a !== null && typeof a === 'object' && !Array.isArray(a)) as
        { asyncContext?: unknown } | undefined;
      const asyncContext = options?.asyncContext;
      record(api, raw);
      const fault = takeFault(api);
      if (fault?.kind === 'throw') throw thrown(fault, api);
      const work = prepare(raw);
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      const span: FakeSpan = { api, start: performance.now(), end: null };
      timeline.push(span);
      if (fault?.kind === 'hang') return;
      setTimeout(() => {
        state.inFlight -= 1;
        span.end = performance.now();
        let result: FakeAsyncResult;
        try {
          if (fault?.kind === 'error') {
            if (fault.applied) work();
            throw new FakeCallbackError(
              fault.name,
              fault.message ?? ERROR_MESSAGES[fault.name] ?? `${fault.name} (injected fault)`,
              fault.code ?? ERROR_CODES[fault.name] ?? 9020,
            );
          }
          result = { status: 'succeeded', value: work(), asyncContext };
        } catch (e) {
          if (!(e instanceof FakeCallbackError)) throw e;
          result = {
            status: 'failed',
            value: undefined,
            error: { name: e.name, message: e.message, code: e.code },
            asyncContext,
          };
        }
        callback?.(result);
      }, latency(api));
    };

  /** Wraps a synchronous API (roamingSettings.get, isSetSupported…): records, and honours `throw` faults. */
  const syncApi =
    (api: string, fn: AnyFn): AnyFn =>
    (...args: unknown[]) => {
      record(api, args);
      const fault = takeFault(api);
      if (fault?.kind === 'throw' || fault?.kind === 'error') throw thrown(fault, api);
      return fn(...args);
    };

  const coercionOf = (args: unknown[], fallback: BodyType): BodyType => {
    const options = args.find((a) => a !== null && typeof a === 'object') as
      { coercionType?: unknown } | undefined;
    const c = String(options?.coercionType ?? fallback).toLowerCase();
    return c === 'html' ? 'html' : 'text';
  };

  const dataArg = (args: unknown[]): string => {
    const data = args[0];
    if (typeof data !== 'string')
      throw argumentError('data', 'Value does not fall within the expected range.');
    if (data.length > MAX_BODY_CHARS) throw argumentOutOfRange('data');
    return data;
  };

  /** Data in format `from`, converted for a body of type `to`. */
  const convert = (data: string, from: BodyType, to: BodyType): string =>
    from === to ? data : to === 'html' ? textToHtml(data) : htmlToText(data);

  /** Offset just inside <body …> (or 0). */
  const bodyStart = (content: string): number => {
    const m = /<body\b[^>]*>/i.exec(content);
    return m ? m.index + m[0].length : 0;
  };

  const body = {
    getTypeAsync: asyncApi('body.getTypeAsync', () => () => state.body.type),
    getAsync: asyncApi('body.getAsync', (args) => {
      const wanted = String(args[0] ?? '').toLowerCase();
      if (wanted !== 'html' && wanted !== 'text')
        throw argumentError('coercionType', 'Invalid coercion type.');
      return () => convert(state.body.content, state.body.type, wanted as BodyType);
    }),
    setAsync: asyncApi('body.setAsync', (args) => {
      const data = dataArg(args);
      const type = coercionOf(args, 'text');
      return () => {
        state.body = { type, content: data };
        state.selection = null;
      };
    }),
    prependAsync: asyncApi('body.prependAsync', (args) => {
      const data = dataArg(args);
      const type = coercionOf(args, 'text');
      return () => {
        const { content } = state.body;
        const at = bodyStart(content);
        const insert = convert(data, type, state.body.type);
        state.body = { type: state.body.type, content: content.slice(0, at) + insert + content.slice(at) };
      };
    }),
    setSelectedDataAsync: asyncApi('body.setSelectedDataAsync', (args) => {
      const data = dataArg(args);
      const type = coercionOf(args, 'text');
      return () => {
        const { content } = state.body;
        const sel = state.selection ?? { start: bodyStart(content), end: bodyStart(content) };
        const start = Math.max(0, Math.min(sel.start, content.length));
        const end = Math.max(start, Math.min(sel.end, content.length));
        const insert = convert(data, type, state.body.type);
        state.body = {
          type: state.body.type,
          content: content.slice(0, start) + insert + content.slice(end),
        };
        state.selection = { start: start + insert.length, end: start + insert.length };
      };
    }),
  };

  const subject = {
    getAsync: asyncApi('subject.getAsync', () => () => state.subject),
    setAsync: asyncApi('subject.setAsync', (args) => {
      const value = args[0];
      if (typeof value !== 'string')
        throw argumentError('subject', 'Value does not fall within the expected range.');
      if (value.length > MAX_SUBJECT_CHARS) throw argumentOutOfRange('subject');
      return () => {
        state.subject = value;
      };
    }),
  };

  const recipientsArg = (args: unknown[]): FakeEmailAddressDetails[] => {
    const list = args[0];
    if (!Array.isArray(list))
      throw argumentError('recipients', 'Value does not fall within the expected range.');
    if (list.length > MAX_RECIPIENTS_PER_CALL) throw argumentOutOfRange('recipients');
    return list.map((r) => {
      const d = details(r as RecipientInput);
      if (d.displayName.length > 255) throw argumentOutOfRange('displayName');
      return d;
    });
  };

  const recipients = (field: 'to' | 'cc') => ({
    getAsync: asyncApi(`${field}.getAsync`, () => () => clone(state[field])),
    setAsync: asyncApi(`${field}.setAsync`, (args) => {
      const list = recipientsArg(args);
      return () => {
        state[field] = list;
      };
    }),
    addAsync: asyncApi(`${field}.addAsync`, (args) => {
      const list = recipientsArg(args);
      return () => {
        state[field] = [...state[field], ...list];
      };
    }),
  });

  const notificationMessages = {
    addAsync: asyncApi('notificationMessages.addAsync', (args) => {
      const key = String(args[0]);
      const value = jsonSafe(args[1]);
      return () => {
        if (key in state.notifications)
          throw new FakeCallbackError(
            'DuplicateNotificationKey',
            'A notification with this key already exists.',
            9023,
          );
        state.notifications[key] = value;
      };
    }),
    replaceAsync: asyncApi('notificationMessages.replaceAsync', (args) => {
      const key = String(args[0]);
      const value = jsonSafe(args[1]);
      return () => {
        state.notifications[key] = value;
      };
    }),
    removeAsync: asyncApi('notificationMessages.removeAsync', (args) => {
      const key = String(args[0]);
      return () => {
        if (!(key in state.notifications))
          throw new FakeCallbackError('NotificationKeyNotFound', 'No notification with this key.', 9024);
        delete state.notifications[key];
      };
    }),
    getAllAsync: asyncApi(
      'notificationMessages.getAllAsync',
      () => () => Object.entries(state.notifications).map(([key, v]) => ({ key, ...(v as object) })),
    ),
  };

  // addHandlerAsync(eventType, handler, [options], [callback]): the handler is never the callback.
  const addHandler = (api: string) =>
    asyncApi(
      api,
      (args) => {
        const type = String(args[0]);
        const fn = args[1];
        if (typeof fn !== 'function')
          throw argumentError('handler', 'Value does not fall within the expected range.');
        return () => {
          (handlers[type] ??= []).push(fn as AnyFn);
        };
      },
      2,
    );

  const item: Record<string, unknown> = {
    itemType: 'message',
    body,
    subject,
    to: recipients('to'),
    cc: recipients('cc'),
    from: { getAsync: asyncApi('from.getAsync', () => () => clone(state.from)) },
    notificationMessages,
    addHandlerAsync: undefined as unknown,
  };

  const roamingSettings = {
    get: syncApi('roamingSettings.get', (name) => {
      const v = state.roamingUnsaved[String(name)];
      return v === undefined ? null : clone(v);
    }),
    set: syncApi('roamingSettings.set', (name, value) => {
      state.roamingUnsaved[String(name)] = clone(value);
    }),
    remove: syncApi('roamingSettings.remove', (name) => {
      delete state.roamingUnsaved[String(name)];
    }),
    saveAsync: asyncApi('roamingSettings.saveAsync', () => {
      const snapshot = clone(state.roamingUnsaved);
      return () => {
        if (JSON.stringify(snapshot).length > ROAMING_SETTINGS_LIMIT) {
          throw new FakeCallbackError(
            'DataExceedsMaximumSize',
            "Invalid parameter size. Roaming settings can't exceed the 32 KB size limit.",
            9057,
          );
        }
        state.roaming = snapshot;
      };
    }),
  };

  const mailbox: Record<string, unknown> = {
    item,
    userProfile: {
      emailAddress: user.emailAddress,
      displayName: user.displayName,
      timeZone: user.timeZone,
      accountType: user.accountType,
    },
    diagnostics: {
      hostName: scenario.diagnostics?.hostName ?? HOST_NAMES[platform] ?? 'Outlook',
      hostVersion: scenario.diagnostics?.hostVersion ?? '16.0.0.0',
      OWAView: scenario.diagnostics?.OWAView ?? (platform === 'OfficeOnline' ? 'ThreeColumn' : undefined),
    },
    addHandlerAsync: undefined as unknown,
  };
  item.addHandlerAsync = addHandler('item.addHandlerAsync');
  mailbox.addHandlerAsync = addHandler('mailbox.addHandlerAsync');

  const requirements = {
    isSetSupported: syncApi('requirements.isSetSupported', (name, version) =>
      supports(String(name), version === undefined || version === null ? undefined : String(version)),
    ),
  };

  const context: Record<string, unknown> = {
    mailbox: host === null ? undefined : mailbox,
    requirements,
    roamingSettings: host === null ? undefined : roamingSettings,
    officeTheme:
      scenario.theme === null || host === null ? undefined : { ...THEMES[scenario.theme ?? 'light'] },
    displayLanguage: scenario.displayLanguage ?? 'en-US',
    contentLanguage: scenario.displayLanguage ?? 'en-US',
    platform: host === null ? null : platform,
    diagnostics: host === null ? undefined : { host, platform, version: '16.0.0.0' },
  };

  const actions = {
    associate: syncApi('actions.associate', (name, fn) => {
      if (typeof fn === 'function') actionHandlers[String(name)] = fn as (event: FakeSendEvent) => unknown;
    }),
  };

  let readyInfo: { host: string | null; platform: string | null } | undefined;
  const office: Record<string, unknown> = {
    HostType: {
      Outlook: 'Outlook',
      Word: 'Word',
      Excel: 'Excel',
      PowerPoint: 'PowerPoint',
      OneNote: 'OneNote',
    },
    PlatformType: {
      PC: 'PC',
      OfficeOnline: 'OfficeOnline',
      Mac: 'Mac',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: {
      ItemChanged: 'olkItemSelectedChanged',
      RecipientsChanged: 'olkRecipientsChanged',
      OfficeThemeChanged: 'officeThemeChanged',
    },
    MailboxEnums: {
      ItemType: { Message: 'message', Appointment: 'appointment' },
      RecipientType: {
        DistributionList: 'distributionList',
        User: 'user',
        ExternalUser: 'externalUser',
        Other: 'other',
      },
      ItemNotificationMessageType: {
        ProgressIndicator: 'progressIndicator',
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
        InsightMessage: 'insightMessage',
      },
      SendModeOverride: { PromptUser: 'promptUser' },
    },
    context,
    actions,
    onReady: (cb?: unknown) => {
      record('onReady', []);
      const fault = takeFault('onReady');
      if (fault?.kind === 'throw' || fault?.kind === 'error') throw thrown(fault, 'onReady');
      if (fault?.kind === 'hang') return new Promise(() => undefined);
      return new Promise((resolve) => {
        setTimeout(() => {
          readyInfo ??= { host, platform: host === null ? null : platform };
          const info = { ...readyInfo };
          if (typeof cb === 'function') cb(info);
          resolve(info);
        }, latency('onReady'));
      });
    },
  };
  // Like office.js, call a legacy Office.initialize the add-in assigned, once the page has loaded.
  const callInitialize = () =>
    setTimeout(() => {
      if (typeof office.initialize === 'function' && faults.onReady?.kind !== 'hang') {
        (office.initialize as AnyFn)('');
      }
    }, latency('onReady'));
  const page = globalThis as {
    document?: { readyState: string };
    addEventListener?: (type: string, listener: () => void) => void;
  };
  if (page.document && page.document.readyState !== 'complete' && page.addEventListener) {
    page.addEventListener('load', callInitialize);
  } else callInitialize();

  // Paths a `missing` fault (or an unsupported requirement set) removes.
  const removable: Record<string, [Record<string, unknown>, string, unknown]> = {};
  const register = (owner: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(owner)) removable[`${prefix}.${key}`] = [owner, key, value];
  };
  register(office, 'Office');
  register(context, 'context');
  register(mailbox, 'mailbox');
  register(item, 'item');
  register(body as Record<string, unknown>, 'body');
  register(subject as Record<string, unknown>, 'subject');
  register(item.to as Record<string, unknown>, 'to');
  register(item.cc as Record<string, unknown>, 'cc');
  register(item.from as Record<string, unknown>, 'from');
  register(notificationMessages as Record<string, unknown>, 'notificationMessages');
  register(roamingSettings as Record<string, unknown>, 'roamingSettings');
  register(requirements as Record<string, unknown>, 'requirements');
  register(actions as Record<string, unknown>, 'actions');

  const applyPresence = () => {
    for (const [api, [owner, key, value]] of Object.entries(removable)) {
      const gate = MAILBOX_GATES[api];
      const absent = faults[api]?.kind === 'missing' || (gate !== undefined && !supports('Mailbox', gate));
      if (absent) delete owner[key];
      else if (!(key in owner)) owner[key] = value;
    }
  };
  applyPresence();

  const createSendEvent: FakeOfficeControl['createSendEvent'] = (type = 'OnMessageSend') => {
    let resolveCompletion: (options: Record<string, unknown> | undefined) => void = () => undefined;
    const completion = new Promise<Record<string, unknown> | undefined>((resolve) => {
      resolveCompletion = resolve;
    });
    let done = false;
    const event: FakeSendEvent = {
      type,
      source: { id: 'fake-send' },
      completed(options?: Record<string, unknown>) {
        record('event.completed', [options]);
        if (done) return;
        done = true;
        const copy = options === undefined ? undefined : (jsonSafe(options) as Record<string, unknown>);
        completions.push({ type, options: copy });
        resolveCompletion(copy);
      },
    };
    return { event, completion };
  };

  const control: FakeOfficeControl = {
    scenario: clone(scenario),
    calls,
    timeline,
    state,
    faults,
    actionHandlers,
    completions,
    apiCalls: (api?: string) => (api === undefined ? calls.slice() : calls.filter((c) => c.api === api)),
    setFault(api: string, fault: FakeFault | null) {
      if (fault) faults[api] = fault;
      else delete faults[api];
      delete faultHits[api];
      applyPresence();
    },
    createSendEvent,
    runAction(name: string, type?: string) {
      const handler = actionHandlers[name];
      if (!handler) return Promise.reject(new Error(`No handler associated with "${name}"`));
      const { event, completion } = createSendEvent(type);
      handler(event);
      return completion;
    },
    emit(eventType: string, args: Record<string, unknown> = {}) {
      for (const fn of handlers[eventType] ?? []) fn({ type: eventType, ...args });
    },
  };
  // The controls are non-enumerable so the object still looks like Office when inspected.
  for (const [key, value] of Object.entries(control)) {
    Object.defineProperty(office, key, { value, enumerable: false, writable: false, configurable: true });
  }
  return office as FakeOffice;
}

/** The fake as the `Office` namespace type, for code under test that takes `typeof Office`. */
export function asOffice(fake: FakeOffice): typeof Office {
  return fake as unknown as typeof Office;
}

/**
 * Creates a fake and assigns it to `globalThis.Office` (jest). Returns the fake; call
 * `uninstallFakeOffice()` (e.g. in afterEach) to remove it again.
 */
export function installFakeOffice(scenario: FakeScenario = {}): FakeOffice {
  const fake = createFakeOffice(scenario);
  (globalThis as { Office?: unknown }).Office = fake;
  return fake;
}

export function uninstallFakeOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}
