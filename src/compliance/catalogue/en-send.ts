// The send-time dialog's own words, in English (part of the same catalogue as en.ts; kept apart
// so that only the send-time handler carries them). Outlook limits the dialog to 500 characters.
export const EN_SEND = {
  'send.open-pane': 'Open the add-in',
  'send.reject': 'IBM ({desks:comma}) would likely reject this primary contact request:',
  'send.reject.footer': 'Fix the message, or open the add-in.',
  'send.help': 'Help in your organisation: {contact}.',
  'send.check-desk': 'Check the IBM desk ({desks:comma}):',
  'send.check-desk.footer': 'Send anyway only if your IBM account is registered in that region.',
  'send.say-role':
    'If you are the current primary contact, say so in the message ("I am the current primary contact").',
  'send.more': { one: '…and {count} more.', other: '…and {count} more.' },
} as const;
