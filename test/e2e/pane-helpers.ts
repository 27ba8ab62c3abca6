// Helpers for the pane's end-to-end tests (pane.e2e.ts, hostile.e2e.ts): they drive the pane the way
// a person does, by the accessible names of the interface contract (docs/interface-contract.md),
// and read the fake Outlook's message to check what Insert template wrote.
import { readFileSync } from 'node:fs';
import type { Frame, Locator, Page } from 'playwright-core';
import type { FakeState } from '../doubles/fake-office';
import type { Pane } from './harness';

export type Status = 'Passed' | 'Warning' | 'Failed';

/** Where the pane runs: its own page (fake Outlook), or the add-in frame of a page playing Outlook. */
export type Surface = Page | Frame;

export const EXPECTED_SUBJECT = 'primary contact update for account 0001234567';
export const GREETING = 'Dear support,';
export const REQUEST_LINE = 'Can you please update the primary contact information as mentioned below';
export const CLOSING = 'Kind regards';
export const LEFT_SENTENCE = 'Our primary contact has left the company.';

/** IBM's four desks, by the region names of IBM's procedure (docs/ibm-procedure.md). */
export const DESKS = {
  'North America, Latin America': 'paonline@us.ibm.com',
  'Asia Pacific': 'apecare@sg.ibm.com',
  Japan: 'paonline@jp.ibm.com',
  'Europe, Middle East, Africa': 'palogin@ie.ibm.com',
} as const;
export type RegionName = keyof typeof DESKS;

/** An Outlook on the web signature (div#Signature) with the given job title. */
export function owaSignature(title: string, name = 'Jane Doe', address = 'jane.doe@mycompany.com'): string {
  return `<div id="Signature"><p>${name}<br>${title}<br>${address}<br>+1 555 0100</p></div>`;
}

/** A new message: an empty line, then the signature (what Outlook on the web starts with). */
export function newMessage(signatureHtml: string): { type: 'html'; content: string } {
  return { type: 'html', content: `<div><br></div>${signatureHtml}` };
}

// ---------------------------------------------------------------------------------------------
// Waiting

/** Polls `read` until `ok` holds, else fails with the last value seen. */
export async function poll<T>(
  what: string,
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!ok(last)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

export function insertButton(page: Surface): Locator {
  return page.getByRole('button', { name: 'Insert template', exact: true });
}

/** Waits until the pane has read the message and the checks are listed (Insert template enabled). */
export async function waitForPane(page: Surface): Promise<void> {
  await insertButton(page).waitFor({ state: 'visible' });
  await poll(
    'Insert template to be enabled',
    () => insertButton(page).isEnabled(),
    (v) => v,
  );
  await checksRegion(page).getByRole('listitem').first().waitFor({ state: 'visible' });
}

// ---------------------------------------------------------------------------------------------
// The form

export function roleRadio(page: Surface, role: 'manager' | 'primary-contact'): Locator {
  return page.getByRole('radio', { name: role === 'manager' ? /manager/i : /current primary contact/i });
}

export function reasonSelect(page: Surface): Locator {
  return page.getByLabel(/Reason/).first();
}

export function accountInput(page: Surface): Locator {
  return page.getByLabel('Account number');
}

export function regionSelect(page: Surface): Locator {
  return page.getByRole('combobox', { name: /^Region/ });
}

/** Picks the option of the Region select whose text contains IBM's region name. */
export async function chooseRegion(page: Surface, name: RegionName): Promise<void> {
  const select = regionSelect(page);
  const labels = await select.locator('option').allTextContents();
  const label = labels.find((l) => l.includes(name));
  if (!label) throw new Error(`No Region option contains "${name}": ${JSON.stringify(labels)}`);
  await select.selectOption({ label });
}

/** The text of the Region select's chosen option ('' when none). */
export function selectedRegion(page: Surface): Promise<string> {
  return regionSelect(page).evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

/** A text field by its label (required fields' labels end in "*", hence the prefix match). */
export function textField(page: Surface, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('textbox', { name: new RegExp(`^${escaped}\\b`) });
}

export interface Contact {
  name: string;
  title: string;
  email: string;
  phone: string;
}

/** Chooses "Someone else" as the new primary contact and fills in their details. */
export async function fillContact(page: Surface, contact: Contact): Promise<void> {
  await page.getByRole('radio', { name: /Someone else/ }).check();
  await textField(page, 'Name').fill(contact.name);
  await textField(page, 'Job title').fill(contact.title);
  await textField(page, 'Email').fill(contact.email);
  await textField(page, 'Phone').fill(contact.phone);
}

/** Chooses "Other reason" and types it. */
export async function typeReason(page: Surface, reason: string): Promise<void> {
  await reasonSelect(page).selectOption({ label: 'Other reason (describe it)' });
  await textField(page, 'Reason in your own words').fill(reason);
}

export interface FormAnswers {
  role?: 'manager' | 'primary-contact';
  /** The label of a common reason. */
  reason?: string;
  account?: string;
  region?: RegionName;
}

/** Fills the form as a person would. Default: a compliant manager request for account 0001234567. */
export async function fillForm(page: Surface, answers: FormAnswers = {}): Promise<void> {
  const a = {
    role: 'manager',
    reason: 'No longer works for the company',
    account: '0001234567',
    ...answers,
  } as const;
  await roleRadio(page, a.role).check();
  await reasonSelect(page).selectOption({ label: a.reason });
  await accountInput(page).fill(a.account);
  if (a.region) await chooseRegion(page, a.region);
}

// ---------------------------------------------------------------------------------------------
// The compliance checks

export function checksRegion(page: Surface): Locator {
  return page.getByRole('region', { name: /Compliance/ });
}

export function checkItem(page: Surface, topic: RegExp): Locator {
  return checksRegion(page).getByRole('listitem').filter({ hasText: topic });
}

function statusOf(text: string): Status | null {
  const m = /\b(Passed|Warning|Failed)\b/.exec(text);
  return m ? (m[1] as Status) : null;
}

/** The status word of the check about `topic` (exactly one list item must match). */
export async function checkStatus(
  page: Surface,
  topic: RegExp,
): Promise<{ status: Status | null; text: string }> {
  const item = checkItem(page, topic);
  const n = await item.count();
  if (n !== 1) return { status: null, text: `${n} items match ${String(topic)}` };
  // Text content, not innerText: a passed check's detail is in its item but closed (one click
  // away). Line breaks (<br>, as in the signature lines read) still separate words.
  const raw = await item.evaluate((el) => {
    const copy = el.cloneNode(true) as Element;
    copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
    return copy.textContent ?? '';
  });
  const text = raw.replace(/\s+/g, ' ').trim();
  return { status: statusOf(text), text };
}

/** Waits until the check about `topic` shows one of `statuses`; returns its text. */
export async function expectCheck(page: Surface, topic: RegExp, ...statuses: Status[]): Promise<string> {
  const r = await poll(
    `the check ${String(topic)} to be ${statuses.join('/')}`,
    () => checkStatus(page, topic),
    (v) => v.status !== null && statuses.includes(v.status),
  );
  return r.text;
}

// ---------------------------------------------------------------------------------------------
// Insert template

export type InsertOutcome = 'inserted' | 'confirm' | 'failed';

const OUTCOMES: [InsertOutcome, string][] = [
  ['inserted', 'Template inserted'],
  ['confirm', 'Replace your subject?'],
  ['failed', 'Could not insert the template'],
];

/** What the insert panel shows now, if it has finished. */
export async function insertOutcome(page: Surface): Promise<InsertOutcome | null> {
  for (const [kind, title] of OUTCOMES) {
    if ((await page.getByText(title, { exact: true }).count()) > 0) return kind;
  }
  return null;
}

/** Runs `action` (a click) and waits for the insert to finish: inserted, a subject question, or failed. */
export async function afterClick(
  page: Surface,
  action: () => Promise<void>,
  timeoutMs = 10_000,
): Promise<InsertOutcome> {
  await action();
  // The previous outcome's bar is replaced by a spinner at once; wait for the next outcome.
  const outcome = await poll(
    'the insert to finish',
    () => insertOutcome(page),
    (v) => v !== null,
    timeoutMs,
  );
  return outcome as InsertOutcome;
}

export function clickInsert(page: Surface, timeoutMs?: number): Promise<InsertOutcome> {
  return afterClick(page, () => insertButton(page).click(), timeoutMs);
}

// ---------------------------------------------------------------------------------------------
// Reading what was written

export function count(haystack: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

/**
 * Splits `after` into what was there before and what was inserted, assuming one contiguous
 * insertion (or replacement of nothing). Returns null when `after` is not `before` plus one insert.
 */
export function insertion(
  before: string,
  after: string,
): { prefix: string; inserted: string; suffix: string } | null {
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s))
    s++;
  if (p + s !== before.length) return null;
  return {
    prefix: after.slice(0, p),
    inserted: after.slice(p, after.length - s),
    suffix: after.slice(after.length - s),
  };
}

/**
 * Splits a body into what precedes our block (div#pcc-request), the block, and what follows. The
 * block holds only <p> and <br> inside, so it ends at the first </div> after its start.
 */
export function splitBlock(content: string): { before: string; block: string; after: string } | null {
  const start = content.indexOf('<div id="pcc-request"');
  if (start === -1) return null;
  const close = content.indexOf('</div>', start);
  if (close === -1) return null;
  const end = close + '</div>'.length;
  return { before: content.slice(0, start), block: content.slice(start, end), after: content.slice(end) };
}

export function toAddresses(state: FakeState): string[] {
  return state.to.map((r) => r.emailAddress.toLowerCase());
}

/** Relative luminance (0 black … 1 white) of a CSS rgb()/rgba() colour. */
export function luminance(css: string): number {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`Not an rgb colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The background colour the user sees behind the pane's content (first opaque ancestor of <main>). */
export function paneBackground(page: Surface): Promise<string> {
  return page.evaluate(() => {
    for (let el: Element | null = document.querySelector('main'); el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      if (bg && bg !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(bg)) return bg;
    }
    return 'rgb(255, 255, 255)'; // the browser's canvas
  });
}

/**
 * Waits until no finite CSS transition or animation is running (the spinner's endless ones are
 * left alone). Fluent's buttons fade their colours for about 100 ms: when Insert template turns
 * enabled again after an insert, the button spends that time between its disabled and its normal
 * colours, and a contrast check taken then measures a blend no user rests on (once: #969696 on
 * #114a7b, 3.1:1). Waiting for the real end of the motion, not for a guessed delay.
 */
export async function waitForSettled(page: Surface, timeoutMs = 10_000): Promise<void> {
  await page.evaluate(async (deadlineMs) => {
    const deadline = performance.now() + deadlineMs;
    const finite = () =>
      document.getAnimations().filter((a) => {
        const end = a.effect?.getComputedTiming().endTime;
        return a.playState === 'running' && typeof end === 'number' && Number.isFinite(end);
      });
    // An ending transition can start another (a hover colour after the enabled one): look again.
    for (let running = finite(); running.length; running = finite()) {
      if (performance.now() > deadline)
        throw new Error(`${running.length} animation(s) still running after ${deadlineMs} ms`);
      // A transition that is replaced rejects `finished` (AbortError); the loop looks again.
      const ended = Promise.all(running.map((a) => a.finished.catch(() => undefined)));
      const late = new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - performance.now())));
      await Promise.race([ended, late]);
    }
  }, timeoutMs);
}

/**
 * Runs axe-core (the installed copy) on the page once its motion has settled; returns the
 * violations, summarised.
 */
export async function axeViolations(
  page: Surface,
): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
  await waitForSettled(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    // addScriptTag would add an inline <script>, which the pane's Content-Security-Policy rightly
    // refuses; evaluating the installed axe-core through the DevTools protocol is not subject to it.
    await page.evaluate(readFileSync(require.resolve('axe-core'), 'utf8'));
  }
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx?: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    interface AxeViolation {
      id: string;
      impact: string | null;
      nodes: { target: unknown[]; failureSummary?: string }[];
    }
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    }));
  });
}

/** Every test ends here: nothing left for another origin and no console error nobody expected. */
export function expectClean(pane: Pane): void {
  expect(pane.foreignRequests).toEqual([]);
  expect(pane.unexpectedErrors()).toEqual([]);
}
