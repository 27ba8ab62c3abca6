// Entry of the send-time runtime: dist/send-guard.js, loaded by dist/send-guard.html (Outlook on
// the web, new Outlook, Mac) and directly by classic Outlook on Windows, whose JavaScript-only
// runtime has no DOM and does not run Office.onReady. So: no React, no Fluent, no DOM, no dynamic
// import() — one file that associates the handler when it is evaluated.
import { registerSendGuard } from './on-message-send';

registerSendGuard((globalThis as { Office?: typeof Office }).Office);
