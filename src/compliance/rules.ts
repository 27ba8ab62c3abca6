// The compliance rules: one result per IBM rule, in a fixed order, each traced to the sentence of
// IBM's procedure (PRODUCT.md) it implements. Pure: no DOM, no Office, no network.
import { checkAccountNumber, ACCOUNT_NUMBER_LENGTH } from './account';
import { isInternetHost, parseAddress, type ParsedAddress } from './address';
import { regionById, regionForDesk, type Region } from './desks';
import {
  configuredDomainOf,
  normaliseHost,
  organisationOf,
  sameOrganisation,
  type DomainKnowledge,
} from './domains';
import type { ParseHtml } from './html';
import { COMMON_REASONS, freeTextStillAtCompany, resolveReason } from './reasons';
import { extractEmail, extractPhone, readSignature, readsAsSentence } from './signature';
import type {
  ComplianceInput,
  Person,
  RuleId,
  RuleResult,
  RuleStatus,
  Signature,
  SignatureRead,
} from './types';

export interface EngineEnv {
  /** Builds the plain HTML tree (htmlparser2 in the send-time handler, DOMParser in the pane). */
  parseHtml: ParseHtml;
  /** Free-mail list and organisation domains (basic or full, see domains.ts / domain-data.ts). */
  domains: DomainKnowledge;
}

/** The rule ids in the order results are returned. */
export const RULE_ORDER: readonly RuleId[] = Object.freeze([
  'company-domain',
  'sender-role',
  'manager-title',
  'reason',
  'account-number',
  'new-contact',
  'region-desk',
] as const);

/** Plain-words topics shown to the user. */
export const RULE_TOPICS: Readonly<Record<RuleId, string>> = Object.freeze({
  'company-domain': 'Company domain',
  'sender-role': 'Who is asking',
  'manager-title': 'Manager title in signature',
  reason: 'Reason for the change',
  'account-number': 'Account number',
  'new-contact': 'New primary contact',
  'region-desk': 'Region and desk',
});

/** The sentences of IBM's procedure (PRODUCT.md) each rule implements. */
export const RULE_SOURCES: Readonly<Record<RuleId, string>> = Object.freeze({
  'company-domain':
    "The sender's email address has the company's email domain (e.g. @mycompany.com) — a personal/free-mail address does not qualify.",
  'sender-role':
    'It is sent by the current PCC of the site, or, if the current PCC no longer works for the company, by a manager from within the company/organisation.',
  'manager-title':
    '(Manager path) The manager\'s job title is in the signature and contains the word "manager" (e.g. "IT Manager").',
  reason: 'It details the reason for the change, e.g. "no longer works for the company".',
  'account-number': 'IBM\'s example email: "Subject: primary contact update for account 0001234567".',
  'new-contact':
    '"As mentioned below" means the details of the new PCC follow in the email (name, job title, email, phone), who must also be at the company\'s domain.',
  'region-desk': 'Only the customer can start the change, by email to their local eCustomerCare desk.',
});

interface Context {
  input: ComplianceInput;
  env: EngineEnv;
  signature: Signature;
  sender: ParsedAddress | null;
  companyDomains: string[];
}

type Outcome = { status: RuleStatus; message: string; fix?: string; signatureRead?: SignatureRead };

function result(id: RuleId, o: Outcome): RuleResult {
  return {
    id,
    topic: RULE_TOPICS[id],
    status: o.status,
    message: o.message,
    fix: o.status === 'pass' ? '' : (o.fix ?? ''),
    source: RULE_SOURCES[id],
    ...(o.signatureRead ? { signatureRead: o.signatureRead } : {}),
  };
}

function q(s: string): string {
  return `"${s}"`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------- company-domain

function checkCompanyDomain(ctx: Context): Outcome {
  const { input, env, sender, companyDomains } = ctx;
  const raw = String(input.sender?.address ?? '').trim();
  const user = String(input.signedInUser?.address ?? '').trim();
  const delegated = user !== '' && raw !== '' && user.toLowerCase() !== raw.toLowerCase();
  const checked = delegated
    ? `The address checked is the From address IBM will see, ${raw} (you are signed in as ${user}). `
    : '';
  const fixMailbox =
    "Send the request from your company mailbox (an address at your company's domain, e.g. jane.doe@mycompany.com).";
  if (raw === '')
    return { status: 'fail', message: 'No sender address is known for this message.', fix: fixMailbox };
  if (sender === null)
    return { status: 'fail', message: `${checked}${q(raw)} is not a valid email address.`, fix: fixMailbox };
  const host = sender.host;
  if (!isInternetHost(host)) {
    return {
      status: 'fail',
      message: `${checked}${sender.address} does not end in an Internet mail domain.`,
      fix: fixMailbox,
    };
  }
  if (companyDomains.length > 0) {
    const match = configuredDomainOf(host, companyDomains);
    if (match !== null) {
      return {
        status: 'pass',
        message: `${checked}${sender.address} is at ${match}, one of your company's configured domains.`,
      };
    }
    return {
      status: 'fail',
      message: `${checked}${sender.address} is not at your company's domain (${list(companyDomains)}).`,
      fix: `Send from your mailbox at ${list(companyDomains)}, or ask your administrator to add ${host} to the company domains.`,
    };
  }
  if (env.domains.isFreeMail(host)) {
    return {
      status: 'fail',
      message: `${checked}${host} is a personal/free-mail provider; IBM does not accept the request from it.`,
      fix: fixMailbox,
    };
  }
  const org = env.domains.organisationDomain(host);
  if (org !== null)
    return { status: 'pass', message: `${checked}${sender.address} is at your company's domain ${org}.` };
  if (env.domains.hasPublicSuffixList) {
    return {
      status: 'fail',
      message: `${checked}${host} is not a domain a company can register.`,
      fix: fixMailbox,
    };
  }
  return {
    status: 'pass',
    message: `${checked}${sender.address} is at ${host}, which is not a known free-mail provider.`,
  };
}

// ---------------------------------------------------------------- sender-role

function checkSenderRole(ctx: Context): Outcome {
  const { answers } = ctx.input;
  if (answers.role === 'primary-contact') {
    return { status: 'pass', message: 'You are sending as the current primary contact, which IBM accepts.' };
  }
  const r = resolveReason(answers.reason);
  const still =
    r.kind === 'common' ? r.reason.stillAtCompany : r.kind === 'free' ? freeTextStillAtCompany(r.text) : null;
  const fixSelf =
    'Ask the current primary contact to send this request from their own mailbox, or choose "current primary contact" if that is you.';
  if (still === true) {
    const what = r.kind === 'common' ? r.reason.label.toLowerCase() : 'still works for the company';
    return {
      status: 'warn',
      message: `IBM accepts a manager's request only when the current primary contact no longer works for the company. Your reason (${what}) means they still do, so they must send the request themself.`,
      fix: fixSelf,
    };
  }
  if (still === null && r.kind === 'free') {
    return {
      status: 'warn',
      message:
        "IBM accepts a manager's request only when the current primary contact no longer works for the company, and your reason does not say so.",
      fix: `Say in the reason that the current contact ${COMMON_REASONS[0]?.label.toLowerCase() ?? 'no longer works for the company'}, or ${fixSelf.charAt(0).toLowerCase()}${fixSelf.slice(1)}`,
    };
  }
  if (still === false) {
    return {
      status: 'pass',
      message:
        'You are sending as a manager; IBM accepts this because the current primary contact no longer works for the company.',
    };
  }
  return {
    status: 'pass',
    message:
      'You are sending as a manager; IBM accepts this only when the current primary contact no longer works for the company.',
  };
}

// ---------------------------------------------------------------- manager-title

const MANAGER_WORD = /\bmanager\b/i;
const MGR = /\bmgrs?\b\.?/i;
const MANAGE_FORMS = /\bmanag(ement|ing|ed|es|e)\b/i;

function checkManagerTitle(ctx: Context): Outcome {
  if (ctx.input.answers.role === 'primary-contact') {
    return { status: 'pass', message: 'Not needed: you are the current primary contact.' };
  }
  const sig = ctx.signature;
  const where =
    sig.source === 'saved' ? 'the signature saved in this pane (Insert template adds it)' : 'your signature';
  const fixAdd = 'Add your job title with the word "Manager" to your Outlook signature, e.g. "IT Manager".';
  if (sig.source === 'none' || sig.lines.length === 0) {
    return {
      status: 'fail',
      message:
        'No signature was found in your message, so IBM cannot see your job title. Text in the message itself does not count.',
      fix: `${fixAdd} If you have none, add one to the message, or save one under Settings in this pane.`,
    };
  }
  const signatureRead: SignatureRead = {
    lines: sig.lines.slice(0, 8),
    where:
      sig.source === 'unmarked'
        ? 'the end of your message (Outlook did not mark a signature)'
        : sig.source === 'saved'
          ? 'the signature saved in this pane'
          : 'your signature',
  };
  // A signature Outlook did not mark may end a message whose last sentences mention a manager:
  // only lines that read as a title, never a sentence, count there.
  const unmarked = sig.source === 'closing' || sig.source === 'unmarked';
  const candidates = sig.lines.filter(
    (l) =>
      extractEmail(l) === '' &&
      extractPhone(l) === '' &&
      !/https?:|www\./i.test(l) &&
      !(unmarked && readsAsSentence(l)),
  );
  const managerLine = candidates.find((l) => MANAGER_WORD.test(l));
  if (managerLine !== undefined) {
    return {
      status: 'pass',
      message: `Took ${q(managerLine)} from ${where} as your title: it contains the word "manager".`,
      signatureRead,
    };
  }
  const titleLine = sig.titleLine ?? sig.title;
  if (titleLine === '') {
    return {
      status: 'fail',
      message: `No job title was found in ${where}.`,
      fix: fixAdd,
      signatureRead,
    };
  }
  if (MGR.test(titleLine)) {
    return {
      status: 'fail',
      message: `Took ${q(titleLine)} from ${where} as your title: "Mgr" is an abbreviation, and IBM looks for the word "manager".`,
      fix: 'Spell out "Manager" in your signature\'s job title, e.g. "IT Manager".',
      signatureRead,
    };
  }
  const form = MANAGE_FORMS.exec(titleLine);
  return {
    status: 'fail',
    message: form
      ? `Took ${q(titleLine)} from ${where} as your title: ${q(form[0])} is not the word "manager".`
      : `Took ${q(titleLine)} from ${where} as your title: it does not contain the word "manager".`,
    fix: `${fixAdd} If you are not a manager, ask a manager of your company (or the current primary contact) to send the request.`,
    signatureRead,
  };
}

// ---------------------------------------------------------------- reason

function checkReason(ctx: Context): Outcome {
  const r = resolveReason(ctx.input.answers.reason);
  const fix =
    'Choose a reason (e.g. "no longer works for the company") or describe in a sentence why the primary contact changes.';
  switch (r.kind) {
    case 'empty':
      return { status: 'fail', message: 'No reason for the change is given.', fix };
    case 'placeholder':
      return { status: 'fail', message: `${q(r.text)} is a placeholder, not a reason.`, fix };
    case 'too-short':
      return {
        status: 'fail',
        message: `${q(r.text)} is too short to tell IBM why the contact changes.`,
        fix,
      };
    case 'common':
      return { status: 'pass', message: `Reason: ${r.reason.label.toLowerCase()}.` };
    case 'free':
      return { status: 'pass', message: `Reason: ${q(r.text)}.` };
  }
}

// ---------------------------------------------------------------- account-number

function checkAccount(ctx: Context): Outcome {
  const c = checkAccountNumber(ctx.input.answers.accountNumber);
  switch (c.kind) {
    case 'empty':
      return {
        status: 'fail',
        message: 'No account number is given; IBM needs it in the subject.',
        fix: 'Enter your Passport Advantage account (site) number, e.g. 0001234567.',
      };
    case 'not-digits':
      return {
        status: 'fail',
        message: `${q(ctx.input.answers.accountNumber.trim())} is not a number: an account number has digits only.`,
        fix: 'Enter the digits of your Passport Advantage account number, e.g. 0001234567 (spaces and dashes are ignored).',
      };
    case 'unusual-length':
      return {
        status: 'warn',
        message: `${c.normalised} has ${c.normalised.length} digits; IBM's example has ${ACCOUNT_NUMBER_LENGTH} digits, e.g. 0001234567.`,
        fix: 'Check the number against your Passport Advantage records (keep leading zeros).',
      };
    case 'ok':
      return { status: 'pass', message: `Account number ${c.normalised}.` };
  }
}

// ---------------------------------------------------------------- new-contact

/** The new primary contact as the email will state it. */
export function newContactPerson(input: ComplianceInput, signature: Signature): Person {
  const nc = input.answers.newContact;
  if (nc?.mode === 'other') {
    const p = nc.person ?? { name: '', title: '', email: '', phone: '' };
    return { name: clean(p.name), title: clean(p.title), email: clean(p.email), phone: clean(p.phone) };
  }
  return {
    name: clean(signature.name) || clean(input.sender?.displayName ?? ''),
    title: clean(signature.title),
    email: clean(input.sender?.address ?? ''),
    phone: clean(signature.phone),
  };
}

function clean(s: string): string {
  return String(s ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function describe(p: Person): string {
  return [p.name, p.title, p.email, p.phone].filter((s) => s !== '').join(', ');
}

function checkNewContact(ctx: Context): Outcome {
  const { input, env, companyDomains } = ctx;
  const p = newContactPerson(input, ctx.signature);
  if (input.answers.newContact?.mode !== 'other') {
    if (input.answers.role === 'primary-contact') {
      return {
        status: 'warn',
        message:
          'You are the current primary contact and are also named as the new one; the request is for a change of person.',
        fix: 'Choose "someone else" as the new primary contact and enter their details.',
      };
    }
    const missing: string[] = [];
    if (p.name === '') missing.push('name');
    if (p.title === '') missing.push('job title');
    if (p.phone === '') missing.push('phone number');
    if (missing.length > 0) {
      return {
        status: 'warn',
        message: `You will be named as the new primary contact, but your signature gives no ${list(missing)}.`,
        fix: `Add your ${list(missing)} to your signature, or enter the new contact's details as "someone else".`,
      };
    }
    return { status: 'pass', message: `New primary contact: you (${describe(p)}).` };
  }

  const fails: string[] = [];
  const fixes: string[] = [];
  if (p.name === '') {
    fails.push('The new primary contact has no name.');
    fixes.push('Enter their full name.');
  }
  let warnOrg = '';
  if (p.email === '') {
    fails.push('The new primary contact has no email address.');
    fixes.push("Enter their email address at your company's domain.");
  } else {
    const addr = parseAddress(p.email);
    if (addr === null || !isInternetHost(addr.host)) {
      fails.push(`${q(p.email)} is not a valid email address.`);
      fixes.push('Correct their email address.');
    } else if (companyDomains.length > 0) {
      if (configuredDomainOf(addr.host, companyDomains) === null) {
        fails.push(`${addr.address} is not at your company's domain (${list(companyDomains)}).`);
        fixes.push(`Use their address at ${list(companyDomains)}.`);
      }
    } else if (env.domains.isFreeMail(addr.host)) {
      fails.push(
        `${addr.address} is a personal/free-mail address; the new contact must be at your company's domain.`,
      );
      fixes.push('Use their company address.');
    } else {
      const senderHost = ctx.sender?.host ?? '';
      const same = sameOrganisation(addr.host, senderHost, env.domains, companyDomains);
      if (same === 'different') {
        const theirs = organisationOf(addr.host, env.domains, companyDomains) ?? addr.host;
        const ours = organisationOf(senderHost, env.domains, companyDomains) ?? senderHost;
        fails.push(`${addr.address} is at ${theirs}, not at your company's domain ${ours}.`);
        fixes.push("Use their address at your company's domain.");
      } else if (same === 'unknown') {
        warnOrg = `Could not confirm that ${addr.address} is at the same company as ${normaliseHost(senderHost) || 'your address'}.`;
      }
    }
  }
  if (fails.length > 0) return { status: 'fail', message: fails.join(' '), fix: fixes.join(' ') };
  const missing: string[] = [];
  if (p.title === '') missing.push('job title');
  if (p.phone === '') missing.push('phone number');
  if (warnOrg !== '' || missing.length > 0) {
    const parts: string[] = [];
    if (warnOrg !== '') parts.push(warnOrg);
    if (missing.length > 0)
      parts.push(
        `No ${list(missing)} for the new primary contact; IBM's example gives name, job title, email and phone.`,
      );
    const fix: string[] = [];
    if (warnOrg !== '') fix.push("Check that their address is at your company's domain.");
    if (missing.length > 0) fix.push(`Add their ${list(missing)}.`);
    return { status: 'warn', message: parts.join(' '), fix: fix.join(' ') };
  }
  return { status: 'pass', message: `New primary contact: ${describe(p)}.` };
}

// ---------------------------------------------------------------- region-desk

function deskText(r: Region): string {
  return `${r.name} (${r.desk})`;
}

/** "Your address ends in .jp" → "your address ends in .jp", to continue a sentence. */
function lowerFirst(s: string): string {
  return /^Your\b/.test(s) ? 'y' + s.slice(1) : s;
}

function checkRegionDesk(ctx: Context): Outcome {
  const { input } = ctx;
  const chosen = regionById(input.answers.region);
  const suggestion = input.suggestedRegion ?? null;
  const suggested = suggestion ? regionById(suggestion.region) : null;
  if (chosen === null) {
    return {
      status: 'fail',
      message:
        'No region is chosen, so it is not known which eCustomerCare desk to write to.' +
        (suggested && suggestion ? ` Suggested: ${suggested.name} (${suggestion.because}).` : ''),
      fix: "Choose the region of your IBM account; the request goes to that region's desk.",
    };
  }
  if (Array.isArray(input.recipients)) {
    const desks = input.recipients.map((a) => regionForDesk(a)).filter((r): r is Region => r !== null);
    const other = desks.find((r) => r.id !== chosen.id);
    if (other !== undefined) {
      return {
        status: 'warn',
        message: `The message is addressed to ${deskText(other)}, but you chose ${chosen.name}, whose desk is ${chosen.desk}.`,
        fix: `Send it only to the desk of your region: ${chosen.desk}, or change the region.`,
      };
    }
    if (desks.length === 0) {
      return {
        status: 'warn',
        message: `The message is not addressed to the ${chosen.name} desk (${chosen.desk}) yet.`,
        fix: `Add ${chosen.desk} to To (Insert template does this).`,
      };
    }
  }
  if (suggested !== null && suggestion && suggested.id !== chosen.id) {
    return {
      status: 'warn',
      message: `You chose ${deskText(chosen)}, but ${lowerFirst(suggestion.because.replace(/\.$/, ''))}, which suggests ${suggested.name}.`,
      fix: `Keep ${chosen.name} if your IBM account is registered there; otherwise choose ${suggested.name}.`,
    };
  }
  return { status: 'pass', message: `Send to ${chosen.desk}, the ${chosen.name} desk.` };
}

// ---------------------------------------------------------------- evaluate

const CHECKS: Record<RuleId, (ctx: Context) => Outcome> = {
  'company-domain': checkCompanyDomain,
  'sender-role': checkSenderRole,
  'manager-title': checkManagerTitle,
  reason: checkReason,
  'account-number': checkAccount,
  'new-contact': checkNewContact,
  'region-desk': checkRegionDesk,
};

/** Builds the shared context once (the signature is read once for all rules). */
function context(input: ComplianceInput, env: EngineEnv, signature?: Signature): Context {
  const companyDomains = (input.companyDomains ?? [])
    .map((d) => normaliseHost(String(d).replace(/^@/, '')))
    .filter((d) => d !== '');
  return {
    input,
    env,
    signature: signature ?? readSignature(input.body, env.parseHtml, input.savedSignature, input.sender),
    sender: parseAddress(input.sender?.address ?? ''),
    companyDomains: [...new Set(companyDomains)],
  };
}

/**
 * Evaluates every rule: one result per rule id, always in RULE_ORDER. Never throws: a rule that
 * fails unexpectedly reports a warning saying it could not be checked.
 */
export function evaluate(input: ComplianceInput, env: EngineEnv, signature?: Signature): RuleResult[] {
  let ctx: Context;
  try {
    ctx = context(input, env, signature);
  } catch {
    ctx = {
      input,
      env,
      signature: { source: 'none', lines: [], name: '', title: '', email: '', phone: '' },
      sender: null,
      companyDomains: [],
    };
  }
  return RULE_ORDER.map((id) => {
    try {
      return result(id, CHECKS[id](ctx));
    } catch {
      return result(id, {
        status: 'warn',
        message: 'This check could not be run on this message.',
        fix: 'Check this point yourself before sending.',
      });
    }
  });
}
