import { mergeRequestIntoBody } from '../mail/body-merge';
import { basicDomainKnowledge } from '../knowledge/domains';
import { answersFromMessage, storedFormHints, type MessageToRead } from './message-answers';
import { parseHtmlWithHtmlparser2 as parseHtml } from '../mail/parse-html-htmlparser2';
import type { EngineEnv } from '../rules/evaluate';
import { buildTemplate } from './template';
import { IBM_EXAMPLE } from '../../../test/fixtures/bodies';
import { answers } from '../../../test/fixtures/inputs';
import type { ComposeBody, RequestAnswers } from '../types';

const env: EngineEnv = { parseHtml, domains: basicDomainKnowledge() };
const JANE = { address: 'jane.doe@mycompany.com', displayName: 'Jane Doe' };
const SIGNATURE =
  '<div id="Signature"><p>Jane Doe<br>IT Manager<br>jane.doe@mycompany.com<br>Phone: +1 555 0100</p></div>';
const OWA_NEW: ComposeBody = {
  type: 'html',
  content: `<html><body><div><br></div>${SIGNATURE}</body></html>`,
};

/** The message the pane writes for these answers: subject and body with the block above the signature. */
function inserted(a: RequestAnswers, body: ComposeBody = OWA_NEW): { subject: string; body: ComposeBody } {
  const t = buildTemplate({ sender: JANE, body, answers: a, companyDomains: [] }, env);
  return { subject: t.subject, body: mergeRequestIntoBody(body, { html: t.html, text: t.text }) };
}

function read(message: Partial<MessageToRead> & { body: ComposeBody }) {
  return answersFromMessage({ subject: '', sender: JANE, deskRegion: 'emea', ...message }, parseHtml);
}

describe('answersFromMessage: the block the pane inserted', () => {
  it.each<[string, Partial<RequestAnswers>]>([
    ['manager, left the company, someone else', {}],
    ['current primary contact, moved role', { role: 'primary-contact', reason: 'changed-role' }],
    ['manager, free-text reason', { reason: 'She retired at the end of March' }],
    [
      'primary contact, free-text reason',
      { role: 'primary-contact', reason: 'I am moving to our Tokyo office' },
    ],
    [
      'self as the new contact',
      { newContact: { mode: 'self', person: { name: '', title: '', email: '', phone: '' } } },
    ],
    ['Japan', { region: 'japan' }],
  ])('reads back what it wrote: %s', (_name, overrides) => {
    const a = answers(overrides);
    const got = read({ ...inserted(a), deskRegion: null });
    expect(got.fromTemplate).toBe(true);
    expect(got.isRequest).toBe(true);
    expect(got.roleSource).toBe('message');
    expect(got.regionStated).toBe(true);
    // A free-text reason comes back as the sentence the template made of it.
    const freeText = a.reason !== 'left-company' && a.reason !== 'changed-role';
    const expected = { ...a, reason: freeText ? `${a.reason}.` : a.reason };
    if (a.newContact.mode === 'self') expected.newContact = a.newContact;
    expect(got.answers).toEqual(expected);
    expect(got.signature.title).toBe('IT Manager');
  });

  it('reads the same from a plain-text body', () => {
    const text: ComposeBody = {
      type: 'text',
      content: '\n\nKind regards\nJane Doe\nIT Manager\njane.doe@mycompany.com\n',
    };
    const got = read(inserted(answers(), text));
    expect(got.fromTemplate).toBe(true);
    expect(got.answers).toEqual(answers());
  });

  it("reads a blanked account number as the subject's placeholder, and an edited one as written", () => {
    const message = inserted(answers({ accountNumber: '' }));
    expect(read(message).answers.accountNumber).toBe('[account number]');
    const edited = inserted(answers({ accountNumber: '12AB34' }));
    expect(read(edited).answers.accountNumber).toBe('12AB34');
  });
});

describe('answersFromMessage: a message written by hand', () => {
  it("reads IBM's own example (the template's wording, written by hand)", () => {
    const got = read({ subject: 'primary contact update for account 0001234567', body: IBM_EXAMPLE });
    expect(got.fromTemplate).toBe(true);
    expect(got.isRequest).toBe(true);
    expect(got.answers).toEqual({
      role: 'manager',
      reason: 'left-company',
      accountNumber: '0001234567',
      region: 'emea',
      newContact: { mode: 'self', person: { name: '', title: '', email: '', phone: '' } },
    });
    expect(got.roleSource).toBe('message');
    expect(got.regionStated).toBe(false);
  });

  it('takes the role from "I am the current primary contact"', () => {
    const body: ComposeBody = {
      type: 'text',
      content:
        'Hello,\nI am the current primary contact for our site and I am leaving the company at the end of May.\nPlease make Bob the new one.\nName: Bob Newman\nEmail: bob.newman@mycompany.com\n\nThanks\nJane Doe',
    };
    const got = read({ subject: 'PCC change, account 000 123 4567', body });
    expect(got.answers.role).toBe('primary-contact');
    expect(got.answers.reason).toMatch(/leaving the company/);
    expect(got.answers.accountNumber).toBe('000 123 4567');
    expect(got.answers.newContact).toEqual({
      mode: 'other',
      person: { name: 'Bob Newman', title: '', email: 'bob.newman@mycompany.com', phone: '' },
    });
  });

  it('finds an "Account number:" line and a "Reason:" line', () => {
    const body: ComposeBody = {
      type: 'html',
      content: `<div>Dear support team,</div><div>Please update our primary contact.</div><div>Reason: the contact retired</div><div>Account number: 0009876543</div>${SIGNATURE}`,
    };
    const got = read({ subject: 'Primary contact', body });
    expect(got.answers.accountNumber).toBe('0009876543');
    expect(got.answers.reason).toBe('the contact retired');
  });

  it('reads a "Region:" line and says it was stated', () => {
    const body: ComposeBody = {
      type: 'text',
      content: IBM_EXAMPLE.content.replace(
        'Kind regards',
        'Account number: 0001234567\nRegion: Japan\n\nKind regards',
      ),
    };
    const got = read({ subject: 'primary contact update for account 0001234567', body, deskRegion: 'emea' });
    expect(got.answers.region).toBe('japan');
    expect(got.regionStated).toBe(true);
  });

  it('does not take the new contact from the signature\'s "Phone:" line', () => {
    const body: ComposeBody = {
      type: 'html',
      content: `<div>Our primary contact has left the company.</div>${SIGNATURE}`,
    };
    expect(read({ body }).answers.newContact.mode).toBe('self');
  });

  it('ignores the quoted thread', () => {
    const body: ComposeBody = {
      type: 'html',
      content:
        '<div>Thanks!</div><div id="appendonsend"></div><div id="divRplyFwdMsg"><b>From:</b> IBM</div>' +
        '<div>Account number: 0001112223. Your primary contact has left the company.</div>',
    };
    const got = read({ subject: 'RE: your case', body });
    expect(got.answers.accountNumber).toBe('');
    expect(got.answers.reason).toBe('');
    expect(got.isRequest).toBe(false);
  });

  it('gives no reason for a message without one', () => {
    const body: ComposeBody = {
      type: 'text',
      content: 'Hi,\nPlease change the primary contact to Bob.\nName: Bob Newman\nEmail: bob@mycompany.com',
    };
    expect(read({ subject: 'primary contact update for account 0001234567', body }).answers.reason).toBe('');
  });

  it('is not a request when nothing mentions a primary contact', () => {
    const body: ComposeBody = {
      type: 'text',
      content: 'Hello,\nI cannot download my licence key for SPSS.\nRegards\nJane',
    };
    expect(read({ subject: 'Download problem', body }).isRequest).toBe(false);
  });
});

describe('answersFromMessage: the stored form', () => {
  const body: ComposeBody = {
    type: 'text',
    content:
      'Dear support,\nPlease update the primary contact, see below.\nName: Bob Newman\nEmail: bob.newman@mycompany.com',
  };
  const subject = 'primary contact update for account 0001234567';

  it('fills in the role the message does not state, for the same account', () => {
    const got = read({
      subject,
      body,
      storedForm: { role: 'primary-contact', accountNumber: '000-123-4567' },
    });
    expect(got.answers.role).toBe('primary-contact');
    expect(got.roleSource).toBe('form');
  });

  it('is ignored for another account, and the role defaults to manager', () => {
    const got = read({ subject, body, storedForm: { role: 'primary-contact', accountNumber: '0009999999' } });
    expect(got.answers.role).toBe('manager');
    expect(got.roleSource).toBe('default');
  });

  it('never overrides what the message says', () => {
    const got = read({
      subject,
      body: IBM_EXAMPLE,
      storedForm: { role: 'primary-contact', accountNumber: '0001234567' },
    });
    expect(got.answers.role).toBe('manager');
    expect(got.roleSource).toBe('message');
  });

  it('gives a region only when the user chose it', () => {
    const chosen = read({
      subject,
      body,
      deskRegion: 'japan',
      storedForm: { accountNumber: '0001234567', region: 'emea', regionChosen: true },
    });
    expect(chosen.answers.region).toBe('emea');
    expect(chosen.regionStated).toBe(true);
    const suggested = read({
      subject,
      body,
      deskRegion: 'japan',
      storedForm: { accountNumber: '0001234567', region: 'emea' },
    });
    expect(suggested.answers.region).toBe('japan');
    expect(suggested.regionStated).toBe(false);
  });

  it.each([null, undefined, 'x', 42, [], { role: 'boss', region: 'mars', accountNumber: 7 }])(
    'reads %j defensively',
    (stored) => {
      expect(storedFormHints(stored)).toEqual({
        role: null,
        accountNumber: '',
        region: null,
        regionChosen: false,
      });
    },
  );
});

describe('answersFromMessage never throws', () => {
  it.each<ComposeBody>([
    { type: 'html', content: '' },
    { type: 'text', content: '' },
    { type: 'html', content: '<div><<<>>>&&&' + '<div>'.repeat(5000) },
    { type: 'html', content: null as unknown as string },
  ])('on %#', (body) => {
    expect(() => read({ body, subject: null as unknown as string })).not.toThrow();
  });
});
