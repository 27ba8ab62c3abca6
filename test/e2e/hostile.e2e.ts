// Hostile and unusual input, end to end: it never runs code in the pane, is only ever written
// into the message escaped, and never costs the user a byte of what they had. Every test also
// checks that no request left for another origin and that the console stayed clean.
import { DEFAULT_SIGNATURE_HTML, MAX_BODY_CHARS, type FakeScenario } from '../doubles/fake-office';
import { setupHarness, type Pane } from './harness';
import {
  CLOSING,
  EXPECTED_SUBJECT,
  GREETING,
  LEFT_SENTENCE,
  REQUEST_LINE,
  accountInput,
  checkItem,
  chooseRegion,
  clickInsert,
  count,
  expectCheck,
  expectClean,
  fillContact,
  fillForm,
  insertion,
  owaSignature,
  poll,
  roleRadio,
  splitBlock,
  textField,
  toAddresses,
  typeReason,
  waitForPane,
} from './pane-helpers';
import type { Page, Request } from 'playwright-core';

const harness = setupHarness();

/** Requests each page has started and not yet finished (or failed). */
const inFlight = new WeakMap<Page, Set<Request>>();

function trackRequests(page: Page): void {
  const pending = new Set<Request>();
  inFlight.set(page, pending);
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

async function open(scenario: FakeScenario): Promise<Pane> {
  const pane = await harness.openPane({ officeJs: 'fake', scenario });
  trackRequests(pane.page);
  await waitForPane(pane.page);
  return pane;
}

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const SVG = '"><svg onload=window.__pwned=1>';
/** Would load from another origin if it were ever rendered as HTML. */
const REMOTE = '<img src="https://attacker.example/p.png">';

/** As the template escapes text (src/compliance/request/template.ts). */
function esc(text: string): string {
  const map: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
  };
  return text.replace(/[&<>"'`]/g, (c) => map[c] as string);
}

/** Nothing ran, and the pane's DOM holds no element the hostile text could have become. */
async function expectNothingRan(page: Page): Promise<void> {
  // A rendered <img src=x onerror> would fire only once its request failed: wait until every
  // request the page started has ended, then let the page run the tasks queued by then.
  await poll(
    'the requests the page started to end',
    async () => inFlight.get(page)?.size ?? 0,
    (n) => n === 0,
  );
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  const found = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) bad.push(`${el.tagName} ${attr.name}`);
      }
    }
    for (const s of Array.from(document.scripts))
      if (!s.src) bad.push(`inline script: ${s.textContent?.slice(0, 40)}`);
    for (const img of Array.from(document.images)) bad.push(`img ${img.getAttribute('src')}`);
    return bad;
  });
  expect(found).toEqual([]);
}

/**
 * Our block, parsed by the browser: only div#pcc-request, <p> and <br>, no attribute beyond the
 * div's id and class, no script/img/svg; returns its text.
 */
async function expectInertBlock(page: Page, block: string): Promise<string> {
  expect(block).not.toMatch(/<\s*(script|img|svg|iframe|object|a)\b/i);
  const shape = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
    const tags = new Set<string>();
    const attrs = new Set<string>();
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      tags.add(el.tagName.toLowerCase());
      for (const a of Array.from(el.attributes)) attrs.add(`${el.tagName.toLowerCase()}[${a.name}]`);
    }
    return { tags: [...tags].sort(), attrs: [...attrs].sort(), text: doc.body.textContent ?? '' };
  }, block);
  expect(shape.tags.filter((t) => !['div', 'p', 'br'].includes(t))).toEqual([]);
  expect(shape.attrs).toEqual(['div[class]', 'div[id]']);
  return shape.text;
}

/**
 * Reloads the pane with taskpane.html's Content-Security-Policy taken out, and the fake Outlook
 * holding `scenario` from then on, so that what is tested is the pane's own handling of hostile
 * HTML, not the CSP stopping it. (The first load, with the CSP, never sees the scenario.)
 */
async function reloadWithoutCsp(pane: Pane, scenario: FakeScenario): Promise<void> {
  await pane.context.addInitScript((s) => {
    (window as unknown as { __FAKE_OUTLOOK_SCENARIO__: unknown }).__FAKE_OUTLOOK_SCENARIO__ = s;
  }, scenario);
  await pane.context.route(`${pane.origin}/taskpane.html`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    // Checked below, after the reload: no CSP <meta> is left (an expect here would fail elsewhere).
    const stripped = html.replace(/<meta\s[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi, '');
    await route.fulfill({ response, body: stripped });
  });
  await pane.page.reload();
  await waitForPane(pane.page);
  const csp = await pane.page.evaluate(
    () => document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
  );
  expect(csp).toBe(0);
}

describe('markup and script in what the pane reads and what the user types', () => {
  it('display name, signature and every form input: shown as text, never run, inserted only escaped', async () => {
    // Markup as text, the way Outlook stores it (entity-escaped): typed by the user and in the signature.
    const typed = `<div>Hi team ${esc(IMG)}${esc(SCRIPT)}</div><div><br></div>`;
    const signature = `<div id="Signature"><p>Jane Doe<br>IT Manager ${esc(SCRIPT)}<br>jane.doe@mycompany.com<br>+1 555 0100 ${esc(SVG)}</p></div>`;
    const original = typed + signature;
    const hostileName = `${IMG} ${SVG} ${REMOTE}`;
    const sender = { emailAddress: 'jane.doe@mycompany.com', displayName: hostileName };
    const pane = await open({ user: sender, from: sender, body: { type: 'html', content: original } });
    const { page } = pane;

    // The display name and the signature's markup are on screen as text.
    await page.getByText(hostileName, { exact: false }).first().waitFor({ state: 'visible' });
    const titleCheck = await expectCheck(page, /Manager title/, 'Passed');
    expect(titleCheck).toContain(`IT Manager ${SCRIPT}`);

    // Every input of the form gets markup too.
    const reason = `The contact left the company ${SCRIPT}`;
    const contact = {
      name: `Dana ${SVG}`,
      title: `IT Manager ${IMG}`,
      email: `${SVG}@mycompany.com`,
      phone: SVG,
    };
    await roleRadio(page, 'manager').check();
    await typeReason(page, reason);
    await accountInput(page).fill(IMG);
    await fillContact(page, contact);
    await chooseRegion(page, 'Europe, Middle East, Africa');

    // What the checks say about them is text.
    expect(await expectCheck(page, /Account number/, 'Failed')).toContain(IMG);
    expect(await expectCheck(page, /New primary contact/, 'Failed', 'Warning')).toContain(contact.email);
    for (const [label, value] of [
      ['Reason in your own words', reason],
      ['Account number', IMG],
      ['Name', contact.name],
      ['Job title', contact.title],
      ['Email', contact.email],
      ['Phone', contact.phone],
    ] as const) {
      expect(await textField(page, label).inputValue()).toBe(value);
    }
    await expectNothingRan(page);

    // Insert (warnings inform, they do not forbid).
    expect(await clickInsert(page)).toBe('inserted');
    const state = await pane.fake.state();
    const split = splitBlock(state.body.content);
    expect(split).not.toBeNull();
    if (!split) return;
    // The user's text is untouched, and is all that is outside our block.
    expect(split.before + split.after).toBe(original);
    expect(split.before).toBe(typed);
    // Our block holds the hostile strings only escaped.
    const text = await expectInertBlock(page, split.block);
    expect(split.block).not.toMatch(/<script/i);
    expect(split.block).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i); // no tag of ours carries an event handler
    for (const value of [reason, contact.name, contact.title, contact.email, contact.phone]) {
      expect(split.block).toContain(esc(value));
      expect(text).toContain(value);
    }
    // The account number is written without its spaces (normalised), still escaped.
    expect(split.block).toContain(esc(IMG.replace(/\s/g, '')));
    // The subject carries digits only (here the visible placeholder), so nothing of the markup.
    expect(state.subject).toBe('primary contact update for account [account number]');
    expect(toAddresses(state)).toEqual(['palogin@ie.ibm.com']);

    await expectNothingRan(page);
    expectClean(pane);
  });

  it('a display name with markup is escaped in a block signed with it (no signature in the body)', async () => {
    const hostileName = `Jane ${SCRIPT} ${IMG}`;
    const sender = { emailAddress: 'jane.doe@mycompany.com', displayName: hostileName };
    const original = '<div>Hello team, typed by me</div>';
    const pane = await open({ user: sender, from: sender, body: { type: 'html', content: original } });
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page)).toBe('inserted');
    const { content } = (await pane.fake.state()).body;
    const split = splitBlock(content);
    expect(split).not.toBeNull();
    if (!split) return;
    expect(split.before + split.after).toBe(original);
    const text = await expectInertBlock(page, split.block);
    expect(split.block).toContain(esc(hostileName));
    expect(text).toContain(hostileName);
    await expectNothingRan(page);
    expectClean(pane);
  });

  /** Real elements with handlers in the user's own message (theirs: kept, never counted as ours). */
  const liveMarkup =
    `<div>Hi team ${IMG}${SCRIPT}${REMOTE}</div><div><br></div>` +
    `<div id="Signature"><p>Jane Doe<br>IT Manager<svg onload="window.__pwned=1"></svg><br>jane.doe@mycompany.com<br>+1 555 0100</p></div>`;

  it('real <img onerror>, <script>, <svg onload> in the message never run, even with the CSP removed', async () => {
    const pane = await open({});
    await reloadWithoutCsp(pane, { body: { type: 'html', content: liveMarkup } });
    const { page } = pane;
    expect((await pane.fake.state()).body.content).toBe(liveMarkup);
    await expectCheck(page, /Manager title/, 'Passed');
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    await expectNothingRan(page);
    expect(await clickInsert(page)).toBe('inserted');
    const { content } = (await pane.fake.state()).body;
    const split = splitBlock(content);
    expect(split).not.toBeNull();
    if (!split) return;
    expect(split.before + split.after).toBe(liveMarkup);
    await expectInertBlock(page, split.block);
    await expectNothingRan(page);
    expect(pane.foreignRequests).toEqual([]);
    // Only the first load's requests that the reload cut off (e.g. the favicon) may have failed.
    const cutOff = (e: { type: string; text: string }) =>
      e.type === 'requestfailed' && e.text.startsWith('net::ERR_ABORTED');
    expect(pane.unexpectedErrors().filter((e) => !cutOff(e))).toEqual([]);
  });

  // Accepted (docs/decisions.md, "Inline handlers in mail"): the pane parses mail HTML with the
  // browser's DOMParser, and Chromium reports each on* attribute it meets as a CSP violation while
  // parsing. Nothing runs (the test above proves it even without the CSP). The only console errors
  // allowed are those reports.
  it('reading a message with inline handlers logs only CSP reports of blocked handlers', async () => {
    const pane = await open({ body: { type: 'html', content: liveMarkup } });
    await expectNothingRan(pane.page);
    const errors = pane.unexpectedErrors();
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors)
      expect(e.text).toMatch(/^Executing inline event handler violates .*Content Security Policy/);
    expect(pane.foreignRequests).toEqual([]);
  });
});

describe('large and unusual bodies', () => {
  /** A reply of about 1 MB (UTF-8): typed text, the user's signature, then a long quoted thread. */
  function bigReply(): { content: string; thread: string } {
    const head =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>' +
      '<div>Hello team, typed by me</div><div><br></div>' +
      owaSignature('IT Specialist');
    const quoteHead =
      '<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">' +
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Bob Smith ' +
      '&lt;bob.smith@othercorp.com&gt;<br><b>Sent:</b> Monday, 3 March 2025 09:12<br><b>Subject:</b> Re: licences</font><div>&nbsp;</div></div>';
    const line = (i: number) =>
      `<div>Zeile ${i}: Grüße aus München — 見積書の確認をお願いします。Order ${i} was checked &amp; confirmed.</div>`;
    const lines: string[] = [];
    let size = 0;
    for (let i = 0; size < 800_000; i++) {
      const l = line(i);
      lines.push(l);
      size += l.length;
    }
    const theirSignature =
      '<div id="x_Signature"><p>Bob Smith<br>Sales Manager<br>bob.smith@othercorp.com<br>+1 555 0199</p></div>';
    const thread = `${quoteHead}<div>${lines.join('')}${theirSignature}</div></body></html>`;
    return { content: head + thread, thread };
  }

  it("a 1 MB reply: only the user's signature counts, and the quoted thread is kept byte for byte", async () => {
    const { content, thread } = bigReply();
    expect(Buffer.byteLength(content, 'utf8')).toBeGreaterThan(1024 * 1024);
    expect(content.length).toBeLessThan(MAX_BODY_CHARS - 5_000); // room for our block
    const pane = await open({ body: { type: 'html', content } });
    const { page } = pane;
    await roleRadio(page, 'manager').check();
    // Bob's "Sales Manager" in the quoted thread is not the user's title.
    const title = await expectCheck(page, /Manager title/, 'Failed', 'Warning');
    expect(title).toContain('IT Specialist');
    expect(title).not.toContain('Sales Manager');
    expect(await checkItem(page, /New primary contact/).innerText()).not.toContain('Bob');

    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page, 20_000)).toBe('inserted');
    const after = (await pane.fake.state()).body.content;
    expect(after.endsWith(thread)).toBe(true);
    const split = splitBlock(after);
    expect(split).not.toBeNull();
    if (!split) return;
    expect(split.before + split.after).toBe(content);
    // Above the user's signature, not inside the thread.
    expect(split.after.startsWith(owaSignature('IT Specialist'))).toBe(true);
    expect(split.block).toContain('Name: Jane Doe');
    expect(split.block).not.toContain('Bob');
    expect(split.block).not.toContain('Sales Manager');
    expectClean(pane);
  }, 60_000);

  it('a body too large to write back: an error in the pane, the message untouched', async () => {
    const filler = `<div>${'x'.repeat(MAX_BODY_CHARS - 200)}</div>`;
    const content = `<div><br></div>${DEFAULT_SIGNATURE_HTML}${filler}`;
    const pane = await open({ body: { type: 'html', content } });
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page, 20_000)).toBe('failed');
    await page.getByText('Could not insert the template').waitFor();
    const state = await pane.fake.state();
    expect(state.body.content).toBe(content);
    expect(state.subject).toBe('');
    expect(state.to).toEqual([]);
    expectClean(pane);
  }, 60_000);

  it('a plain-text body with a "-- " signature: the block goes above it, every character kept', async () => {
    const original =
      'Hello team, typed by me\n\n-- \nJane Doe\nIT Manager\njane.doe@mycompany.com\n+1 555 0100';
    const pane = await open({ body: { type: 'text', content: original } });
    const { page } = pane;
    await roleRadio(page, 'manager').check();
    await expectCheck(page, /Manager title/, 'Passed');
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    expect(await clickInsert(page)).toBe('inserted');
    const state = await pane.fake.state();
    expect(state.body.type).toBe('text');
    const { content } = state.body;
    expect(content).not.toMatch(/<[a-z/]/i);
    expect(insertion(original, content)).not.toBeNull();
    expect(count(content, GREETING)).toBe(1);
    expect(content).toContain(LEFT_SENTENCE);
    expect(content).toContain(REQUEST_LINE);
    expect(content).toContain('Name: Jane Doe');
    expect(content).toContain(CLOSING);
    expect(count(content, '\n-- \n')).toBe(1);
    const iTyped = content.indexOf('Hello team, typed by me');
    expect(iTyped).toBeLessThan(content.indexOf(GREETING));
    expect(content.indexOf(GREETING)).toBeLessThan(content.indexOf('\n-- \n'));
    expect(state.subject).toBe(EXPECTED_SUBJECT);
    expectClean(pane);
  });
});

describe('names and text beyond ASCII', () => {
  it('a CJK signature name and an Arabic display name with emoji survive into the pane and the body', async () => {
    const sender = { emailAddress: 'jane.doe@mycompany.com', displayName: 'محمد العلي 🙂' };
    const signature = owaSignature('IT Manager', '山田 太郎');
    const original = `<div>こんにちは 👋</div><div><br></div>${signature}`;
    const pane = await open({ user: sender, from: sender, body: { type: 'html', content: original } });
    const { page } = pane;
    await page.getByText('محمد العلي 🙂').first().waitFor({ state: 'visible' });
    expect(await expectCheck(page, /New primary contact/, 'Passed')).toContain('山田 太郎');
    await fillForm(page, { region: 'Japan' });
    expect(await clickInsert(page)).toBe('inserted');
    const { content } = (await pane.fake.state()).body;
    const split = splitBlock(content);
    expect(split?.before.concat(split.after)).toBe(original);
    expect(split?.block).toContain('Name: 山田 太郎');
    expect(count(content, signature)).toBe(1);
    expect(content).toContain('こんにちは 👋');
    expectClean(pane);
  });

  it('a Hebrew new contact, an Arabic title and emoji in the reason survive into the body', async () => {
    const pane = await open({});
    const { page } = pane;
    const contact = {
      name: 'דוד כהן 👍',
      title: 'مدير تقنية المعلومات — IT Manager',
      email: 'david.cohen@mycompany.com',
      phone: '+972 3 555 0100',
    };
    const reason = 'הוא עזב את החברה — he left the company 🙂';
    await roleRadio(page, 'manager').check();
    await typeReason(page, reason);
    await accountInput(page).fill('0001234567');
    await fillContact(page, contact);
    await chooseRegion(page, 'Asia Pacific');
    expect(await expectCheck(page, /New primary contact/, 'Passed')).toContain(contact.name);
    expect(await clickInsert(page)).toBe('inserted');
    const { content } = (await pane.fake.state()).body;
    const block = splitBlock(content)?.block ?? '';
    expect(block).toContain(`Name: ${contact.name}`);
    expect(block).toContain(`Job title: ${contact.title}`);
    expect(block).toContain(`Email: ${contact.email}`);
    expect(block).toContain(`Phone: ${contact.phone}`);
    expect(block).toContain(reason);
    expect(block).toContain('Region: Asia Pacific');
    expect(count(content, DEFAULT_SIGNATURE_HTML)).toBe(1);
    expectClean(pane);
  });
});

describe('very long input', () => {
  it('a 300-character account number is capped, and the subject stays within 255 characters', async () => {
    const pane = await open({});
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    const long = '1234567890'.repeat(30);
    // Typed…
    await accountInput(page).fill(long);
    const typed = await accountInput(page).inputValue();
    expect(typed.length).toBeLessThan(300);
    expect(long.startsWith(typed)).toBe(true);
    // …and pasted.
    await accountInput(page).fill('');
    await accountInput(page).focus();
    await page.keyboard.insertText(long);
    const pasted = await accountInput(page).inputValue();
    expect(pasted.length).toBeLessThan(300);
    // The pane says what is wrong with it.
    const check = await expectCheck(page, /Account number/, 'Warning', 'Failed');
    expect(check).toMatch(/digits/);

    expect(await clickInsert(page)).toBe('inserted');
    const state = await pane.fake.state();
    expect(state.subject.length).toBeLessThanOrEqual(255);
    expect(state.subject).toBe(`primary contact update for account ${pasted}`);
    expect(state.body.content).not.toContain(long.slice(0, pasted.length + 1));
    expectClean(pane);
  });
});
