// Screenshots of the pane for the README: the first screen of an Outlook-sized task pane
// (320 × 600) in the light and dark themes (docs/pane-light.png, docs/pane-dark.png), and the
// whole pane after answering (docs/pane-full.png). They are written to .test-results/ on every
// run, and into docs/ when UPDATE_SCREENSHOTS=1.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, setupHarness } from './harness';
import {
  accountInput,
  checksRegion,
  expectCheck,
  reasonSelect,
  waitForPane,
  waitForSettled,
} from './pane-helpers';

const harness = setupHarness();
const out = path.join(ROOT, '.test-results');

async function picture(page: Page, name: string, fullPage: boolean): Promise<void> {
  await waitForSettled(page); // no control pictured half-way through a colour fade
  mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  if (process.env.UPDATE_SCREENSHOTS === '1') copyFileSync(file, path.join(ROOT, 'docs', `${name}.png`));
}

describe.each(['light', 'dark'] as const)('the pane in the %s theme', (theme) => {
  it('shows its first screen at 320 × 600 with a check to fix, and can be pictured', async () => {
    const pane = await harness.openPane({ scenario: { theme }, viewport: { width: 320, height: 600 } });
    const { page } = pane;
    await waitForPane(page);
    await reasonSelect(page).selectOption({ label: 'No longer works for the company' });
    await accountInput(page).fill('12345');
    await accountInput(page).blur();
    await expectCheck(page, /Account number/, 'Warning');
    await page.evaluate(() => scrollTo(0, 0));
    await picture(page, `pane-${theme}`, false);
    expect(pane.unexpectedErrors()).toEqual([]);
  });
});

it('the whole pane after answering, with a passed check opened, can be pictured', async () => {
  const pane = await harness.openPane({
    scenario: { theme: 'light' },
    viewport: { width: 320, height: 600 },
  });
  const { page } = pane;
  await waitForPane(page);
  await reasonSelect(page).selectOption({ label: 'No longer works for the company' });
  await accountInput(page).fill('0001234567');
  await page.getByText(/passed, \d+ warnings?, 0 failed/).waitFor();
  await checksRegion(page)
    .getByRole('button', { name: /Passed · Account number/ })
    .click();
  await picture(page, 'pane-full', true);
  expect(pane.unexpectedErrors()).toEqual([]);
});
