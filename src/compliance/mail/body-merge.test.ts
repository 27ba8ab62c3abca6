import fc from 'fast-check';
import { mergeRequestIntoBody, planInsert } from './body-merge';
import * as B from '../../../test/fixtures/bodies';
import { basicEnv, input } from '../../../test/fixtures/inputs';
import { el, txt } from './html';
import { parseHtmlWithHtmlparser2 as parse } from './parse-html-htmlparser2';
import { readSignature } from './signature';
import { buildTemplate } from '../request/template';
import type { ComplianceInput, ComposeBody, RequestAnswers } from '../types';

/** The block for this body, then the body with it inserted — as the pane does on Insert. */
function insertFor(
  body: ComposeBody,
  overrides: Partial<ComplianceInput> = {},
  a: Partial<RequestAnswers> = {},
): ComposeBody {
  const t = buildTemplate(input({ body, ...overrides }, a), basicEnv);
  return mergeRequestIntoBody(body, t);
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

/** Asserts out = original[0, start) + something + original[start, …) — the original kept byte for byte around one insertion. */
function expectSplicedInto(original: string, out: string, inserted: string): number {
  const at = out.indexOf(inserted);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(out.slice(0, at) + out.slice(at + inserted.length)).toBe(original);
  return at;
}

describe('mergeRequestIntoBody, HTML', () => {
  test.each([
    ['OWA: before div#Signature', B.OWA_NEW, '<div id="Signature">'],
    ['OWA reply: before div#Signature, above the quoted thread', B.OWA_REPLY_ANALYST, '<div id="Signature">'],
    ['mobile: before the mobile signature', B.MOBILE, '<div id="ms-outlook-mobile-signature"'],
    [
      'classic: before the _MailAutoSig paragraph',
      B.CLASSIC_NEW,
      '<p class=MsoNormal><a name="_MailAutoSig">',
    ],
    ['typed signature: before the closing line', B.CLOSING_HTML, '<div>Best regards,</div>'],
    ['reply without signature: before appendonsend', B.OWA_REPLY_NO_SIGNATURE, '<div id="appendonsend">'],
  ])('%s', (_, body, marker) => {
    const t = buildTemplate(input({ body }), basicEnv);
    const out = mergeRequestIntoBody(body, t);
    expect(out.type).toBe('html');
    const at = expectSplicedInto(body.content, out.content, t.html);
    expect(out.content.slice(at + t.html.length).startsWith(marker)).toBe(true);
  });

  test('classic reply: before the signature, the quoted original untouched below', () => {
    const t = buildTemplate(input({ body: B.CLASSIC_REPLY }), basicEnv);
    const out = mergeRequestIntoBody(B.CLASSIC_REPLY, t);
    const at = expectSplicedInto(B.CLASSIC_REPLY.content, out.content, t.html);
    expect(at).toBeLessThan(out.content.indexOf('Bob Seller'));
    expect(out.content.slice(at + t.html.length)).toMatch(/^<p class=MsoNormal><a name="_MailAutoSig">/);
  });

  test('no signature, no thread: at the end of the body content, before </body>', () => {
    const t = buildTemplate(input({ body: B.EMPTY_HTML }), basicEnv);
    const out = mergeRequestIntoBody(B.EMPTY_HTML, t);
    expectSplicedInto(B.EMPTY_HTML.content, out.content, t.html);
    expect(out.content.endsWith(`${t.html}</body></html>`)).toBe(true);
  });

  test('a bare fragment (no <body>): at the end', () => {
    const body: ComposeBody = { type: 'html', content: '<div>Hello</div>' };
    expect(mergeRequestIntoBody(body, { html: '<div id="pcc-request">X</div>', text: 'X' }).content).toBe(
      '<div>Hello</div><div id="pcc-request">X</div>',
    );
  });

  test('inserting again replaces our block instead of stacking a second one, and is stable', () => {
    for (const body of [
      B.OWA_NEW,
      B.CLASSIC_NEW,
      B.MOBILE,
      B.CLOSING_HTML,
      B.EMPTY_HTML,
      B.OWA_REPLY_NO_SIGNATURE,
    ]) {
      const once = insertFor(body);
      const twice = insertFor(once);
      expect(twice.content).toBe(once.content);
      const changed = insertFor(once, {}, { accountNumber: '0009999999' });
      expect(count(changed.content, 'id="pcc-request"')).toBe(1);
      expect(count(changed.content, 'Dear support,')).toBe(1);
      expect(changed.content).toContain('0009999999');
      expect(changed.content).not.toContain('0001234567');
    }
  });

  test("the user's signature is still read after inserting (the block does not hide it)", () => {
    const out = insertFor(B.OWA_NEW);
    expect(readSignature(out, parse)).toMatchObject({ source: 'owa', title: 'IT Manager' });
    const none = insertFor(B.EMPTY_HTML, { savedSignature: 'Jane Doe\nIT Manager' });
    expect(readSignature(none, parse)).toMatchObject({ title: 'IT Manager' });
  });

  test("Outlook's x_pcc-request rendering is recognised as our block", () => {
    const body: ComposeBody = {
      type: 'html',
      content: '<div>Hi</div><div id="x_pcc-request"><p>old</p></div><div id="Signature">Jane</div>',
    };
    const out = mergeRequestIntoBody(body, { html: '<div id="pcc-request">new</div>', text: '' });
    expect(out.content).toBe('<div>Hi</div><div id="pcc-request">new</div><div id="Signature">Jane</div>');
  });

  test('a block inside the quoted thread (a reply to an earlier request) is not replaced', () => {
    const body: ComposeBody = {
      type: 'html',
      content: '<div>Hi</div><div id="appendonsend"></div><div id="x_pcc-request">theirs</div>',
    };
    const out = mergeRequestIntoBody(body, { html: '<div id="pcc-request">mine</div>', text: '' });
    expect(out.content).toBe(
      '<div>Hi</div><div id="pcc-request">mine</div><div id="appendonsend"></div><div id="x_pcc-request">theirs</div>',
    );
  });

  test('a parser without offsets (DOMParser-built tree) falls back to htmlparser2', () => {
    const domLike = () => [el('div', { id: 'Signature' }, [txt('Jane')])];
    const body: ComposeBody = { type: 'html', content: '<p>Hi</p><div id="Signature">Jane</div>' };
    expect(
      mergeRequestIntoBody(body, { html: '<div id="pcc-request"></div>', text: '' }, domLike).content,
    ).toBe('<p>Hi</p><div id="pcc-request"></div><div id="Signature">Jane</div>');
  });
});

describe('a signature typed at the end with no marker', () => {
  const HTML: ComposeBody = {
    type: 'html',
    content:
      '<html><body><div>Please see below.</div><div><br></div><div>Jane Doe</div><div>IT Manager</div><div>+44 20 7946 0018</div></body></html>',
  };
  const TEXT: ComposeBody = {
    type: 'text',
    content: 'Please see below.\n\nJane Doe\nIT Manager\n+44 20 7946 0018\n',
  };

  test.each([
    ['HTML', HTML, '<div>Jane Doe</div>'],
    ['plain text', TEXT, 'Jane Doe\n'],
  ])(
    '%s: the block goes above it, with its own closing, and the signature still counts',
    (_, body, sigStart) => {
      const t = buildTemplate(input({ body }), basicEnv);
      expect(t.text).toMatch(/Kind regards$/);
      const out = mergeRequestIntoBody(body, t, undefined, input().sender);
      expect(out.content.indexOf('Dear support,')).toBeLessThan(out.content.indexOf(sigStart));
      expect(out.content.indexOf('Please see below.')).toBeLessThan(out.content.indexOf('Dear support,'));
      expect(readSignature(out, parse, undefined, input().sender)).toMatchObject({ title: 'IT Manager' });
      const again = mergeRequestIntoBody(
        out,
        buildTemplate(input({ body: out }), basicEnv),
        undefined,
        input().sender,
      );
      expect(again.content).toBe(out.content);
    },
  );
});

describe('mergeRequestIntoBody, plain text', () => {
  test('before the "-- " signature', () => {
    const t = buildTemplate(input({ body: B.TEXT_DASHES }), basicEnv);
    const out = mergeRequestIntoBody(B.TEXT_DASHES, t);
    expect(out.type).toBe('text');
    expect(out.content).toBe(
      `Hello,\n\nPlease see below.\n\n${t.text}\n\n-- \nJane Doe\nIT Manager\nMyCompany Ltd\nPhone: +1 (415) 555-0100\njane.doe@mycompany.com\n`,
    );
  });

  test("before the closing, with the body's CRLF line ends, above the quoted original", () => {
    const t = buildTemplate(input({ body: B.TEXT_REPLY }), basicEnv);
    expect(t.text).not.toContain('Kind regards'); // the user's own "Kind regards" closes the message
    const out = mergeRequestIntoBody(B.TEXT_REPLY, t);
    const block = t.text.replace(/\n/g, '\r\n');
    const at = expectSplicedInto(B.TEXT_REPLY.content, out.content, `${block}\r\n\r\n`);
    expect(out.content.slice(at).startsWith(`${block}\r\n\r\nKind regards\r\nJane Doe`)).toBe(true);
  });

  test('empty body: the block alone', () => {
    const t = buildTemplate(input({ body: B.EMPTY_TEXT }), basicEnv);
    expect(mergeRequestIntoBody(B.EMPTY_TEXT, t).content).toBe(t.text);
  });

  test('text without a signature: at the end, after a blank line', () => {
    const body: ComposeBody = { type: 'text', content: 'Hello' };
    expect(mergeRequestIntoBody(body, { html: '', text: 'BLOCK' }).content).toBe('Hello\n\nBLOCK');
  });

  test('inserting again replaces our block (closing and our signature lines too) and is stable', () => {
    for (const body of [
      B.TEXT_DASHES,
      B.TEXT_REPLY,
      B.EMPTY_TEXT,
      { type: 'text' as const, content: 'Hello\n' },
    ]) {
      for (const saved of [undefined, 'Jane Doe\nIT Manager']) {
        const once = insertFor(body, { savedSignature: saved });
        const twice = insertFor(once, { savedSignature: saved });
        expect(twice.content).toBe(once.content);
        const changed = insertFor(once, { savedSignature: saved }, { region: 'japan' });
        expect(count(changed.content, 'Dear support,')).toBe(1);
        expect(count(changed.content, 'Can you please update')).toBe(1);
        expect(changed.content).toContain('Region: Japan');
        expect(changed.content).not.toContain('Region: Europe');
      }
    }
  });

  test("IBM's example typed by hand is replaced by the template", () => {
    const out = insertFor(B.IBM_EXAMPLE);
    expect(count(out.content, 'Dear support,')).toBe(1);
    expect(out.content).toContain('Name: Bob Newman');
  });
});

describe('properties', () => {
  const fragment = fc.oneof(
    fc.constantFrom(
      '<div>',
      '</div>',
      '<p>',
      '</p>',
      '<br>',
      '<body>',
      '</body>',
      '<div id="Signature">',
      '<a name="_MailAutoSig">',
      '</a>',
      '<div id="appendonsend">',
      'Kind regards',
      'Jane Doe',
      '<b>From:</b> x<br><b>Sent:</b> y',
      '&amp;',
      '<',
      '\n',
      '\r\n',
      '-- ',
    ),
    fc.string({ maxLength: 12 }),
  );
  const content = fc.array(fragment, { maxLength: 40 }).map((a) => a.join(''));
  const block = {
    html: '<div id="pcc-request" class="pcc-request"><p>BLOCK</p></div>',
    text: 'Dear support,\nBLOCK',
  };

  test('mergeRequestIntoBody preserves the original body outside the inserted block (HTML and text)', () => {
    fc.assert(
      fc.property(content, fc.constantFrom<'html' | 'text'>('html', 'text'), (c, type) => {
        fc.pre(!c.includes('pcc-request') && !c.includes('Dear support,'));
        const body: ComposeBody = { type, content: c };
        const plan = planInsert(body, block);
        expect(plan.start).toBe(plan.end); // nothing of ours to replace, so nothing removed
        const out = mergeRequestIntoBody(body, block).content;
        expect(out.slice(0, plan.start)).toBe(c.slice(0, plan.start));
        expect(out.slice(plan.start + plan.insert.length)).toBe(c.slice(plan.start));
        expect(out.length).toBe(c.length + plan.insert.length);
      }),
      { numRuns: 1000 },
    );
  });

  const balanced = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '<div>x</div>',
          '<p>Hello &amp; bye</p>',
          '<br>',
          '<div id="Signature"><p>Jane</p></div>',
          '<span>Kind regards</span>',
          '<table><tr><td>1</td></tr></table>',
        ),
        fc.string({ maxLength: 8 }).filter((s) => !/[<&]/.test(s)),
      ),
      { maxLength: 12 },
    )
    .map((x) => x.join(''));

  test('re-inserting keeps everything outside our block', () => {
    fc.assert(
      fc.property(balanced, balanced, (a, b) => {
        const c = `${a}<div id="pcc-request"><p>old</p></div>${b}`;
        const out = mergeRequestIntoBody({ type: 'html', content: c }, block).content;
        expect(out).toBe(`${a}${block.html}${b}`);
      }),
      { numRuns: 300 },
    );
  });
});
