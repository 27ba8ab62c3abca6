// The task pane end to end: the production build in headless Chromium against
// the scripted fake Outlook, driven by the accessible names of the interface contract (docs/interface-contract.md).
// After Insert template the assertions read the fake's message (body, subject, To), not the pane.
import {
  DEFAULT_BODY_HTML,
  DEFAULT_SIGNATURE_HTML,
  type FakeScenario,
  type FakeState,
} from '../doubles/fake-office';
import { setupHarness, type Pane } from './harness';
import {
  CLOSING,
  DESKS,
  EXPECTED_SUBJECT,
  GREETING,
  LEFT_SENTENCE,
  REQUEST_LINE,
  accountInput,
  afterClick,
  axeViolations,
  checkItem,
  checksRegion,
  chooseRegion,
  clickInsert,
  count,
  expectCheck,
  expectClean,
  fillForm,
  insertButton,
  splitBlock,
  luminance,
  newMessage,
  owaSignature,
  paneBackground,
  poll,
  reasonSelect,
  regionSelect,
  roleRadio,
  selectedRegion,
  toAddresses,
  waitForPane,
  type RegionName,
} from './pane-helpers';

const harness = setupHarness();

async function open(
  options: { scenario?: FakeScenario; viewport?: { width: number; height: number } } = {},
): Promise<Pane> {
  const pane = await harness.openPane({ officeJs: 'fake', ...options });
  await waitForPane(pane.page);
  return pane;
}

/** The block of a compliant manager request for Jane Doe (default signature), checked line by line. */
function expectRequestBody(content: string, region: RegionName, account = '0001234567'): void {
  expect(count(content, GREETING)).toBe(1);
  expect(content).toContain(LEFT_SENTENCE);
  expect(content).toContain(REQUEST_LINE);
  // The new contact's details (the sender, from the signature: "Me" is the default).
  expect(content).toContain('New primary contact:');
  expect(content).toContain('Name: Jane Doe');
  expect(content).toContain('Job title: IT Manager');
  expect(content).toContain('Email: jane.doe@mycompany.com');
  expect(content).toContain('Phone: +1 555 0100');
  expect(content).toContain(`Account number: ${account}`);
  expect(content).toContain(`Region: ${region}`);
  expect(count(content, CLOSING)).toBe(1);
  // The user's own Outlook signature, once, untouched, below the block.
  expect(count(content, DEFAULT_SIGNATURE_HTML)).toBe(1);
  expect(count(content, 'id="Signature"')).toBe(1);
  expect(content.indexOf(GREETING)).toBeLessThan(content.indexOf(CLOSING));
  expect(content.indexOf(CLOSING)).toBeLessThan(content.indexOf(DEFAULT_SIGNATURE_HTML));
}

function sameMessage(actual: FakeState, original: FakeState): void {
  expect(actual.body).toEqual(original.body);
  expect(actual.subject).toBe(original.subject);
  expect(actual.to).toEqual(original.to);
}

describe('the sender', () => {
  it('shows the address Outlook reports as From', async () => {
    const sender = { emailAddress: 'mario.rossi@acme-industries.it', displayName: 'Mario Rossi' };
    const pane = await open({ scenario: { user: sender, from: sender } });
    await pane.page.getByText('mario.rossi@acme-industries.it').first().waitFor({ state: 'visible' });
    expectClean(pane);
  });
});

describe('a compliant manager request', () => {
  it.each(Object.entries(DESKS) as [RegionName, string][])(
    'in %s fills To (%s), Subject and Body',
    async (region, desk) => {
      const pane = await open();
      const { page } = pane;
      await fillForm(page, { region });
      expect(await selectedRegion(page)).toContain(region);
      await expectCheck(page, /Company domain/, 'Passed');
      await expectCheck(page, /Manager title/, 'Passed');
      await expectCheck(page, /Reason/, 'Passed');
      await expectCheck(page, /Account number/, 'Passed');

      expect(await clickInsert(page)).toBe('inserted');
      const state = await pane.fake.state();
      expect(state.subject).toBe(EXPECTED_SUBJECT);
      expect(toAddresses(state)).toEqual([desk]);
      expect(state.body.type).toBe('html');
      expectRequestBody(state.body.content, region);
      // Only our block was added: the rest of the body is byte for byte what Outlook had.
      const split = splitBlock(state.body.content);
      expect(split).not.toBeNull();
      expect(`${split?.before}${split?.after}`).toBe(DEFAULT_BODY_HTML);
      expect(split?.after.startsWith(DEFAULT_SIGNATURE_HTML)).toBe(true);
      // The success message says what happens next.
      await page.getByText(/within 24 hours on weekdays/).waitFor();
      expectClean(pane);
    },
  );
});

describe('the compliance checks', () => {
  it('has one list item per rule, each with a status word, inside the "Compliance checks" region', async () => {
    const pane = await open();
    const items = await checksRegion(pane.page).getByRole('listitem').allInnerTexts();
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const text of items) expect(text).toMatch(/\b(Passed|Warning|Failed)\b/);
    for (const topic of [
      /Company domain/,
      /Manager title/,
      /Reason/,
      /Account number/,
      /Region/,
      /New primary contact/,
    ]) {
      expect(items.filter((t) => topic.test(t))).toHaveLength(1);
    }
    expectClean(pane);
  });

  it('fails the company domain for a free-mail sender', async () => {
    const sender = { emailAddress: 'someone@gmail.com', displayName: 'Some One' };
    const pane = await open({ scenario: { user: sender, from: sender } });
    const text = await expectCheck(pane.page, /Company domain/, 'Failed');
    expect(text).toMatch(/gmail\.com/);
    expectClean(pane);
  });

  it('flags a manager without "manager" in the signature title, and passes "IT Manager"', async () => {
    const without = await open({ scenario: { body: newMessage(owaSignature('IT Specialist')) } });
    await roleRadio(without.page, 'manager').check();
    const text = await expectCheck(without.page, /Manager title/, 'Failed', 'Warning');
    expect(text).toMatch(/IT Specialist/);
    expectClean(without);

    const withTitle = await open({ scenario: { body: newMessage(owaSignature('IT Manager')) } });
    await roleRadio(withTitle.page, 'manager').check();
    await expectCheck(withTitle.page, /Manager title/, 'Passed');
    expectClean(withTitle);
  });

  it('reads a signature typed at the end that Outlook did not mark, and shows the lines it read', async () => {
    const typed =
      '<div>Please see below.</div><div><br></div><div>Jane Doe</div><div>IT Manager</div><div>+1 555 0100</div>';
    const pane = await open({ scenario: { body: { type: 'html', content: typed } } });
    await roleRadio(pane.page, 'manager').check();
    const text = await expectCheck(pane.page, /Manager title/, 'Passed');
    expect(text).toMatch(/Read as your signature, from the end of your message/);
    expect(text).toMatch(/Jane Doe\s+IT Manager\s+\+1 555 0100/);
    expectClean(pane);
  });

  it('needs no manager title on the primary-contact path', async () => {
    const pane = await open({ scenario: { body: newMessage(owaSignature('IT Specialist')) } });
    await roleRadio(pane.page, 'manager').check();
    await expectCheck(pane.page, /Manager title/, 'Failed', 'Warning');
    await roleRadio(pane.page, 'primary-contact').check();
    await expectCheck(pane.page, /Manager title/, 'Passed');
    expectClean(pane);
  });

  it('flags a bad account number: letters fail, 7 digits warn', async () => {
    const pane = await open();
    const { page } = pane;
    await accountInput(page).fill('ABC123X');
    await expectCheck(page, /Account number/, 'Failed');
    await accountInput(page).fill('1234567');
    const text = await expectCheck(page, /Account number/, 'Warning');
    expect(text).toMatch(/7 digits/);
    await accountInput(page).fill('0001234567');
    await expectCheck(page, /Account number/, 'Passed');
    expectClean(pane);
  });

  it('"Check again" re-reads the body after the signature changed', async () => {
    const pane = await open({ scenario: { body: newMessage(owaSignature('Sales Associate')) } });
    const { page } = pane;
    await roleRadio(page, 'manager').check();
    await expectCheck(page, /Manager title/, 'Failed', 'Warning');
    // The user edits the signature in Outlook while the pane is open.
    await pane.fake.edit({ body: newMessage(owaSignature('Procurement Manager')) });
    const reads = (await pane.fake.calls('body.getAsync')).length;
    await page.getByRole('button', { name: 'Check again' }).click();
    const text = await expectCheck(page, /Manager title/, 'Passed');
    expect(text).toMatch(/Procurement Manager/);
    expect((await pane.fake.calls('body.getAsync')).length).toBeGreaterThan(reads);
    expectClean(pane);
  });
});

describe('the region suggestion', () => {
  const cases: [string, RegionName, { emailAddress: string; timeZone: string }][] = [
    [
      'a sender at .co.jp',
      'Japan',
      { emailAddress: 'r.tanaka@contoso.co.jp', timeZone: 'W. Europe Standard Time' },
    ],
    [
      'Tokyo Standard Time with a .com sender',
      'Japan',
      { emailAddress: 'jane.doe@mycompany.com', timeZone: 'Tokyo Standard Time' },
    ],
    [
      'India Standard Time',
      'Asia Pacific',
      { emailAddress: 'jane.doe@mycompany.com', timeZone: 'India Standard Time' },
    ],
    [
      'Pacific Standard Time',
      'North America, Latin America',
      { emailAddress: 'jane.doe@mycompany.com', timeZone: 'Pacific Standard Time' },
    ],
  ];
  it.each(cases)('%s pre-selects %s', async (_what, region, user) => {
    const sender = { emailAddress: user.emailAddress, displayName: 'Pat Lee' };
    const pane = await open({ scenario: { user: { ...sender, timeZone: user.timeZone }, from: sender } });
    await poll(
      'the suggested region',
      () => selectedRegion(pane.page),
      (t) => t.includes(region),
    );
    await expectCheck(pane.page, /Region/, 'Passed');
    expectClean(pane);
  });
});

describe('Insert template keeps what the user had', () => {
  it('keeps typed text and the signature, in order: typed text, our block, signature', async () => {
    const typed = '<div>Hello team, typed by me</div><div><br></div>';
    const original = `${typed}${DEFAULT_SIGNATURE_HTML}`;
    const pane = await open({ scenario: { body: { type: 'html', content: original } } });
    await fillForm(pane.page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(pane.page)).toBe('inserted');
    const { content } = (await pane.fake.state()).body;
    expect(count(content, 'Hello team, typed by me')).toBe(1);
    const iTyped = content.indexOf('Hello team, typed by me');
    const iBlock = content.indexOf(GREETING);
    const iSig = content.indexOf(DEFAULT_SIGNATURE_HTML);
    expect(iTyped).toBeGreaterThanOrEqual(0);
    expect(iTyped).toBeLessThan(iBlock);
    expect(iBlock).toBeLessThan(iSig);
    expectRequestBody(content, 'Europe, Middle East, Africa');
    // Nothing of the original changed: the insert is a pure addition, right above the signature.
    const split = splitBlock(content);
    expect(`${split?.before}${split?.after}`).toBe(original);
    expect(split?.before).toBe(typed);
    expectClean(pane);
  });

  it('does not stack when inserting again: one block, the new account number, not the old', async () => {
    const pane = await open();
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page)).toBe('inserted');
    await accountInput(page).fill('0007654321');
    let outcome = await clickInsert(page);
    // The subject is the pane's own from the first insert; if the pane asks, the user replaces it.
    if (outcome === 'confirm')
      outcome = await afterClick(page, () => page.getByRole('button', { name: 'Replace' }).click());
    expect(outcome).toBe('inserted');
    const state = await pane.fake.state();
    const { content } = state.body;
    expect(count(content, GREETING)).toBe(1);
    expect(count(content, 'id="pcc-request"')).toBe(1);
    expect(count(content, CLOSING)).toBe(1);
    expect(content).toContain('Account number: 0007654321');
    expect(content).not.toContain('0001234567');
    expect(count(content, DEFAULT_SIGNATURE_HTML)).toBe(1);
    expect(state.subject).toBe('primary contact update for account 0007654321');
    expect(toAddresses(state)).toEqual(['palogin@ie.ibm.com']);
    expectClean(pane);
  });

  // The pane asks before replacing a subject the user typed; the pane's own earlier subject (another
  // account number) is replaced without a question.
  it("re-inserting replaces the pane's own earlier subject without asking", async () => {
    const pane = await open();
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page)).toBe('inserted');
    await accountInput(page).fill('0007654321');
    expect(await clickInsert(page)).toBe('inserted');
    expect((await pane.fake.state()).subject).toBe('primary contact update for account 0007654321');
  });

  it('keeps a colleague already on the To line, adds the desk, and says so', async () => {
    const pane = await open({
      scenario: { to: [{ emailAddress: 'colleague@mycompany.com', displayName: 'Colleague' }] },
    });
    await fillForm(pane.page, { region: 'Asia Pacific' });
    expect(await clickInsert(pane.page)).toBe('inserted');
    const state = await pane.fake.state();
    expect(toAddresses(state)).toEqual(['colleague@mycompany.com', 'apecare@sg.ibm.com']);
    expect(state.to[0]?.displayName).toBe('Colleague');
    // The success message notes the other recipient (the pane does not otherwise show the To line).
    const note = pane.page.getByText(/colleague@mycompany\.com/).first();
    await note.waitFor({ state: 'visible' });
    expectClean(pane);
  });

  it('asks before replacing a typed subject: "Replace" replaces it', async () => {
    const pane = await open({ scenario: { subject: 'Please change our contact' } });
    const { page } = pane;
    await fillForm(page, { region: 'Japan' });
    expect(await clickInsert(page)).toBe('confirm');
    // Nothing is written while the pane asks.
    expect((await pane.fake.state()).subject).toBe('Please change our contact');
    expect(await pane.fake.calls('body.setAsync')).toEqual([]);
    expect(await afterClick(page, () => page.getByRole('button', { name: 'Replace' }).click())).toBe(
      'inserted',
    );
    const state = await pane.fake.state();
    expect(state.subject).toBe(EXPECTED_SUBJECT);
    expect(toAddresses(state)).toEqual(['paonline@jp.ibm.com']);
    expectRequestBody(state.body.content, 'Japan');
    expectClean(pane);
  });

  it('asks before replacing a typed subject: "Keep mine" keeps it', async () => {
    const pane = await open({ scenario: { subject: 'Please change our contact' } });
    const { page } = pane;
    await fillForm(page, { region: 'Japan' });
    expect(await clickInsert(page)).toBe('confirm');
    expect(await afterClick(page, () => page.getByRole('button', { name: 'Keep mine' }).click())).toBe(
      'inserted',
    );
    const state = await pane.fake.state();
    expect(state.subject).toBe('Please change our contact');
    expect(toAddresses(state)).toEqual(['paonline@jp.ibm.com']);
    expectRequestBody(state.body.content, 'Japan');
    expectClean(pane);
  });
});

describe('a failing write', () => {
  it('body.setAsync failing (GenericResponseError): an error in the pane, the message as it was', async () => {
    const pane = await open({
      scenario: { faults: { 'body.setAsync': { kind: 'error', name: 'GenericResponseError' } } },
    });
    const { page } = pane;
    const original = await pane.fake.state();
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page)).toBe('failed');
    await page.getByText(/Outlook reported an unexpected error/).waitFor();
    await page.getByText(/nothing was changed/i).waitFor();
    sameMessage(await pane.fake.state(), original);
    expectClean(pane);
  });

  it('to.addAsync (adding the desk) failing after body and subject were written: both are put back exactly', async () => {
    const original = `<div>Hello team, typed by me</div><div><br></div>${DEFAULT_SIGNATURE_HTML}`;
    const pane = await open({
      scenario: {
        body: { type: 'html', content: original },
        faults: { 'to.addAsync': { kind: 'error', name: 'GenericResponseError' } },
      },
    });
    const { page } = pane;
    const before = await pane.fake.state();
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page)).toBe('failed');
    await page.getByText(/Outlook reported an unexpected error/).waitFor();
    // Body and subject were written, then restored.
    expect((await pane.fake.calls('body.setAsync')).length).toBe(2);
    expect((await pane.fake.calls('subject.setAsync')).length).toBe(2);
    const after = await pane.fake.state();
    sameMessage(after, before);
    expect(after.body.content).toBe(original);
    expect(after.subject).toBe('');
    expect(after.to).toEqual([]);

    // "Try again" works once Outlook does.
    await pane.fake.setFault('to.addAsync', null);
    expect(await afterClick(page, () => page.getByRole('button', { name: 'Try again' }).click())).toBe(
      'inserted',
    );
    expect(toAddresses(await pane.fake.state())).toEqual(['palogin@ie.ibm.com']);
    expectClean(pane);
  });

  it('body.setAsync never answering: a timeout message after a bounded wait, a retry, nothing lost', async () => {
    const pane = await open({ scenario: { faults: { 'body.setAsync': { kind: 'hang', times: 1 } } } });
    const { page } = pane;
    const original = await pane.fake.state();
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    // Visible progress while Outlook does not answer.
    await insertButton(page).click();
    await page.getByText('Inserting the template…').waitFor({ state: 'visible' });
    expect(await afterClick(page, async () => undefined, 15_000)).toBe('failed');
    await page.getByText(/did not answer in time/).waitFor();
    sameMessage(await pane.fake.state(), original);
    expect(await afterClick(page, () => page.getByRole('button', { name: 'Try again' }).click())).toBe(
      'inserted',
    );
    expectRequestBody((await pane.fake.state()).body.content, 'Europe, Middle East, Africa');
    expectClean(pane);
  }, 40_000);
});

describe('Undo', () => {
  it('restores body, subject and To exactly as they were', async () => {
    const scenario: FakeScenario = {
      body: {
        type: 'html',
        content: `<div>Hello team, typed by me</div><div><br></div>${DEFAULT_SIGNATURE_HTML}`,
      },
      subject: 'Draft: contact change',
      to: [{ emailAddress: 'colleague@mycompany.com', displayName: 'Colleague' }],
    };
    const pane = await open({ scenario });
    const { page } = pane;
    const original = await pane.fake.state();
    await fillForm(page, { region: 'North America, Latin America' });
    expect(await clickInsert(page)).toBe('confirm');
    expect(await afterClick(page, () => page.getByRole('button', { name: 'Replace' }).click())).toBe(
      'inserted',
    );
    const inserted = await pane.fake.state();
    expect(inserted.subject).toBe(EXPECTED_SUBJECT);
    expect(toAddresses(inserted)).toEqual(['colleague@mycompany.com', 'paonline@us.ibm.com']);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText(/Undone/).waitFor();
    sameMessage(await pane.fake.state(), original);
    expectClean(pane);
  });
});

describe('preview mode (no office.js)', () => {
  it('lets the user fill the form, insert, and see the simulated message updated', async () => {
    const pane = await harness.openPane({ officeJs: 'fail' });
    const { page } = pane;
    await page.getByText('Preview — not connected to Outlook').first().waitFor();
    await waitForPane(page);
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    const simulated = page.getByRole('region', { name: 'Simulated message' });
    await simulated.waitFor();
    expect(await simulated.innerText()).not.toContain(GREETING);

    expect(await clickInsert(page)).toBe('inserted');
    const text = await poll(
      'the simulated message to update',
      () => simulated.innerText(),
      (t) => t.includes(GREETING),
    );
    expect(text).toContain('palogin@ie.ibm.com');
    expect(text).toContain(EXPECTED_SUBJECT);
    expect(text).toContain(LEFT_SENTENCE);
    expect(text).toContain(REQUEST_LINE);
    expect(text).toContain(CLOSING);
    // The simulated signature is kept below the block, once.
    expect(count(text, 'IT Manager')).toBeGreaterThanOrEqual(1);
    expect(text.indexOf(GREETING)).toBeLessThan(text.lastIndexOf('IT Manager'));
    expectClean(pane);
  });
});

describe('look and accessibility', () => {
  it('follows the dark Office theme', async () => {
    const light = await open({ scenario: { theme: 'light' } });
    const lightBg = luminance(await paneBackground(light.page));
    const dark = await open({ scenario: { theme: 'dark' } });
    const darkBg = luminance(await paneBackground(dark.page));
    expect(lightBg).toBeGreaterThan(0.8);
    expect(darkBg).toBeLessThan(0.1);
    // And the text is light on it.
    const color = await dark.page
      .getByRole('heading', { level: 1 })
      .evaluate((h) => getComputedStyle(h).color);
    expect(luminance(color)).toBeGreaterThan(0.5);
    expectClean(light);
    expectClean(dark);
  });

  it('has no horizontal scroll at 320 px wide', async () => {
    const pane = await open({
      viewport: { width: 320, height: 800 },
      scenario: { to: [{ emailAddress: 'a.very.long.colleague.address@subsidiary.mycompany.com' }] },
    });
    const { page } = pane;
    const scrollWidth = () => page.evaluate(() => document.scrollingElement?.scrollWidth ?? Infinity);
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    await page.getByRole('radio', { name: /Someone else/ }).check();
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    expect(await clickInsert(page)).toBe('inserted');
    expect(await scrollWidth()).toBeLessThanOrEqual(320);
    expectClean(pane);
  });

  it('axe-core finds no violations on the initial pane and after an insert', async () => {
    const pane = await open();
    const { page } = pane;
    expect(await axeViolations(page)).toEqual([]);
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page)).toBe('inserted');
    await page.getByRole('region', { name: 'What happens next' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expectClean(pane);
  });

  // The Warning word must keep 4.5:1 contrast in the light theme (Marigold on white did not).
  it('axe-core finds no violations while a check shows a Warning (light theme)', async () => {
    const pane = await open({ scenario: { theme: 'light' } });
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa', account: '1234567' });
    await expectCheck(page, /Account number/, 'Warning');
    expect(await axeViolations(page)).toEqual([]);
  });

  // After an insert Insert template fades from its disabled colours back to its own (about 100 ms);
  // a contrast check in the middle of a fade once measured 3.1:1. axeViolations waits for the end.
  it('axe-core measures contrast once motion has settled, not half-way through a colour fade', async () => {
    const pane = await open({ scenario: { theme: 'light' } });
    const { page } = pane;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A colour fading from pale grey to black';
      p.style.cssText = 'color:#d0d0d0;background:#ffffff;transition:color 1500ms linear';
      document.querySelector('main')?.append(p);
      void getComputedStyle(p).color; // commit the pale start, so that the change below fades
      p.style.color = '#000000';
    });
    expect(await page.evaluate(() => document.getAnimations().length)).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(
      await page
        .getByText('A colour fading from pale grey to black')
        .evaluate((p) => getComputedStyle(p).color),
    ).toBe('rgb(0, 0, 0)');
  });

  it('axe-core finds no violations in the dark theme, with a Warning and after an insert', async () => {
    const pane = await open({ scenario: { theme: 'dark' } });
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa', account: '1234567' });
    await expectCheck(page, /Account number/, 'Warning');
    expect(await axeViolations(page)).toEqual([]);
    await accountInput(page).fill('0001234567');
    expect(await clickInsert(page)).toBe('inserted');
    expect(await axeViolations(page)).toEqual([]);
    expectClean(pane);
  });

  it('is usable by keyboard: the reason select, account number and Insert template are reachable with Tab', async () => {
    const pane = await open();
    const { page } = pane;
    await reasonSelect(page).focus();
    await reasonSelect(page).selectOption({ label: 'No longer works for the company' });
    await page.keyboard.press('Tab');
    await page.keyboard.type('0001234567');
    expect(await accountInput(page).inputValue()).toBe('0001234567');
    await chooseRegion(page, 'Japan');
    await regionSelect(page).focus();
    // Tab onward until Insert template has focus, then press Enter.
    for (let i = 0; i < 20; i++) {
      if (await insertButton(page).evaluate((b) => b === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    expect(await insertButton(page).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await afterClick(page, () => page.keyboard.press('Enter'))).toBe('inserted');
    expect((await pane.fake.state()).subject).toBe(EXPECTED_SUBJECT);
    expect(await checkItem(page, /Account number/).innerText()).toMatch(/Passed/);
    expectClean(pane);
  });
});
