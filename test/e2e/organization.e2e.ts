// organization.json served beside the pane (a copy of the production build with the file in it):
// the pane reads it after its first render; a sender outside its domains is flagged, a single site
// fills Account number and the desk, a broken file changes nothing but a note in Settings.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import {
  DIST,
  closePanes,
  launchBrowser,
  openPane,
  startServer,
  type LocalServer,
  type Pane,
} from './harness';
import {
  accountInput,
  checkItem,
  expectCheck,
  expectClean,
  poll,
  regionSelect,
  waitForPane,
} from './pane-helpers';

let browser: Browser;
const roots: string[] = [];
const servers: LocalServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterEach(async () => {
  await closePanes();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/**
 * A copy of the production build with organization.json beside taskpane.html (as an admin would
 * deploy it; null: no file), served on its own port, and the pane opened from it.
 */
async function openWith(file: string | null, from?: string): Promise<Pane> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pcr-org-e2e-'));
  roots.push(root);
  fs.cpSync(DIST, root, { recursive: true });
  if (file !== null) fs.writeFileSync(path.join(root, 'organization.json'), file);
  const server = await startServer(root);
  servers.push(server);
  const pane = await openPane(browser, {
    origin: server.origin,
    officeJs: 'fake',
    scenario: from ? { from: { emailAddress: from, displayName: 'Jane Doe' } } : {},
  });
  await waitForPane(pane.page);
  return pane;
}

/** Waits for the pane to have requested organization.json (it does so after its first render). */
async function organizationRequested(pane: Pane): Promise<void> {
  const requested = () =>
    pane.page.evaluate(() =>
      performance.getEntriesByType('resource').some((e) => e.name.endsWith('/organization.json')),
    );
  await poll('the pane to request organization.json', requested, (v) => v);
}

it("flags a sender outside the organisation's domains, with the fix", async () => {
  const pane = await openWith(JSON.stringify({ companyDomains: ['contoso.com'] }), 'jane.doe@mycompany.com');
  const text = await expectCheck(pane.page, /Company domain/, 'Failed');
  expect(text).toMatch(/not at your company's domain \(contoso\.com\)/);
  expect(text).toMatch(/Send from your mailbox at contoso\.com/);
  expectClean(pane);
});

it('a single site fills Account number and its desk chooses the Region', async () => {
  const file = { sites: [{ accountNumber: '0001234567', name: 'Head office', desk: 'paonline@jp.ibm.com' }] };
  const pane = await openWith(JSON.stringify(file));
  await poll(
    'Account number to be filled in',
    () => accountInput(pane.page).inputValue(),
    (v) => v === '0001234567',
  );
  expect(await regionSelect(pane.page).inputValue()).toBe('japan');
  await expectCheck(pane.page, /Account number/, 'Passed');
  expect(
    await pane.page.getByText("Your organisation's site: Head office (0001234567), whose desk sets the Region. You can type another number.").count(),
  ).toBe(1);
  expect(await accountInput(pane.page).getAttribute('list')).toBeTruthy();
  expectClean(pane);
});

it('a broken file changes nothing but a note in Settings, with no page error', async () => {
  const reference = await openWith(null, 'jane.doe@mycompany.com');
  await organizationRequested(reference);
  const before = await checkItem(reference.page, /./).allTextContents();
  expectClean(reference); // no file at all: silent (its 404 is the one expected console line)
  await reference.close();

  const pane = await openWith('{ "companyDomains": ["contoso.com"], ', 'jane.doe@mycompany.com');
  await organizationRequested(pane);
  await pane.page.getByText('Settings', { exact: true }).click();
  const note = pane.page.getByRole('region', { name: 'From your organisation' });
  await note.waitFor({ state: 'visible' });
  expect(await note.textContent()).toMatch(
    /settings file has a problem.*organization\.json: is not valid JSON/,
  );
  expect(await checkItem(pane.page, /./).allTextContents()).toEqual(before);
  expect(await accountInput(pane.page).inputValue()).toBe('');
  expect(pane.consoleErrors.filter((e) => e.type === 'pageerror')).toEqual([]);
  expectClean(pane);
});
