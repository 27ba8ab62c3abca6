// Test-only (not imported by the entry, so never bundled): messages on their way to an IBM desk,
// written the way the pane writes them (template + body merge) or by hand, as fake-Outlook
// scenarios. Used by the handler's unit tests and by test/e2e/send-guard.e2e.ts.
import { insertRequest } from '../compliance/body-merge';
import { REGIONS } from '../compliance/desks';
import { basicDomainKnowledge } from '../compliance/domains';
import { parseHtmlWithHtmlparser2 } from '../compliance/parse-html-htmlparser2';
import { buildTemplate } from '../compliance/template';
import type { ComposeBody, MailAddress, RegionId, RequestAnswers } from '../compliance/types';
import type { FakeScenario } from '../office/fake-office';
// The engine's own fixtures: a new contact and a compliant manager's request (EMEA desk).
import { answers, BOB } from '../compliance/fixtures/inputs';

export { answers, BOB };

export const DESK: Record<RegionId, string> = Object.fromEntries(
  REGIONS.map((r) => [r.id, r.desk]),
) as Record<RegionId, string>;

export const JANE: MailAddress = { address: 'jane.doe@mycompany.com', displayName: 'Jane Doe' };

/** An Outlook on the web compose body with an auto-signature. */
export function owaBody(
  signatureLines: string[] = ['Jane Doe', 'IT Manager', 'jane.doe@mycompany.com', '+1 555 0100'],
): ComposeBody {
  return {
    type: 'html',
    content: `<html><body><div><br></div><div id="Signature"><p>${signatureLines.join('<br>')}</p></div></body></html>`,
  };
}

export interface TestMessage {
  subject: string;
  body: ComposeBody;
  to: string[];
  from: MailAddress;
}

/** The message the pane writes for these answers: subject, body (block above the signature) and To. */
export function paneMessage(
  a: Partial<RequestAnswers> = {},
  options: { body?: ComposeBody; from?: MailAddress; to?: string[] } = {},
): TestMessage {
  const full = answers(a);
  const from = options.from ?? JANE;
  const body = options.body ?? owaBody();
  const env = { parseHtml: parseHtmlWithHtmlparser2, domains: basicDomainKnowledge() };
  const t = buildTemplate({ sender: from, body, answers: full, companyDomains: [] }, env);
  return {
    subject: t.subject,
    body: insertRequest(body, { html: t.html, text: t.text }, undefined, from),
    to: options.to ?? (t.to ? [t.to] : []),
    from,
  };
}

/** A fake-Outlook scenario composing this message (Mailbox 1.15 unless told otherwise). */
export function scenarioOf(message: TestMessage, extra: FakeScenario = {}): FakeScenario {
  return {
    user: { emailAddress: message.from.address, displayName: message.from.displayName },
    from: { emailAddress: message.from.address, displayName: message.from.displayName },
    subject: message.subject,
    body: message.body,
    to: message.to,
    ...extra,
  };
}
