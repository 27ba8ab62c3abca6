// The OnMessageSend (Smart Alerts) handler: checks a primary-contact request on its way to an IBM
// eCustomerCare desk with the same rules as the pane, and lets every other message go at once.
//
//   1. Read To, then Cc. No IBM desk among them → allow, without reading anything else.
//   2. Read From, subject and body (one call at a time, through src/office/send-item.ts) and the add-in's
//      roaming settings; work out the answers the message gives (compliance/request/message-answers.ts).
//      Not about a primary contact (another question to the desk), or a reply/forward in a thread
//      with the desk that does not hold our block → allow.
//   3. Run the rules. Any failed rule → block, listing what is wrong (Mailbox 1.14: a button that
//      opens the pane; 1.15: Markdown). Only the region/desk warning → on 1.14, the same dialog with
//      "Send Anyway" (sendModeOverride: promptUser); before 1.14 a warning cannot be offered, so the
//      send is allowed. Other warnings alone → allow.
//
// Never trap the user: an Office call that fails, throws or does not answer, or any exception,
// allows the send and logs; a deadline completes the event if nothing else has; completeOnce()
// makes sure completed() is called exactly once.
// Signatures Outlook did not mark are read at send time too (same reader as the pane).
import '../compliance/mail/signature-unmarked';
import { regionForDesk, type Region } from '../compliance/knowledge/desks';
import {
  basicDomainKnowledge,
  effectiveCompanyDomains,
  isSameOrSubdomain,
  normaliseHost,
  type DomainKnowledge,
} from '../compliance/knowledge/domains';
import { answersFromMessage } from '../compliance/request/message-answers';
import { parseHtmlWithHtmlparser2 } from '../compliance/mail/parse-html-htmlparser2';
import { memoizeParseHtml } from '../compliance/mail/html';
import { suggestRegionFromAddress } from '../compliance/knowledge/region-cctld';
import { evaluate } from '../compliance/rules/evaluate';
import type { ComplianceInput } from '../compliance/types';
import type { RuleResult } from '../compliance/rules/verdict';
import { phrase } from '../compliance/catalogue/say';
import { sendItem } from '../office/send-item';
import { completeOnce, type CompletedOptions, type Log, type SendEvent } from './complete-once';
import type { Catalogue } from '../compliance/catalogue/say';
import { loadSendWords } from './send-words';
import { itemOf, MAX_MESSAGE_CHARS, say, summarise, type SummaryItem } from './summary';

/** The FunctionName of the LaunchEvent in manifest.xml. */
export const HANDLER_NAME = 'onMessageSendHandler';
/** The id of the ribbon button that opens the pane (manifest.xml, Control id), for commandId. */
export const PANE_COMMAND_ID = 'pcrOpenPaneButton';
/** The dialog button that opens the pane (Outlook allows 20 characters). */
export const CANCEL_LABEL = say(phrase('send.open-pane'));
/**
 * Whatever happens, the event completes (allowing the send) after this long. Outlook shows a
 * "taking longer than expected" note after 5 s; a normal check takes a few hundred milliseconds.
 */
export const DEADLINE_MS = 10_000;
/** Each Office call gets this long to answer before it counts as failed. */
export const CALL_TIMEOUT_MS = 5_000;

export interface GuardOptions {
  deadlineMs?: number;
  callTimeoutMs?: number;
  log?: Log;
  /** The dialog's words for a display language (default: English, or fetched: send-words.ts). */
  loadWords?: (displayLanguage: string) => Promise<Catalogue>;
}

/** Why a message was allowed (for logs and tests). */
export type AllowReason = 'not-a-desk' | 'not-a-request' | 'reply' | 'compliant' | 'warning-only';

export interface Decision {
  options: CompletedOptions;
  /** Set when the send is allowed without a dialog. */
  allowed?: AllowReason;
  /** The rule results, when the rules ran. */
  results?: RuleResult[];
}

type OfficeNs = typeof Office;

const REPLY_OR_FORWARD = /^\s*(re|fw|fwd|aw|wg|tr|sv|vs|rv|res|enc|antw|doorst|vb)\s*(\[\d+\])?\s*[:：]/i;

/** Domain knowledge that also knows the organisation domain the pane worked out for this sender. */
function withOrganisation(
  base: DomainKnowledge,
  organisation: unknown,
  senderAddress: string,
): DomainKnowledge {
  const org = typeof organisation === 'string' ? normaliseHost(organisation) : '';
  const senderHost = normaliseHost(senderAddress.split('@').pop() ?? '');
  if (org === '' || !org.includes('.') || !isSameOrSubdomain(senderHost, org) || base.isFreeMail(org))
    return base;
  return {
    hasPublicSuffixList: base.hasPublicSuffixList,
    isFreeMail: (host) => base.isFreeMail(host),
    organisationDomain: (host) => (isSameOrSubdomain(host, org) ? org : base.organisationDomain(host)),
  };
}

/** " Help in your organisation: …" when organization.json named a help contact. */
function helpLine(contact: unknown, words: Catalogue): string {
  const c = typeof contact === 'string' ? contact.trim().slice(0, 200) : '';
  return c ? ` ${say(phrase('send.help', { contact: c }), words)}` : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
}

/** Decides what to do with the message being sent. Rejects when an Office call fails. */
export async function checkMessage(office: OfficeNs, options: GuardOptions = {}): Promise<Decision> {
  const message = sendItem(office, options.callTimeoutMs ?? CALL_TIMEOUT_MS);

  // 1. Is the message going to an IBM desk at all?
  const recipients = await message.recipients();
  const desks = recipients.map((a) => regionForDesk(a)).filter((r): r is Region => r !== null);
  const firstDesk = desks[0];
  if (firstDesk === undefined) return { options: { allowEvent: true }, allowed: 'not-a-desk' };

  // 2. What does it say?
  const sender = await message.sender();
  const subject = await message.subject();
  const body = await message.body();
  const settings = message.settings();
  const savedSignature = typeof settings.savedSignature === 'string' ? settings.savedSignature : undefined;
  // The readers and the rules each lay the body out: once is enough (this message only).
  const parseHtml = memoizeParseHtml(parseHtmlWithHtmlparser2, 1);
  const reading = answersFromMessage(
    { subject, body, sender, savedSignature, storedForm: settings.form, deskRegion: firstDesk.id },
    parseHtml,
  );
  if (!reading.isRequest) return { options: { allowEvent: true }, allowed: 'not-a-request' };
  if (REPLY_OR_FORWARD.test(subject) && !reading.fromTemplate)
    return { options: { allowEvent: true }, allowed: 'reply' };

  // 3. The rules, as the pane runs them.
  const input: ComplianceInput = {
    sender,
    signedInUser: message.user,
    body,
    savedSignature,
    answers: reading.answers,
    // The organisation's domains (organization.json, as the pane last saved them) plus the user's.
    companyDomains: effectiveCompanyDomains(
      strings(settings.organization?.companyDomains),
      strings(settings.companyDomains),
    ),
    // A region the user stated wins; otherwise the desk must fit what the sender's ccTLD suggests.
    suggestedRegion: reading.regionStated ? null : suggestRegionFromAddress(sender.address),
    recipients,
  };
  const domains = withOrganisation(basicDomainKnowledge(), settings.organisationDomain, sender.address);
  const results = evaluate(input, { parseHtml, domains }, reading.signature);

  const failed = results.filter((r) => r.status === 'fail');
  const deskWarning = results.find((r) => r.id === 'region-desk' && r.status === 'warn');
  if (failed.length === 0 && (deskWarning === undefined || !message.supports('1.14'))) {
    return {
      options: { allowEvent: true },
      allowed: failed.length === 0 && !deskWarning ? 'compliant' : 'warning-only',
      results,
    };
  }

  // Only now, with a dialog to show, the words of Outlook's display language (English on any failure).
  const words = await (options.loadWords ?? loadSendWords)(message.displayLanguage);
  const items: SummaryItem[] = [...failed, ...(deskWarning ? [deskWarning] : [])].map((r) =>
    // The role was not stated: the title is needed only because the default is the manager path.
    itemOf(
      r.id === 'manager-title' && reading.roleSource === 'default'
        ? { ...r, message: [...r.message, phrase('send.say-role')] }
        : r,
      words,
    ),
  );
  const deskList = { desks: [...new Set(desks.map((d) => d.desk))] };
  const [header, footer] =
    failed.length > 0
      ? (['send.reject', 'send.reject.footer'] as const)
      : (['send.check-desk', 'send.check-desk.footer'] as const);
  // The organisation's help contact follows a rejection (organization.json).
  const help = failed.length > 0 ? helpLine(settings.organization?.helpContact, words) : '';
  const summary = summarise(
    say(phrase(header, deskList), words),
    items,
    `${say(phrase(footer), words)}${help}`,
    MAX_MESSAGE_CHARS,
    words,
  );

  const completed: CompletedOptions = { allowEvent: false, errorMessage: summary.text };
  if (message.supports('1.14')) {
    completed.cancelLabel = say(phrase('send.open-pane'), words).slice(0, 20);
    completed.commandId = PANE_COMMAND_ID;
    if (failed.length === 0) {
      completed.sendModeOverride = message.promptUser;
    }
  }
  if (message.supports('1.15')) completed.errorMessageMarkdown = summary.markdown;
  return { options: completed, results };
}

/**
 * The handler Outlook calls. `getOffice` is read at send time (the global Office in production).
 * Returns the promise of the decision for tests; Outlook ignores it.
 */
export function createOnMessageSend(
  getOffice: () => OfficeNs | undefined,
  options: GuardOptions = {},
): (event: SendEvent) => Promise<void> {
  const log = options.log ?? console;
  const deadlineMs = options.deadlineMs ?? DEADLINE_MS;
  return (event: SendEvent) => {
    const complete = completeOnce(event, log);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      timer = setTimeout(() => {
        if (complete({ allowEvent: true }))
          log.error(`[send-guard] no decision after ${deadlineMs} ms; the message is sent unchecked`);
      }, deadlineMs);
    } catch (error) {
      log.error('[send-guard] could not set the deadline', error);
    }
    let work: Promise<Decision>;
    try {
      const office = getOffice();
      if (!office) throw new Error('office.js is not loaded');
      work = checkMessage(office, options);
    } catch (error) {
      work = Promise.reject(error);
    }
    return work
      .then(
        (decision) => {
          complete(decision.options);
        },
        (error: unknown) => {
          log.error('[send-guard] the check failed; the message is sent unchecked', error);
          complete({ allowEvent: true });
        },
      )
      .then(() => {
        if (timer !== undefined) clearTimeout(timer);
      });
  };
}

export type Registration = 'associated' | 'waiting' | 'unavailable';

function associate(office: OfficeNs | undefined, options: GuardOptions): boolean {
  const actions = office?.actions;
  if (!office || !actions || typeof actions.associate !== 'function') return false;
  const global = globalThis as { Office?: OfficeNs };
  actions.associate(
    HANDLER_NAME,
    createOnMessageSend(() => global.Office ?? office, options),
  );
  return true;
}

/**
 * Starts office.js on an HTML runtime page. office.js listens for the host's launch events only once
 * the page has called Office.onReady() (or set Office.initialize), so a page that only associates
 * never sees a send. Classic Outlook's JavaScript-only runtime has no document and never runs
 * onReady code: there the top-level associate is what counts.
 */
function startOffice(office: OfficeNs, htmlRuntime: boolean, log: Log): void {
  if (!htmlRuntime || typeof office.onReady !== 'function') return;
  try {
    Promise.resolve(office.onReady()).catch((error: unknown) =>
      log.error('[send-guard] Office.onReady failed', error),
    );
  } catch (error) {
    log.error('[send-guard] Office.onReady failed', error);
  }
}

export interface RegisterOptions extends GuardOptions {
  /** An HTML page (send-guard.html) rather than the JavaScript-only runtime; default: a document exists. */
  htmlRuntime?: boolean;
}

/**
 * Associates the handler with the manifest's FunctionName, at once (as Microsoft's samples do; in
 * classic Outlook's JavaScript-only runtime Office.onReady never runs), and on an HTML page also
 * calls Office.onReady() so that office.js starts listening. If Office.actions is not there yet,
 * tries again when Office is ready; if it never is, logs — the send check is then off and Outlook
 * applies SoftBlock's "add-in unavailable" behaviour.
 */
export function registerSendGuard(office: OfficeNs | undefined, options: RegisterOptions = {}): Registration {
  const log = options.log ?? console;
  const htmlRuntime = options.htmlRuntime ?? typeof document !== 'undefined';
  const unavailable = (error?: unknown) => {
    log.error('[send-guard] Office.actions.associate is not available; the send check is off', error ?? '');
    return 'unavailable' as const;
  };
  try {
    if (associate(office, options)) {
      if (office) startOffice(office, htmlRuntime, log);
      return 'associated';
    }
    if (!office || typeof office.onReady !== 'function') return unavailable();
    const later = () => {
      try {
        if (!associate((globalThis as { Office?: OfficeNs }).Office ?? office, options)) unavailable();
      } catch (error) {
        unavailable(error);
      }
    };
    Promise.resolve(office.onReady()).then(later, unavailable);
    return 'waiting';
  } catch (error) {
    return unavailable(error);
  }
}
