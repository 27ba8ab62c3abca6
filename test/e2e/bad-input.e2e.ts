// Realistic mistakes in the pane, tried as a new user would: each gives a clear refusal or a true
// message, never a claim of success. The pane runs against the scripted fake Outlook, and its
// Settings against the fake's roaming settings.
import type { Page } from 'playwright-core';
import { setupHarness, type Pane } from './harness';
import { accountInput, clickInsert, expectCheck, expectClean, waitForPane } from './pane-helpers';

const harness = setupHarness();

async function open(): Promise<Pane> {
  const pane = await harness.openPane({ officeJs: 'fake' });
  await waitForPane(pane.page);
  return pane;
}

async function openSettings(page: Page) {
  await page.getByText('Settings', { exact: true }).click();
  return page.getByRole('textbox', { name: /Company email domains/ });
}

describe('bad input in the pane', () => {
  it('an empty form inserts, but the outcome says NOT READY TO SEND with each failure and its fix', async () => {
    const pane = await open();
    const { page } = pane;
    expect(await clickInsert(page)).toBe('inserted');
    const state = await pane.fake.state();
    expect(state.subject).toBe('primary contact update for account [account number]');
    await page.getByText(/The message is NOT READY TO SEND: 2 checks fail\./).waitFor();
    const failed = page.getByRole('list', { name: 'Failed checks' }).getByRole('listitem');
    expect(await failed.allInnerTexts()).toEqual([
      expect.stringMatching(/^Reason for the change: .*Choose a reason/),
      expect.stringMatching(/^Account number: .*Enter your Passport Advantage account/),
    ]);
    expect(await page.getByText('Review the message, then send it.').count()).toBe(0);
    expectClean(pane);
  });

  it('account number "-1" is called a minus sign, not "1 has 1 digits"', async () => {
    const pane = await open();
    const { page } = pane;
    await accountInput(page).fill('-1');
    const text = await expectCheck(page, /Account number/, 'Failed');
    expect(text).toContain('"-1" starts with a minus sign');
    expect(text).not.toMatch(/1 has 1 digit/);
    expectClean(pane);
  });

  it('Settings refuses a free-mail domain with why, reads *.mycompany.com, and drops "Saved" when the field changes', async () => {
    const pane = await open();
    const { page } = pane;
    const domains = await openSettings(page);
    const save = page.getByRole('button', { name: 'Save settings' });
    await domains.fill('gmail.com');
    await page.getByText(/gmail\.com: personal\/free-mail provider that anyone can sign up to/).waitFor();
    expect(await save.isDisabled()).toBe(true);

    await domains.fill('*.mycompany.com');
    await page.getByText(/\*\.mycompany\.com is kept as mycompany\.com/).waitFor();
    await save.click();
    await page.getByText('Saved in your mailbox. The checks use it now.').waitFor();
    expect(JSON.stringify((await pane.fake.state()).roaming)).toContain('"companyDomains":["mycompany.com"]');
    await expectCheck(page, /Company domain/, 'Passed');

    await domains.fill('not a domain');
    await page.getByText(/^Not a domain: not, a, domain/).waitFor();
    expect(await page.getByText('Saved in your mailbox. The checks use it now.').count()).toBe(0);
    expectClean(pane);
  });

  it('Settings refuses a public suffix (co.uk) with why, once the public-suffix list has loaded', async () => {
    const pane = await open();
    const { page } = pane;
    const domains = await openSettings(page);
    await domains.fill('co.uk');
    await page.getByText(/co\.uk: an ending under which anyone can register a domain/).waitFor();
    expect(await page.getByRole('button', { name: 'Save settings' }).isDisabled()).toBe(true);
    expectClean(pane);
  });
});
