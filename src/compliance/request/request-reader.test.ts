import { mergeRequestIntoBody } from '../mail/body-merge';
import * as B from '../../../test/fixtures/bodies';
import { BOB, basicEnv, input } from '../../../test/fixtures/inputs';
import { parseHtmlWithHtmlparser2 as parse } from '../mail/parse-html-htmlparser2';
import { readRequest } from './request-reader';
import { evaluate } from '../rules/evaluate';
import { buildTemplate } from './template';
import type { ComplianceInput, ComposeBody, RequestAnswers } from '../types';

function inserted(i: ComplianceInput): { body: ComposeBody; subject: string } {
  const t = buildTemplate(i, basicEnv);
  return { body: mergeRequestIntoBody(i.body, t), subject: t.subject };
}

describe('readRequest: what the inserted email states', () => {
  test.each<[string, ComposeBody, Partial<RequestAnswers>]>([
    ['manager, left the company, OWA', B.OWA_NEW, {}],
    ['manager, moved role, classic', B.CLASSIC_NEW, { reason: 'changed-role', region: 'japan' }],
    [
      'primary contact, free text, text body',
      B.TEXT_DASHES,
      { role: 'primary-contact', reason: 'I am retiring at the end of June.', region: 'americas' },
    ],
    [
      'manager, free text, no signature',
      B.EMPTY_HTML,
      { reason: 'John Smith retired in March.', region: 'asia-pacific' },
    ],
  ])('%s', (_, body, a) => {
    const i = input({ body }, a);
    const out = inserted(i);
    const read = readRequest(out.body, parse, out.subject);
    expect(read).toEqual({
      role: i.answers.role,
      reason: i.answers.reason,
      accountNumber: '0001234567',
      region: i.answers.region,
      newContact: BOB,
    });
  });

  test('no block → null', () => {
    expect(readRequest(B.OWA_NEW, parse)).toBeNull();
    expect(readRequest(B.EMPTY_TEXT, parse)).toBeNull();
  });

  test('the account number falls back to the subject', () => {
    const body: ComposeBody = {
      type: 'text',
      content:
        'Dear support,\nOur primary contact has left the company.\nCan you please update the primary contact information as mentioned below\nName: Bob\n',
    };
    expect(readRequest(body, parse, 'primary contact update for account 0007654321')?.accountNumber).toBe(
      '0007654321',
    );
  });

  test('a compliant request stays compliant once inserted (the engine reads the body the pane wrote)', () => {
    for (const body of [B.OWA_NEW, B.CLASSIC_NEW, B.MOBILE, B.CLOSING_HTML]) {
      const i = input({ body });
      const after = { ...i, body: inserted(i).body };
      expect(evaluate(after, basicEnv).map((r) => r.status)).toEqual(
        evaluate(i, basicEnv).map((r) => r.status),
      );
    }
  });

  test('with no Outlook signature, the saved signature inserted by the template satisfies the manager title at send time', () => {
    const i = input({ body: B.EMPTY_HTML, savedSignature: 'Jane Doe\nIT Manager\n+1 415 555 0100' });
    const { body } = inserted(i);
    const atSend = evaluate({ ...i, body, savedSignature: undefined }, basicEnv);
    expect(atSend.find((r) => r.id === 'manager-title')?.status).toBe('pass');
  });
});
