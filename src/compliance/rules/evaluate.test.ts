import * as B from '../../../test/fixtures/bodies';
import { BOB, NO_PERSON, basicEnv, input, withBody } from '../../../test/fixtures/inputs';
import { loadFullDomainKnowledge } from '../knowledge/domain-data';
import { parseHtmlWithHtmlparser2 } from '../mail/parse-html-htmlparser2';
import { RULE_SOURCES } from './sources';
import { verdictText, type VerdictText } from './verdict-text';
import { evaluate as evaluateVerdicts, RULE_ORDER, type EngineEnv } from './evaluate';
import type { ComplianceInput } from '../types';
import type { RuleId, RuleStatus } from './verdict';
import { phrase } from '../catalogue/say';

const JP = phrase('region.because.tld', { tld: 'jp', country: 'JP' });

/** The verdicts in the catalogue's words, as the pane shows them (most tests here read words). */
const evaluate = (i: ComplianceInput, env: EngineEnv): VerdictText[] =>
  evaluateVerdicts(i, env).map((r) => verdictText(r));
type RuleResult = VerdictText;
const sourceOf = (id: RuleId) => RULE_SOURCES[id];

let fullEnv: EngineEnv;
beforeAll(async () => {
  fullEnv = { parseHtml: parseHtmlWithHtmlparser2, domains: await loadFullDomainKnowledge() };
});

function rule(results: RuleResult[], id: RuleId): RuleResult {
  const r = results.find((x) => x.id === id);
  if (!r) throw new Error(`no result for ${id}`);
  return r;
}

function check(i: ComplianceInput, id: RuleId, env: EngineEnv = fullEnv): RuleResult {
  return rule(evaluate(i, env), id);
}

describe('evaluate', () => {
  test('returns one result per rule, always in the same order, with topic, source and fix', () => {
    for (const i of [
      input(),
      input({ body: B.EMPTY_TEXT }, { role: 'primary-contact', reason: '', accountNumber: '', region: null }),
    ]) {
      const results = evaluate(i, fullEnv);
      expect(results.map((r) => r.id)).toEqual([...RULE_ORDER]);
      for (const r of results) {
        expect(r.topic).not.toBe('');
        expect(r.message).not.toBe('');
        expect(sourceOf(r.id)).not.toBe('');
        if (r.status === 'pass') expect(r.fix).toBe('');
        else expect(r.fix).not.toBe('');
      }
    }
  });

  test('a compliant manager request passes every rule', () => {
    const results = evaluate(input(), fullEnv);
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
  });

  test('topics are in plain words', () => {
    expect(evaluate(input(), fullEnv).map((r) => r.topic)).toEqual([
      'Company domain',
      'Who is asking',
      'Manager title in signature',
      'Reason for the change',
      'Account number',
      'New primary contact',
      'Region and desk',
    ]);
  });

  test("sources quote IBM's procedure", () => {
    expect(sourceOf('company-domain')).toContain("company's email domain");
    expect(sourceOf('manager-title')).toContain('contains the word "manager"');
    expect(sourceOf('reason')).toContain('no longer works for the company');
  });

  test('verdicts are data: a message key and its parameters, no words', () => {
    const results = evaluateVerdicts(
      input(
        { sender: { address: 'jane@uk.mycompany.co.uk', displayName: 'Jane' } },
        { accountNumber: '12345' },
      ),
      fullEnv,
    );
    const domain = results.find((r) => r.id === 'company-domain');
    expect(domain?.message).toEqual([
      {
        key: 'domain.organisation',
        params: { address: 'jane@uk.mycompany.co.uk', domain: 'mycompany.co.uk' },
      },
    ]);
    const account = results.find((r) => r.id === 'account-number');
    expect(account?.status).toBe('warn');
    expect(account?.message).toEqual([
      { key: 'account.length', params: { number: '12345', count: 5, expected: 10 } },
    ]);
    expect(account?.fix).toEqual([{ key: 'account.length.fix' }]);
  });

  test('never throws on hostile input', () => {
    const hostile = {
      sender: { address: '<<<', displayName: '' },
      body: { type: 'html', content: '<div id="Signature"><<<' },
      answers: {
        role: 'manager',
        reason: null,
        accountNumber: undefined,
        region: 'mars',
        newContact: { mode: 'other', person: null },
      },
      companyDomains: [null, '', '@'],
    } as unknown as ComplianceInput;
    const results = evaluate(hostile, fullEnv);
    expect(results.map((r) => r.id)).toEqual([...RULE_ORDER]);
  });
});

describe('company-domain', () => {
  test.each<[string, string, string[], RuleStatus]>([
    ['company address', 'jane.doe@mycompany.com', [], 'pass'],
    ['subdomain under a ccSLD (jane@uk.mycompany.co.uk)', 'jane@uk.mycompany.co.uk', [], 'pass'],
    ['gmail', 'jane.doe@gmail.com', [], 'fail'],
    ['outlook.com', 'jane.doe@outlook.com', [], 'fail'],
    ['yahoo.co.uk', 'jane.doe@yahoo.co.uk', [], 'fail'],
    ['a free-mail subdomain', 'jane@mail.yahoo.co.uk', [], 'fail'],
    ['free-mail only on the full list', 'jane@googlemail.com', [], 'fail'],
    ['configured domain matches', 'jane@mycompany.de', ['mycompany.de'], 'pass'],
    ['configured domain, subdomain matches', 'jane@uk.mycompany.de', ['mycompany.de'], 'pass'],
    ['configured domain, other company', 'jane@othercorp.com', ['mycompany.de'], 'fail'],
    ['configured domain, look-alike', 'jane@notmycompany.de', ['mycompany.de'], 'fail'],
    ['not an address', 'jane.doe', [], 'fail'],
    ['no Internet domain', 'jane@localhost', [], 'fail'],
    ['IP literal', 'jane@[192.168.0.1]', [], 'fail'],
    ['empty', '', [], 'fail'],
  ])('%s', (_, address, companyDomains, status) => {
    expect(
      check(input({ sender: { address, displayName: 'Jane' }, companyDomains }), 'company-domain').status,
    ).toBe(status);
  });

  test('with the basic knowledge (send-time handler) common free-mail still fails and configured domains work', () => {
    expect(
      check(input({ sender: { address: 'jane@gmail.com', displayName: '' } }), 'company-domain', basicEnv)
        .status,
    ).toBe('fail');
    expect(
      check(
        input({
          sender: { address: 'jane@uk.mycompany.de', displayName: '' },
          companyDomains: ['mycompany.de'],
        }),
        'company-domain',
        basicEnv,
      ).status,
    ).toBe('pass');
  });

  test('the message names the organisation domain found', () => {
    expect(
      check(input({ sender: { address: 'jane@uk.mycompany.co.uk', displayName: '' } }), 'company-domain')
        .message,
    ).toContain('mycompany.co.uk');
  });

  test('when From differs from the signed-in user, it says the From address IBM will see was checked', () => {
    const r = check(
      input({
        sender: { address: 'licensing@mycompany.com', displayName: 'Licensing' },
        signedInUser: { address: 'jane.doe@gmail.com', displayName: 'Jane' },
      }),
      'company-domain',
    );
    expect(r.status).toBe('pass');
    expect(r.message).toContain('From address IBM will see');
    expect(r.message).toContain('licensing@mycompany.com');
    const same = check(
      input({ signedInUser: { address: 'JANE.DOE@mycompany.com', displayName: 'Jane' } }),
      'company-domain',
    );
    expect(same.message).not.toContain('From address IBM will see');
  });
});

describe('sender-role', () => {
  test.each<[string, Partial<ComplianceInput['answers']>, RuleStatus]>([
    [
      'current primary contact',
      { role: 'primary-contact', newContact: { mode: 'other', person: BOB } },
      'pass',
    ],
    ['manager, contact left the company', { role: 'manager', reason: 'left-company' }, 'pass'],
    ['manager, contact moved to a different role', { role: 'manager', reason: 'changed-role' }, 'warn'],
    [
      'manager, free text says they left',
      { role: 'manager', reason: 'John retired at the end of March.' },
      'pass',
    ],
    [
      'manager, free text says they were transferred',
      { role: 'manager', reason: 'John was transferred to our Berlin office.' },
      'warn',
    ],
    [
      'manager, free text that does not say',
      { role: 'manager', reason: 'Restructuring of the licensing team.' },
      'warn',
    ],
    [
      'primary contact who moved to a different role',
      { role: 'primary-contact', reason: 'changed-role' },
      'pass',
    ],
  ])('%s', (_, a, status) => {
    expect(check(input({}, a), 'sender-role').status).toBe(status);
  });

  test('the warning says the current contact must send it themself', () => {
    const r = check(input({}, { role: 'manager', reason: 'changed-role' }), 'sender-role');
    expect(r.message).toMatch(/must send the request themself/);
    expect(r.fix).toMatch(/current primary contact/);
  });
});

describe('manager-title', () => {
  const sig = (title: string) => ({
    type: 'html' as const,
    content: `<div>Hello</div><div id="Signature"><div>Jane Doe</div><div>${title}</div><div>jane.doe@mycompany.com</div></div>`,
  });
  test.each<[string, RuleStatus]>([
    ['IT Manager', 'pass'],
    ['General Manager', 'pass'],
    ['manager, IT operations', 'pass'],
    ['Manager', 'pass'],
    ['MANAGER', 'pass'],
    ['Senior IT Manager | MyCompany Ltd', 'pass'],
    ['Management', 'fail'],
    ['Vendor Management', 'fail'],
    ['Managing Director', 'fail'],
    ['IT Mgr.', 'fail'],
    ['Mgr', 'fail'],
    ['Managers Assistant', 'fail'],
    ['Head of IT', 'fail'],
    ['Software Asset Analyst', 'fail'],
  ])('title %j → %s', (title, status) => {
    expect(check(withBody(sig(title)), 'manager-title').status).toBe(status);
  });

  test('"Mgr" is told to be spelled out', () => {
    expect(check(withBody(sig('IT Mgr.')), 'manager-title').fix).toMatch(/Spell out "Manager"/);
  });

  test('"Managing Director" says which word is not "manager"', () => {
    expect(check(withBody(sig('Managing Director')), 'manager-title').message).toMatch(
      /"Managing" is not the word "manager"/,
    );
  });

  test('says which line was taken as the title', () => {
    expect(check(withBody(B.OWA_NEW), 'manager-title').message).toContain('"IT Manager | MyCompany Ltd"');
    expect(check(withBody(B.OWA_REPLY_ANALYST), 'manager-title').message).toContain(
      '"Software Asset Analyst"',
    );
  });

  test.each([
    ['classic Windows, General Manager', 'pass', B.CLASSIC_NEW],
    ['mobile, IT Manager', 'pass', B.MOBILE],
    ['typed after a closing, "Manager, IT operations"', 'pass', B.CLOSING_HTML],
    ['plain text "-- " signature', 'pass', B.TEXT_DASHES],
    ['reply: own title analyst, quoted Sales Manager below appendonsend', 'fail', B.OWA_REPLY_ANALYST],
    ['reply without an own signature, quoted Sales Manager', 'fail', B.OWA_REPLY_NO_SIGNATURE],
    ['"manager" only in the message text, no signature', 'fail', B.NO_SIGNATURE_MANAGER_IN_TEXT],
    ['"manager" in the message text, analyst signature', 'fail', B.ANALYST_SIGNATURE_MANAGER_IN_TEXT],
  ] as const)('%s → %s', (_, status, body) => {
    expect(check(withBody(body), 'manager-title').status).toBe(status);
  });

  test('a signature typed at the end with no marker and no closing counts, and the lines read are given', () => {
    const body = {
      type: 'text' as const,
      content: 'Please find the request below.\n\nJane Doe\nIT Manager\n+44 20 7946 0018',
    };
    const raw = (b: typeof body | typeof B.OWA_NEW) =>
      evaluateVerdicts(withBody(b), fullEnv).find((v) => v.id === 'manager-title');
    const r = raw(body);
    expect(r?.status).toBe('pass');
    expect(r?.signatureRead).toEqual({
      lines: ['Jane Doe', 'IT Manager', '+44 20 7946 0018'],
      where: { key: 'title.where.unmarked' },
    });
    expect(raw(B.OWA_NEW)?.signatureRead?.where).toEqual({ key: 'title.where.signature' });
  });

  test('a sentence after a closing line never supplies "manager"', () => {
    const body = {
      type: 'text' as const,
      content: 'Hi,\n\nThanks\nJane Doe\nPlease ask my manager if needed',
    };
    expect(check(withBody(body), 'manager-title').status).toBe('fail');
  });

  test('no signature found: says so, with the fix (add one, or save one in Settings), and no lines read', () => {
    const r = check(withBody(B.NO_SIGNATURE_MANAGER_IN_TEXT), 'manager-title');
    expect(r.message).toMatch(/No signature was found/);
    expect(r.fix).toMatch(/save one in this pane/);
    const v = evaluateVerdicts(withBody(B.NO_SIGNATURE_MANAGER_IN_TEXT), fullEnv).find((x) => x.id === 'manager-title');
    expect(v?.signatureRead).toBeUndefined();
  });

  test('a saved signature counts when the body has none', () => {
    expect(
      check(withBody(B.EMPTY_HTML, { savedSignature: 'Jane Doe\nIT Manager' }), 'manager-title').status,
    ).toBe('pass');
    expect(check(withBody(B.EMPTY_HTML), 'manager-title').status).toBe('fail');
  });

  test('on the primary-contact path no title is needed', () => {
    const r = check(
      withBody(B.NO_SIGNATURE_MANAGER_IN_TEXT, {}, { role: 'primary-contact' }),
      'manager-title',
    );
    expect(r.status).toBe('pass');
    expect(r.message).toBe('Not needed: you are the current primary contact.');
  });
});

describe('reason', () => {
  test.each<[string, RuleStatus]>([
    ['left-company', 'pass'],
    ['changed-role', 'pass'],
    ['no longer works for the company', 'pass'],
    ['Our previous contact John Smith retired in March.', 'pass'],
    ['', 'fail'],
    ['   ', 'fail'],
    ['other', 'fail'],
    ['n/a', 'fail'],
    ['N/A', 'fail'],
    ['tbd', 'fail'],
    ['xxx', 'fail'],
    ['xxxxxxxxxxxxxx', 'fail'],
    ['reason', 'fail'],
    ['...', 'fail'],
    ['-', 'fail'],
    ['test', 'fail'],
    ['asdf', 'fail'],
    ['asdfasdfasdf', 'fail'],
    ['He left', 'fail'], // under 10 characters
  ])('%j → %s', (reason, status) => {
    expect(check(input({}, { reason }), 'reason').status).toBe(status);
  });
});

describe('account-number', () => {
  test.each<[string, RuleStatus]>([
    ['0001234567', 'pass'],
    ['000 123 4567', 'pass'],
    ['000-123-4567', 'pass'],
    ['０００１２３４５６７', 'pass'], // full-width digits from a Japanese input method
    ['', 'fail'],
    ['  ', 'fail'],
    ['00012345AB', 'fail'],
    ['0001234567.', 'fail'],
    ['#0001234567', 'fail'],
    ['1234567', 'warn'],
    ['000123456789', 'warn'],
    ['-1', 'fail'],
    ['-0001234567', 'fail'],
    ['[account number]', 'fail'],
  ])('%j → %s', (accountNumber, status) => {
    expect(check(input({}, { accountNumber }), 'account-number').status).toBe(status);
  });

  test('"-1" is called a minus sign, not "1 has 1 digit"', () => {
    expect(check(input({}, { accountNumber: '-1' }), 'account-number').message).toBe(
      '"-1" starts with a minus sign: an account number has digits only.',
    );
  });

  test('the subject placeholder is named as such', () => {
    expect(check(input({}, { accountNumber: '[account number]' }), 'account-number').message).toContain(
      'The subject still says "[account number]"',
    );
  });

  test('one digit is singular, several plural', () => {
    expect(check(input({}, { accountNumber: '7' }), 'account-number').message).toMatch(/^7 has 1 digit;/);
    expect(check(input({}, { accountNumber: '12' }), 'account-number').message).toMatch(/^12 has 2 digits;/);
  });

  test("the warning cites IBM's 10-digit example", () => {
    expect(check(input({}, { accountNumber: '12345' }), 'account-number').message).toContain(
      "IBM's example has 10 digits, e.g. 0001234567",
    );
  });
});

describe('new-contact', () => {
  const other = (person: Partial<typeof BOB>) => ({
    newContact: { mode: 'other' as const, person: { ...BOB, ...person } },
  });
  test.each<[string, RuleStatus, Partial<ComplianceInput['answers']>]>([
    ['someone else, complete, same company', 'pass', other({})],
    ['someone else at a subdomain', 'pass', other({ email: 'bob@uk.mycompany.com' })],
    ['no name', 'fail', other({ name: '' })],
    ['no email', 'fail', other({ email: '' })],
    ['invalid email', 'fail', other({ email: 'bob at mycompany' })],
    ['free-mail email', 'fail', other({ email: 'bob.newman@gmail.com' })],
    ['another company', 'fail', other({ email: 'bob@othercorp.com' })],
    ['no title', 'warn', other({ title: '' })],
    ['no phone', 'warn', other({ phone: '' })],
    [
      'self, signature with name, title and phone',
      'pass',
      { newContact: { mode: 'self', person: NO_PERSON } },
    ],
  ])('%s → %s', (_, status, a) => {
    expect(check(input({}, a), 'new-contact').status).toBe(status);
  });

  test("self: details come from the sender's signature; a signature without a phone warns", () => {
    const self = { newContact: { mode: 'self' as const, person: NO_PERSON } };
    expect(check(withBody(B.OWA_NEW, {}, self), 'new-contact').message).toContain(
      'Jane Doe, IT Manager, jane.doe@mycompany.com, +44 20 7946 0018',
    );
    const r = check(withBody(B.OWA_REPLY_ANALYST, {}, self), 'new-contact');
    expect(r.status).toBe('warn');
    expect(r.message).toContain('phone');
    expect(
      check(
        withBody(B.EMPTY_HTML, { sender: { address: 'jane@mycompany.com', displayName: '' } }, self),
        'new-contact',
      ).message,
    ).toMatch(/name/);
  });

  test('the current primary contact naming themself is flagged', () => {
    expect(
      check(
        input({}, { role: 'primary-contact', newContact: { mode: 'self', person: NO_PERSON } }),
        'new-contact',
      ).status,
    ).toBe('warn');
  });

  test('configured company domains decide', () => {
    const i = (email: string) => input({ companyDomains: ['mycompany.com'] }, other({ email }));
    expect(check(i('bob@mycompany.com'), 'new-contact').status).toBe('pass');
    expect(check(i('bob@othercorp.com'), 'new-contact').status).toBe('fail');
  });

  test('without the public-suffix list an undecidable pair warns instead of passing on a guess', () => {
    const i = input(
      { sender: { address: 'jane@uk.mycompany.de', displayName: 'Jane' } },
      other({ email: 'bob@fr.mycompany.de' }),
    );
    expect(check(i, 'new-contact', basicEnv).status).toBe('warn');
    expect(check(i, 'new-contact', fullEnv).status).toBe('pass');
  });
});

describe('region-desk', () => {
  test.each<[string, RuleStatus, Partial<ComplianceInput>, Partial<ComplianceInput['answers']>]>([
    ['chosen, no suggestion', 'pass', {}, { region: 'emea' }],
    ['not chosen', 'fail', {}, { region: null }],
    [
      'chosen as suggested',
      'pass',
      { suggestedRegion: { region: 'japan', because: JP } },
      { region: 'japan' },
    ],
    [
      'chosen differs from the suggestion',
      'warn',
      { suggestedRegion: { region: 'japan', because: JP } },
      { region: 'emea' },
    ],
    ['addressed to the chosen desk', 'pass', { recipients: ['palogin@ie.ibm.com'] }, { region: 'emea' }],
    ['addressed to another desk', 'warn', { recipients: ['PAONLINE@jp.ibm.com'] }, { region: 'emea' }],
    [
      'recipients known, no desk among them',
      'warn',
      { recipients: ['someone@mycompany.com'] },
      { region: 'emea' },
    ],
  ])('%s → %s', (_, status, i, a) => {
    expect(check(input(i, a), 'region-desk').status).toBe(status);
  });

  test("messages name the desk address and the suggestion's reason", () => {
    expect(check(input({}, { region: 'asia-pacific' }), 'region-desk').message).toContain(
      'apecare@sg.ibm.com',
    );
    const warn = check(
      input({ suggestedRegion: { region: 'japan', because: JP } }, { region: 'emea' }),
      'region-desk',
    );
    expect(warn.message).toContain('but Japan may fit better. Your address ends in .jp (Japan).');
    expect(warn.message).toContain('palogin@ie.ibm.com');
    expect(
      check(input({ suggestedRegion: { region: 'japan', because: JP } }, { region: null }), 'region-desk')
        .message,
    ).toContain('Suggested: Japan');
  });
});
