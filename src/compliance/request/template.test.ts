import fc from 'fast-check';
import * as B from '../../../test/fixtures/bodies';
import { BOB, basicEnv, input, withBody } from '../../../test/fixtures/inputs';
import { findElement, type ElementNode, type HtmlNode } from '../mail/html';
import { parseHtmlWithHtmlparser2 as parse } from '../mail/parse-html-htmlparser2';
import { isRequestSubject } from '../mail/wording';
import { buildSubject, buildTemplate, escapeHtml } from './template';
import type { ComplianceInput } from '../types';

const SUBJECT_PATTERN = /^primary contact update for account (\d+|\[account number\])$/;

function elements(nodes: HtmlNode[]): ElementNode[] {
  const out: ElementNode[] = [];
  findElement(nodes, (e) => {
    out.push(e);
    return false;
  });
  return out;
}

describe('subject', () => {
  test.each([
    ['0001234567', 'primary contact update for account 0001234567'],
    ['000 123-4567', 'primary contact update for account 0001234567'],
    // Never a dangling "account ": a visible placeholder the account-number check reads back.
    ['', 'primary contact update for account [account number]'],
    ['00AB', 'primary contact update for account [account number]'],
    ['-', 'primary contact update for account [account number]'],
  ])('%j → %j', (account, subject) => {
    expect(buildSubject(account)).toBe(subject);
  });

  test('is at most 255 characters', () => {
    expect(buildSubject('1'.repeat(1000)).length).toBe(255);
  });

  test("isRequestSubject knows only the template's subject", () => {
    expect(isRequestSubject('primary contact update for account ')).toBe(true);
    expect(isRequestSubject('primary contact update for account [account number]')).toBe(true);
    expect(isRequestSubject('primary contact update for account [account]')).toBe(false);
    expect(isRequestSubject('Re: primary contact update for account 0001234567')).toBe(false);
    expect(isRequestSubject('primary contact update for account 12 (urgent)')).toBe(false);
  });

  test('property: always matches the pattern and fits 255 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9 -]{0,400}$/), fc.string({ unit: 'grapheme' })),
        (account) => {
          const s = buildSubject(account);
          expect(s).toMatch(SUBJECT_PATTERN);
          expect(isRequestSubject(s)).toBe(true);
          expect(s.length).toBeLessThanOrEqual(255);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('body', () => {
  test("IBM's wording and the new contact's labelled details, above the existing Outlook signature (no second copy)", () => {
    const t = buildTemplate(withBody(B.OWA_REPLY_ANALYST), basicEnv);
    expect(t.subject).toBe('primary contact update for account 0001234567');
    expect(t.to).toBe('palogin@ie.ibm.com');
    expect(t.signatureIncluded).toBe(false);
    expect(t.text).toBe(
      [
        'Dear support,',
        'Our primary contact has left the company.',
        'Can you please update the primary contact information as mentioned below',
        '',
        'New primary contact:',
        'Name: Bob Newman',
        'Job title: IT Operations Lead',
        'Email: bob.newman@mycompany.com',
        'Phone: +44 20 7946 0999',
        '',
        'Account number: 0001234567',
        'Region: Europe, Middle East, Africa',
        '',
        'Kind regards',
      ].join('\n'),
    );
    expect(t.html).toBe(
      '<div id="pcc-request" class="pcc-request">' +
        '<p>Dear support,<br>Our primary contact has left the company.<br>Can you please update the primary contact information as mentioned below</p>' +
        '<p>New primary contact:<br>Name: Bob Newman<br>Job title: IT Operations Lead<br>Email: bob.newman@mycompany.com<br>Phone: +44 20 7946 0999</p>' +
        '<p>Account number: 0001234567<br>Region: Europe, Middle East, Africa</p>' +
        '<p>Kind regards</p></div>',
    );
  });

  test.each([
    ['mobile', B.MOBILE],
    ['OWA reply', B.OWA_REPLY_ANALYST],
  ])('%s signature: the block ends with "Kind regards" and does not repeat the signature', (_, body) => {
    const t = buildTemplate(withBody(body), basicEnv);
    expect(t.signatureIncluded).toBe(false);
    expect(t.text.endsWith('\nKind regards')).toBe(true);
    expect(t.text).not.toContain('Jane Doe');
  });

  test.each([
    ['OWA', B.OWA_NEW],
    ['classic Windows', B.CLASSIC_NEW],
  ])('%s signature that starts with its own "Kind regards": no second closing', (_, body) => {
    const t = buildTemplate(withBody(body), basicEnv);
    expect(t.text).not.toContain('Kind regards');
    expect(t.text.endsWith('Region: Europe, Middle East, Africa')).toBe(true);
  });

  test('no signature in the body: the sender\'s name follows "Kind regards"', () => {
    const t = buildTemplate(withBody(B.EMPTY_HTML), basicEnv);
    expect(t.signatureIncluded).toBe(true);
    expect(t.text.endsWith('Kind regards\nJane Doe')).toBe(true);
    expect(t.html).toContain('<p>Kind regards<br>Jane Doe</p>');
  });

  test('no signature in the body but a saved one: the saved lines follow "Kind regards"', () => {
    const t = buildTemplate(
      withBody(B.EMPTY_HTML, { savedSignature: 'Jane Doe\nIT Manager\n+1 415 555 0100' }),
      basicEnv,
    );
    expect(t.signatureIncluded).toBe(true);
    expect(t.text.endsWith('Kind regards\nJane Doe\nIT Manager\n+1 415 555 0100')).toBe(true);
  });

  test('a typed closing and signature: the block adds no closing of its own', () => {
    const t = buildTemplate(withBody(B.CLOSING_HTML), basicEnv);
    expect(t.signatureIncluded).toBe(false);
    expect(t.text).not.toContain('Kind regards');
    expect(t.text.endsWith('Region: Europe, Middle East, Africa')).toBe(true);
  });

  test('after a bare "-- " delimiter the block still closes with "Kind regards"', () => {
    expect(buildTemplate(withBody(B.TEXT_DASHES), basicEnv).text.endsWith('\nKind regards')).toBe(true);
  });

  test('the primary contact speaks in the first person', () => {
    const t = buildTemplate(input({}, { role: 'primary-contact', reason: 'changed-role' }), basicEnv);
    expect(t.text).toContain('I am the current primary contact and I have moved to a different role.');
  });

  test('self as the new contact: details from the signature', () => {
    const t = buildTemplate(withBody(B.OWA_NEW, {}, { newContact: { mode: 'self', person: BOB } }), basicEnv);
    expect(t.text).toContain(
      'Name: Jane Doe\nJob title: IT Manager\nEmail: jane.doe@mycompany.com\nPhone: +44 20 7946 0018',
    );
  });

  test('free-text reason becomes one sentence', () => {
    const t = buildTemplate(input({}, { reason: 'our contact John\nretired in March' }), basicEnv);
    expect(t.text).toContain('\nOur contact John retired in March.\n');
  });
});

describe('escaping', () => {
  const nasty = {
    name: '<script>alert(1)</script>',
    title: '"Manager" & <b>boss</b>',
    email: 'x"><img src=x onerror=alert(1)>@mycompany.com',
    phone: "<img src=x onerror='alert(1)'>",
  };
  test('names, titles, emails, phones and reasons are escaped', () => {
    const t = buildTemplate(
      input(
        {
          sender: { address: 'jane@mycompany.com', displayName: '<svg onload=alert(1)>' },
          body: B.EMPTY_HTML,
        },
        {
          reason: 'He left & went "away" <img src=x onerror=alert(1)>',
          newContact: { mode: 'other', person: nasty },
        },
      ),
      basicEnv,
    );
    expect(t.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(t.html).toContain('&quot;Manager&quot; &amp; &lt;b&gt;boss&lt;/b&gt;');
    expect(t.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(t.html).toContain('&lt;svg onload=alert(1)&gt;');
    expect(t.html).not.toMatch(/<(script|img|svg|b)\b/i);
    expect(t.html).not.toMatch(/<[^>]*\son\w+\s*=/i);
    // The text variant carries the strings as they are.
    expect(t.text).toContain('Name: <script>alert(1)</script>');
  });

  test('escapeHtml', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  const anyString = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('<script>', '"><img src=x onerror=alert(1)>', '&', '<', '"', "'"),
  );
  test('property: the HTML never gains a tag, attribute or event handler from user strings', () => {
    fc.assert(
      fc.property(
        anyString,
        anyString,
        anyString,
        anyString,
        anyString,
        anyString,
        anyString,
        (name, title, email, phone, reason, display, saved) => {
          const i: ComplianceInput = input(
            {
              sender: { address: 'jane@mycompany.com', displayName: display },
              body: B.EMPTY_HTML,
              savedSignature: saved,
            },
            {
              reason,
              accountNumber: reason,
              newContact: { mode: 'other', person: { name, title, email, phone } },
            },
          );
          const { html } = buildTemplate(i, basicEnv);
          const els = elements(parse(html));
          expect(els[0]?.tag).toBe('div');
          expect(els[0]?.attrs).toEqual({ id: 'pcc-request', class: 'pcc-request' });
          for (const e of els.slice(1)) {
            expect(['p', 'br']).toContain(e.tag);
            expect(e.attrs).toEqual({});
          }
          expect(html).not.toMatch(/<(?!\/?(div|p|br)\b)/i);
          expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('property: escapeHtml output has no markup characters', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"'`]/);
        expect(elements(parse(`<p>${escapeHtml(s)}</p>`)).map((e) => e.tag)).toEqual(['p']);
      }),
    );
  });
});
