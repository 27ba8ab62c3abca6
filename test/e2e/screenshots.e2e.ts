// Screenshots of the pane for the README (docs/pane-light.png, docs/pane-dark.png). They are
// written to .test-results/ on every run, and into docs/ when UPDATE_SCREENSHOTS=1.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT, setupHarness } from './harness';
import { waitForSettled } from './pane-helpers';

const harness = setupHarness();
const out = path.join(ROOT, '.test-results');

describe.each(['light', 'dark'] as const)('the pane in the %s theme', (theme) => {
  it('renders the request and the checks, and can be pictured', async () => {
    const pane = await harness.openPane({ scenario: { theme }, viewport: { width: 360, height: 1400 } });
    const { page } = pane;
    await page.getByRole('button', { name: 'Insert template' }).waitFor();
    await page.getByRole('listitem').first().waitFor();
    await page
      .getByLabel(/Reason/)
      .first()
      .selectOption({ label: 'No longer works for the company' });
    await page.getByLabel('Account number').fill('0001234567');
    await page.getByText(/passed, \d+ warnings?, 0 failed/).waitFor();
    await waitForSettled(page); // no control pictured half-way through a colour fade
    mkdirSync(out, { recursive: true });
    const file = path.join(out, `pane-${theme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    if (process.env.UPDATE_SCREENSHOTS === '1')
      copyFileSync(file, path.join(ROOT, 'docs', `pane-${theme}.png`));
    expect(pane.unexpectedErrors()).toEqual([]);
  });
});
