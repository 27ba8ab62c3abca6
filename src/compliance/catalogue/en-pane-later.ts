// The pane's words that its first screen does not show, in English: notices, the outcome of Insert
// template, what happens next, Settings, the simulated message and Office errors. The parts that
// show them import this file, so English costs the first screen nothing; a translation carries
// these keys with the rest of the language (locales/<id>.json, section "pane").
export const EN_PANE_LATER = {
  'app.email-english': 'The email to IBM stays in English: IBM’s desks work in English.',
  'insert.confirm.title': 'Replace your subject?',
  'insert.confirm.text': 'The subject is “{current}”. IBM expects “{proposed}”.',
  'insert.replace': 'Replace',
  'insert.keep': 'Keep mine',
  'insert.done.title': 'Template inserted',
  'insert.done.text':
    'To, Subject and Body are filled in; your signature and text are kept. Review the message, then send it.',
  'insert.done.filled': 'To, Subject and Body are filled in; your signature and text are kept.',
  'insert.not-ready': {
    one: 'The message is NOT READY TO SEND: {count} check fails. IBM would send it back.',
    other: 'The message is NOT READY TO SEND: {count} checks fail. IBM would send it back.',
  },
  'insert.failed-checks': 'Failed checks',
  'insert.undo': 'Undo',
  'insert.undone': 'Undone: the body, subject and recipients are as they were.',
  'insert.dismiss': 'Dismiss',
  'insert.failed.title': 'Could not insert the template',
  'insert.failed.not-restored':
    'Outlook did not let us put back the {parts}: it now holds the template. Undo it by hand (Ctrl+Z) or delete the inserted text.',
  'insert.failed.read': 'Nothing was changed.',
  'insert.failed.unchanged': 'Your message is as it was: nothing was changed.',
  'insert.try-again': 'Try again',
  'insert.undo-failed.title': 'Undo did not finish',
  'insert.undo-failed.text':
    'Outlook did not let us put back the {parts}. Use Ctrl+Z in the message, or edit it by hand.',
  'insert.note.others':
    "The To line also has {addresses:comma}. IBM's desk is usually the only recipient; remove the others if they should not get this request.",
  'insert.note.replaced': 'Replaced {addresses:comma} with the {region} desk.',
  'insert.note.no-region':
    'No region is chosen, so no IBM desk was added to the To line. Choose a region and insert again.',
  'insert.note.subject-kept': 'Your subject was kept, as you asked.',
  'part.body': 'message body',
  'part.subject': 'subject',
  'part.to': 'To line',
  'part.read': 'message',
  'next.title': 'What happens next',
  'next.answer': 'IBM eCustomerCare answers within 24 hours on weekdays.',
  'next.rights':
    'Once registered, the new primary contact gets Passport Advantage downloads and account management, and can approve other roles such as the Site Technical Contact.',
  'next.spss':
    'For SPSS customers, the new primary contact also becomes license key administrator in the SPSS License Key Center.',
  'next.phone': 'Local phone numbers are on IBM’s “Passport Advantage Online – Need Assistance” page.',
  'notice.preview.text': 'This is a simulated message; try everything, nothing is sent.',
  'notice.save-error': 'Your answers could not be saved for next time. Everything else works.',
  'start.no-office': 'Office’s script (office.js) could not be loaded.',
  'start.timeout': 'Outlook did not answer in time.',
  'start.no-outlook': 'Office’s script loaded but did not find Outlook.',
  'start.not-compose.title': 'Open the add-in from a message you are writing',
  'start.not-compose.text': 'Start a new message (or reply), then choose Primary contact request again.',
  'start.failed.title': 'Outlook could not start the add-in',
  'start.unchanged': 'Your message has not been changed.',
  'start.retry': 'Close this pane and open it again, or reload Outlook.',
  'start.ask-it':
    'If it keeps happening, ask your IT administrator: a proxy, firewall or security policy may be blocking Microsoft’s add-in scripts (appsforoffice.microsoft.com and ajax.aspnetcdn.com).',
  // In a plain tab, whatever stopped office.js (not loaded on purpose, offline, no host).
  'preview.browser':
    'This is a preview in your browser: nothing is sent. Open it from Outlook to work on a real message.',
  'preview.not-compose': 'Open the add-in from a message you are writing.',
  'preview.read-mode': 'The add-in works while you write a message; this item is being read.',
  'settings.domains': 'Company email domains',
  'settings.domains.hint':
    'Optional. Comma-separated, e.g. mycompany.com, mycompany.co.uk. When set, the sender must be at one of them.',
  'settings.domains.invalid': 'Not a domain: {domains:comma}',
  'settings.domains.free-mail': {
    one: '{domains:comma}: personal/free-mail provider that anyone can sign up to, so not your company’s domain (IBM does not accept requests from them).',
    other: '{domains:comma}: personal/free-mail providers that anyone can sign up to, so not your company’s domain (IBM does not accept requests from them).',
  },
  'settings.domains.suffix': {
    one: '{domains:comma}: an ending under which anyone can register a domain (like .com or .co.uk), so not your company’s domain. Enter the domain itself, e.g. mycompany.co.uk.',
    other: '{domains:comma}: endings under which anyone can register a domain (like .com or .co.uk), so not your company’s domain. Enter the domain itself, e.g. mycompany.co.uk.',
  },
  'settings.domains.too-many': 'At most {max} domains; remove {count}: {domains:comma}.',
  'settings.domains.wildcard': '{typed} is kept as {domain}: a company domain covers the domain and all its subdomains.',
  'settings.domains.hint.org':
    "Optional: more domains, comma-separated. Your organisation's ({domains:comma}) always count; the sender must be at one of them or of these.",
  'org.title': 'From your organisation',
  'org.domains': 'Company domains: {domains:comma}',
  'org.sites': { one: 'Site: {sites:comma}', other: 'Sites: {sites:comma}' },
  'org.help': 'Help with Passport Advantage: {contact}',
  'org.problems': {
    one: "Your organisation's settings file has a problem (tell your IT administrator); the rest of the pane works as usual:",
    other:
      "Your organisation's settings file has problems (tell your IT administrator); the rest of the pane works as usual:",
  },
  'org.account.one':
    "Your organisation's site: {site}, whose desk sets the Region. You can type another number.",
  'org.account.many':
    "Pick one of your organisation's {count} sites (its desk sets the Region), or type another site number.",
  'org.help-line': 'Need help with these? In your organisation, ask {who}.',
  'settings.signature': 'Signature to use when the message has none',
  'settings.signature.hint': 'Your name, job title, email and phone, one per line.',
  'settings.signature.limit': 'Up to {count} characters.',
  'settings.save': 'Save settings',
  'settings.saved': 'Saved in your mailbox. The checks use it now.',
  'settings.save-failed': 'Outlook could not save the settings.',
  'simulated.title': 'Simulated message',
  'simulated.to': 'To',
  'simulated.subject': 'Subject',
  'simulated.body': 'Simulated message body',
  'simulated.empty': '(empty)',
  'office.failed': 'Outlook could not {action}.',
  'office.action.read-sender': 'read the sender',
  'office.action.read-body-type': 'read the message format',
  'office.action.read-body': 'read the message body',
  'office.action.read-subject': 'read the subject',
  'office.action.read-to': 'read the To recipients',
  'office.action.read-cc': 'read the Cc recipients',
  'office.action.write-body': 'change the message body',
  'office.action.write-subject': 'change the subject',
  'office.action.write-to': 'change the To recipients',
  'office.action.add-to': 'add to the To recipients',
  'office.action.save': 'save your choices',
  'office.error': 'Outlook reported "{name}".',
  'office.error.DataExceedsMaximumSize':
    'The message is larger than Outlook lets an add-in change in one step.',
  'office.error.InvalidSelection': 'The cursor is somewhere Outlook cannot insert text.',
  'office.error.GenericResponseError': 'Outlook reported an unexpected error.',
  'office.error.InternalServerError': 'The mail server reported an error.',
  'office.error.NetworkError': 'The connection to the mail server was lost.',
  'office.error.InvalidFormatError': 'The text was not in a format Outlook accepts here.',
  'office.error.NumberOfRecipientsExceeded': 'The message has more recipients than Outlook allows.',
  'office.error.SettingsSizeExceeded': 'The saved settings are larger than Outlook allows (32 KB).',
  'office.error.ItemNotFound': 'The message is no longer open.',
  'office.error.InvalidAttachmentId': 'An attachment could not be found.',
  'office.error.PermissionDenied': 'The add-in is not allowed to do this.',
  'office.error.Timeout': 'Outlook did not answer in time.',
  'office.error.NotSupported': 'This version of Outlook does not support it.',
  'office.error.Exception': 'Outlook refused the request.',
  'office.error.RecipientOutOfRange':
    'Outlook refused a recipient (a name, an address or their number is over its limit).',
  'office.line.to': 'To',
  'office.recipient.long-name':
    'A recipient on the {line} line has a display name longer than the {max} characters Outlook accepts from an add-in: {who:comma}. Remove that recipient and type the address again (or shorten the name in your contacts), then try again.',
  'office.recipient.long-name.who': '{address} (display name "{name}", {count} characters)',
  'office.recipient.long-address':
    'A recipient on the {line} line has an address longer than the {max} characters Outlook accepts: {addresses:comma}. Correct or remove it, then try again.',
  'office.recipient.too-many':
    'The {line} line would have {count} recipients; Outlook accepts at most {max} from an add-in. Remove some, then try again.',
  'office.advice': 'Try again.',
  'office.advice.DataExceedsMaximumSize': 'Shorten the message or remove the quoted thread, then try again.',
  'office.advice.InvalidSelection': 'Click inside the message body, then try again.',
  'office.advice.NetworkError': 'Check your connection, then try again.',
  'office.advice.Timeout': 'Try again; if it keeps happening, close and reopen the message.',
  'office.advice.NotSupported': 'Update Outlook, or fill in the field by hand.',
  'office.advice.SettingsSizeExceeded': 'Your choices were not saved; everything else works.',
  'error.unexpected': 'Something unexpected went wrong: {detail}',
} as const;
