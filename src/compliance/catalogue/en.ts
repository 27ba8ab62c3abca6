// The words of the compliance verdicts, in English: one entry per message key (the pane's own
// words are in en-pane.ts, the send-time dialog's in en-send.ts, so each runtime carries only its
// part). Parameters are named ({address}); see say.ts for lists and plurals. The email to IBM is
// not here: it stays English whatever the pane's language (its fixed wording is in mail/wording.ts).
// One topic per rule id (rules/verdict.ts); say.test.ts checks that none is missing.
const RULES = {
  'topic.company-domain': 'Company domain',
  'topic.sender-role': 'Who is asking',
  'topic.manager-title': 'Manager title in signature',
  'topic.reason': 'Reason for the change',
  'topic.account-number': 'Account number',
  'topic.new-contact': 'New primary contact',
  'topic.region-desk': 'Region and desk',
};

export const EN = {
  ...RULES,
  'list.and': '{head} and {last}',
  'list.comma': ', ',
  'list.sentence-gap': ' ',
  quoted: '"{text}"',
  'status.pass': 'Passed',
  'status.warn': 'Warning',
  'status.fail': 'Failed',
  'checks.counts': {
    one: '{passed} passed, {count} warning, {failed} failed',
    other: '{passed} passed, {count} warnings, {failed} failed',
  },
  'checks.not-passed': '{counts}. Not passed: {topics:comma}.',
  unchecked: 'This check could not be run on this message.',
  'unchecked.fix': 'Check this point yourself before sending.',

  'domain.checked':
    'The address checked is the From address IBM will see, {from} (you are signed in as {user}).',
  'domain.fix':
    "Send the request from your company mailbox (an address at your company's domain, e.g. jane.doe@mycompany.com).",
  'domain.no-sender': 'No sender address is known for this message.',
  'address.invalid': '"{address}" is not a valid email address.',
  'domain.not-internet': '{address} does not end in an Internet mail domain.',
  'domain.configured': "{address} is at {domain}, one of your company's configured domains.",
  'address.not-configured': "{address} is not at your company's domain ({domains}).",
  'domain.not-configured.fix':
    'Send from your mailbox at {domains}, or ask your administrator to add {host} to the company domains.',
  'domain.free-mail': '{host} is a personal/free-mail provider; IBM does not accept the request from it.',
  'domain.organisation': "{address} is at your company's domain {domain}.",
  'domain.not-registrable': '{host} is not a domain a company can register.',
  'domain.not-free-mail': '{address} is at {host}, which is not a known free-mail provider.',

  'role.primary-contact': 'You are sending as the current primary contact, which IBM accepts.',
  'role.still-there':
    "IBM accepts a manager's request only when the current primary contact no longer works for the company. Your reason ({reason}) means they still do, so they must send the request themself.",
  'role.still-works': 'still works for the company',
  'role.still-there.fix':
    'Ask the current primary contact to send this request from their own mailbox, or choose "current primary contact" if that is you.',
  'role.unclear':
    "IBM accepts a manager's request only when the current primary contact no longer works for the company, and your reason does not say so.",
  'role.unclear.fix':
    'Say in the reason that the current contact {reason}, or ask the current primary contact to send this request from their own mailbox, or choose "current primary contact" if that is you.',
  'role.manager-left':
    'You are sending as a manager; IBM accepts this because the current primary contact no longer works for the company.',
  'role.manager':
    'You are sending as a manager; IBM accepts this only when the current primary contact no longer works for the company.',

  'title.not-needed': 'Not needed: you are the current primary contact.',
  'title.where.saved': 'the signature saved in this pane (Insert template adds it)',
  'title.where.signature': 'your signature',
  'title.where.unmarked': 'the end of your message',
  'title.read': 'Read as your signature, from {where}:',
  'title.fix': 'Add your job title with the word "Manager" to your Outlook signature, e.g. "IT Manager".',
  'title.no-signature':
    'No signature was found in your message, so IBM cannot see your job title. Text in the message itself does not count.',
  'title.no-signature.fix': 'If you have no Outlook signature, save one in this pane.',
  'title.manager': 'Took "{line}" from {where} as your title: it contains the word "manager".',
  'title.none': 'No job title was found in {where} ({lines:comma}).',
  'title.mgr':
    'Took "{line}" from {where} as your title: "Mgr" is an abbreviation, and IBM looks for the word "manager".',
  'title.mgr.fix': 'Spell out "Manager" in your signature\'s job title, e.g. "IT Manager".',
  'title.manage-form': 'Took "{line}" from {where} as your title: "{word}" is not the word "manager".',
  'title.not-manager': 'Took "{line}" from {where} as your title: it does not contain the word "manager".',
  'title.not-manager.fix':
    'If you are not a manager, ask a manager of your company (or the current primary contact) to send the request.',

  'reason.fix':
    'Choose a reason (e.g. "no longer works for the company") or describe in a sentence why the primary contact changes.',
  'reason.empty': 'No reason for the change is given.',
  'reason.placeholder': '"{text}" is a placeholder, not a reason.',
  'reason.too-short': '"{text}" is too short to tell IBM why the contact changes.',
  'reason.common': 'Reason: {reason}.',
  'reason.left-company': 'no longer works for the company',
  'reason.changed-role': 'moved to a different role',
  'reason.other': 'another reason',
  'reason.free': 'Reason: "{text}".',

  'account.empty': 'No account number is given; IBM needs it in the subject.',
  'account.empty.fix': 'Enter your Passport Advantage account (site) number, e.g. 0001234567.',
  'account.not-digits': '"{text}" is not a number: an account number has digits only.',
  'account.placeholder': 'The subject still says "[account number]": IBM needs your account number there.',
  'account.negative': '"{text}" starts with a minus sign: an account number has digits only.',
  'account.not-digits.fix':
    'Enter the digits of your Passport Advantage account number, e.g. 0001234567 (spaces and dashes are ignored).',
  'account.length': {
    one: "{number} has {count} digit; IBM's example has {expected} digits, e.g. 0001234567.",
    other: "{number} has {count} digits; IBM's example has {expected} digits, e.g. 0001234567.",
  },
  'account.length.fix': 'Check the number against your Passport Advantage records (keep leading zeros).',
  'account.ok': 'Account number {number}.',

  'field.name': 'name',
  'field.title': 'job title',
  'field.phone': 'phone number',
  'contact.self-is-current':
    'You are the current primary contact and are also named as the new one; the request is for a change of person.',
  'contact.self-is-current.fix': 'Choose "someone else" as the new primary contact and enter their details.',
  'contact.self-missing':
    'You will be named as the new primary contact, but your signature gives no {missing}.',
  'contact.self-missing.fix':
    'Add your {missing} to your signature, or enter the new contact\'s details as "someone else".',
  'contact.self': 'New primary contact: you ({details:comma}).',
  'contact.no-name': 'The new primary contact has no name.',
  'contact.no-name.fix': 'Enter their full name.',
  'contact.no-email': 'The new primary contact has no email address.',
  'contact.no-email.fix': "Enter their email address at your company's domain.",
  'contact.invalid-email.fix': 'Correct their email address.',
  'contact.not-configured.fix': 'Use their address at {domains}.',
  'contact.free-mail':
    "{address} is a personal/free-mail address; the new contact must be at your company's domain.",
  'contact.free-mail.fix': 'Use their company address.',
  'contact.other-company': "{address} is at {theirs}, not at your company's domain {ours}.",
  'contact.other-company.fix': "Use their address at your company's domain.",
  'contact.unconfirmed': 'Could not confirm that {address} is at the same company as {ours}.',
  'contact.your-address': 'your address',
  'contact.unconfirmed.fix': "Check that their address is at your company's domain.",
  'contact.missing':
    "No {missing} for the new primary contact; IBM's example gives name, job title, email and phone.",
  'contact.missing.fix': 'Add their {missing}.',
  'contact.other': 'New primary contact: {details:comma}.',

  'desk.desk': '{region} ({desk})',
  'region.because.tld': 'Your address ends in .{tld} ({country:country})',
  'region.because.tld-region': 'Your address ends in .{tld} ({region})',
  'region.because.eu': 'Your address ends in .eu (European Union)',
  'region.because.zone': 'Your mailbox time zone is {zone} ({country:country})',
  'desk.none': 'No region is chosen, so it is not known which eCustomerCare desk to write to.',
  'desk.none.suggested': 'Suggested: {region} ({because}).',
  'desk.none.fix': "Choose the region of your IBM account; the request goes to that region's desk.",
  'desk.other-desk': 'The message is addressed to {other}, but you chose {region}, whose desk is {desk}.',
  'desk.other-desk.fix': 'Send it only to the desk of your region: {desk}, or change the region.',
  'desk.not-addressed': 'The message is not addressed to the {region} desk ({desk}) yet.',
  'desk.not-addressed.fix': 'Add {desk} to To (Insert template does this).',
  'desk.suggests-other': 'You chose {chosen}, but {suggested} may fit better. {because}.',
  'desk.suggests-other.fix':
    'Keep {region} if your IBM account is registered there; otherwise choose {suggested}.',
  'desk.ok': 'Send to {desk}, the {region} desk.',
} as const;
