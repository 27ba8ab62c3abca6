// The browser's language: what preview mode (and a pane whose Outlook did not start) speaks, as
// Outlook would speak its display language. Its own module so that the first screen can read it
// without the preview mailbox.
export function browserLanguage(): string {
  return typeof navigator === 'object' && typeof navigator.language === 'string' ? navigator.language : '';
}
