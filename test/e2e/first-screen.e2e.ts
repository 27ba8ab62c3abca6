// The pane at a glance, in an Outlook-sized task pane (320 × 600 CSS pixels): without scrolling,
// the first screen shows who is sending, where the checks stand and the whole Insert template
// button — on opening and after answering. Passed checks take one line; the answers' checks show
// at their fields; the keyboard goes questions → checks → action bar; the bar stops being sticky
// in a very short viewport (200 % zoom, on-screen keyboard).
import type { Locator, Page } from 'playwright-core';
import { setupHarness, type Pane } from './harness';
import {
  accountInput,
  axeViolations,
  checksRegion,
  expectCheck,
  expectClean,
  fillForm,
  insertButton,
  reasonSelect,
  waitForPane,
} from './pane-helpers';

const harness = setupHarness();
const PANE = { width: 320, height: 600 };

async function open(viewport = PANE): Promise<Pane> {
  const pane = await harness.openPane({ officeJs: 'fake', viewport });
  await waitForPane(pane.page);
  return pane;
}

/** True when the whole element is inside the viewport and nothing covers its centre. */
async function wholeInView(page: Page, locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return inside && r.height > 0 && top !== null && el.contains(top);
  });
}

const actionBar = (page: Page) => page.getByTestId('action-bar');

async function expectFirstScreen(page: Page): Promise<void> {
  expect(await page.evaluate(() => scrollY)).toBe(0);
  expect(await wholeInView(page, page.getByText('jane.doe@mycompany.com').first())).toBe(true);
  // A status word from the checks, beside the sender.
  expect(await wholeInView(page, page.getByText(/^Company domain: (Passed|Warning|Failed)$/))).toBe(true);
  // Where the checks stand, in one line: the counts and the names of those not passed.
  const summary = actionBar(page).getByText(/\d+ passed, \d+ warnings?, \d+ failed/);
  expect(await wholeInView(page, summary)).toBe(true);
  expect(await wholeInView(page, insertButton(page))).toBe(true);
}

describe('the first screen at 320 × 600', () => {
  it('shows the sender, the checks and the whole Insert template button on opening and after answering', async () => {
    const pane = await open();
    const { page } = pane;
    await expectFirstScreen(page);
    // Nothing answered yet: the summary names the failed checks.
    expect(await actionBar(page).innerText()).toMatch(/Not passed: .*Reason for the change.*Account number/);

    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    await expectCheck(page, /Account number/, 'Passed');
    // While the user is among the questions, the bar is still there, whole.
    expect(await wholeInView(page, insertButton(page))).toBe(true);
    await page.evaluate(() => scrollTo(0, 0));
    await expectFirstScreen(page);
    expect(await actionBar(page).innerText()).toMatch(/passed, \d+ warnings?, 0 failed/);
    expectClean(pane);
  });

  it('passed checks take one line each, their detail one click away; failures are open with their fix', async () => {
    const pane = await open();
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    await expectCheck(page, /Reason for the change/, 'Passed');
    const passed = checksRegion(page).getByRole('button', { name: /^Passed · / });
    expect(await passed.count()).toBeGreaterThanOrEqual(4);
    const lineHeights = await passed.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    for (const h of lineHeights) expect(h).toBeLessThanOrEqual(26); // one line of 20 px text and its padding

    const reason = checksRegion(page).getByRole('button', { name: /Passed · Reason for the change/ });
    const detail = checksRegion(page).getByText('Reason: no longer works for the company.');
    expect(await detail.isVisible()).toBe(false);
    await reason.click();
    expect(await reason.getAttribute('aria-expanded')).toBe('true');
    await detail.waitFor({ state: 'visible' });
    expect(await axeViolations(page)).toEqual([]);

    await accountInput(page).fill('');
    await accountInput(page).blur();
    const item = checksRegion(page)
      .getByRole('listitem')
      .filter({ hasText: /Account number/ });
    await item.getByText(/Enter your Passport Advantage account/).waitFor({ state: 'visible' });
    expectClean(pane);
  });

  it("shows an answer's check at its field, and the mailbox checks beside the sender", async () => {
    const pane = await open();
    const { page } = pane;
    await accountInput(page).fill('12345');
    await accountInput(page).blur();
    // Fluent's Field: the input is described by its validation message.
    await page
      .getByText(/12345 has 5 digits; IBM's example has 10 digits/)
      .first()
      .waitFor();
    const described = await accountInput(page).evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toContain('12345 has 5 digits');
    for (const topic of ['Company domain', 'Who is asking', 'Manager title in signature'])
      await page.getByText(new RegExp(`^${topic}: (Passed|Warning|Failed)$`)).waitFor();
    expectClean(pane);
  });

  it('keyboard order is natural: the questions, then the checks, then the action bar', async () => {
    const pane = await open();
    const { page } = pane;
    await fillForm(page, { region: 'Europe, Middle East, Africa' });
    await expectCheck(page, /Reason for the change/, 'Passed');
    await reasonSelect(page).focus();
    const order: string[] = [];
    for (let i = 0; i < 40 && !order.includes('Insert template'); i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return '';
          if (el.closest('[aria-label="Compliance checks"]')) return 'check';
          if (el.closest('[data-testid="action-bar"]')) return el.textContent ?? '';
          return el.tagName.toLowerCase();
        }),
      );
    }
    const firstCheck = order.indexOf('check');
    expect(firstCheck).toBeGreaterThan(order.indexOf('input')); // the account number comes first
    expect(order.lastIndexOf('check')).toBeLessThan(order.indexOf('Insert template'));
    expect(order.slice(firstCheck).filter((t) => t === 'input' || t === 'select')).toEqual([]);
    expectClean(pane);
  });

  it('a field reached with Tab is not hidden behind the bar', async () => {
    const pane = await open();
    const { page } = pane;
    await page.getByRole('radio', { name: /current primary contact/ }).focus();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const covered = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const bar = document.querySelector('[data-testid="action-bar"]');
        if (!bar || bar.contains(el) || el === document.body) return false;
        return el.getBoundingClientRect().bottom > bar.getBoundingClientRect().top;
      });
      expect(covered).toBe(false);
    }
    expectClean(pane);
  });

  it('in a very short viewport (200 % zoom, on-screen keyboard) the bar flows with the content', async () => {
    const pane = await open({ width: 320, height: 300 });
    const { page } = pane;
    expect(await actionBar(page).evaluate((el) => getComputedStyle(el).position)).toBe('static');
    // 320 × 600 at 200 % zoom is 160 × 300 CSS pixels: nothing wider than the pane, the bar in reach.
    const zoomed = await open({ width: 160, height: 300 });
    expect(await zoomed.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(160);
    await insertButton(zoomed.page).scrollIntoViewIfNeeded();
    expect(await wholeInView(zoomed.page, insertButton(zoomed.page))).toBe(true);
    expectClean(zoomed);
    const tall = await open();
    expect(await actionBar(tall.page).evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
    expectClean(pane);
    expectClean(tall);
  });
});

describe("Fluent's theme", () => {
  // The light theme comes as static CSS variables in the stylesheet, the dark one as an object
  // loaded on demand: both must reach every control (a missing variable leaves it transparent).
  it.each([
    ['light', 'rgb(15, 108, 189)', 'rgb(255, 255, 255)'],
    ['dark', 'rgb(17, 94, 163)', 'rgb(41, 41, 41)'],
  ] as const)('colours the pane in the %s theme', async (theme, brand, background) => {
    const pane = await harness.openPane({ officeJs: 'fake', viewport: PANE, scenario: { theme } });
    const { page } = pane;
    await waitForPane(page);
    const colour = (locator: Locator, property: 'backgroundColor' | 'color') =>
      locator.evaluate((el, p) => getComputedStyle(el)[p], property);
    expect(await colour(insertButton(page), 'backgroundColor')).toBe(brand);
    // The themed surface: FluentProvider's element, around the pane's main landmark.
    expect(await colour(page.getByRole('main').locator('..'), 'backgroundColor')).toBe(background);
    expectClean(pane);
  });
});

describe("the pane's two stylesheets", () => {
  // The first screen links only its own rules; the whole sheet comes once the first screen is up,
  // and an on-demand part (Settings, a notice) shows only once it is there: styled, never bare.
  it('adds the whole stylesheet after the first screen, once, and on-demand parts show styled', async () => {
    const pane = await open();
    const { page } = pane;
    const sheets = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) =>
          (l as HTMLLinkElement).href.split('/').pop(),
        ),
      );
    await page.waitForFunction(() => document.querySelectorAll('link[rel="stylesheet"]').length === 2);
    expect(await sheets()).toEqual([
      expect.stringMatching(/^griffel\.\w+\.css$/),
      expect.stringMatching(/^pane-all\.\w+\.css$/),
    ]);
    await page.getByText('Settings', { exact: true }).click();
    const domains = page.getByLabel(/Company email domains/);
    await domains.waitFor();
    // Fluent's Textarea exists only in Settings' on-demand part: its border comes from the whole sheet.
    const border = await domains.evaluate(
      (el) => getComputedStyle(el.parentElement as Element).borderBottomColor,
    );
    expect(border).toBe('rgb(97, 97, 97)');
    expect(await sheets()).toHaveLength(2);
    expectClean(pane);
  });

  it('in preview mode, the notice at the top shows styled', async () => {
    const pane = await harness.openPane({ officeJs: 'fail', viewport: PANE });
    const { page } = pane;
    const notice = page.getByText(/This is a preview in your browser/);
    await notice.waitFor();
    // Fluent's MessageBar (on demand): its info background comes from the whole sheet.
    const background = await notice.evaluate((el) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)') return bg;
      }
      return '';
    });
    expect(background).toBe('rgb(245, 245, 245)');
  });
});
