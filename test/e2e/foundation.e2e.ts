// The foundation's two end-to-end checks, against the production build in dist/:
// the pane reads the sender from a (fake) Outlook, and without office.js it starts in preview mode.
import { setupHarness } from './harness';

const harness = setupHarness();

describe('the task pane', () => {
  it('shows the sender that Outlook reports, with no console errors', async () => {
    const pane = await harness.openPane({ officeJs: 'fake' });

    await pane.page.getByText('jane.doe@mycompany.com').first().waitFor({ state: 'visible' });
    // It is connected to Outlook, not simulating it.
    await expect(pane.page.getByText('Preview — not connected to Outlook').count()).resolves.toBe(0);
    // The address came from the fake's office.js: the pane asked for the compose From (Mailbox 1.7).
    const apis = (await pane.fake.calls()).map((c) => c.api);
    expect(apis).toContain('onReady');
    expect(apis).toContain('from.getAsync');

    expect(pane.unexpectedErrors()).toEqual([]);
    expect(pane.foreignRequests).toEqual([]);
    expect(pane.cdnRequests).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
  });

  it('reads the address from Outlook, not from a built-in default', async () => {
    const sender = { emailAddress: 'r.tanaka@contoso.co.jp', displayName: 'Rin Tanaka' };
    const pane = await harness.openPane({
      scenario: { user: { ...sender, timeZone: 'Tokyo Standard Time' }, from: sender },
    });

    await pane.page.getByText('r.tanaka@contoso.co.jp').first().waitFor({ state: 'visible' });
    expect(pane.unexpectedErrors()).toEqual([]);
  });

  it("takes the components' styles from the built stylesheet, none computed at start-up", async () => {
    const pane = await harness.openPane();
    const insert = pane.page.getByRole('button', { name: 'Insert template' });
    await insert.waitFor({ state: 'visible' });
    // The first screen's sheet, then the whole one, added once the first screen is up.
    await pane.page.waitForFunction(() => document.querySelectorAll('link[rel="stylesheet"]').length === 2);

    const styles = await pane.page.evaluate(() => {
      const linked = [...document.styleSheets].filter(
        (s) => s.href && new URL(s.href).origin === location.origin,
      );
      // Griffel's run-time renderer writes rules into <style data-make-styles-bucket> elements.
      const runtime = [...document.querySelectorAll('style[data-make-styles-bucket]')].reduce(
        (n, el) => n + ((el as HTMLStyleElement).sheet?.cssRules.length ?? 0),
        0,
      );
      return { linked: linked.map((s) => ({ href: s.href ?? '', rules: s.cssRules.length })), runtime };
    });
    expect(styles.linked).toEqual([
      { href: expect.stringMatching(/\/griffel\.\w+\.css$/), rules: expect.any(Number) },
      { href: expect.stringMatching(/\/pane-all\.\w+\.css$/), rules: expect.any(Number) },
    ]);
    expect(styles.linked[0]?.rules).toBeGreaterThan(100);
    expect(styles.linked[1]?.rules).toBeGreaterThan(styles.linked[0]?.rules ?? 0);
    expect(styles.runtime).toBe(0);
    // And they apply: the primary button is filled with the brand colour, not the browser's grey.
    await expect(insert.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(15, 108, 189)',
    );
    expect(pane.unexpectedErrors()).toEqual([]);
  });

  it('starts in preview mode when office.js cannot load', async () => {
    const pane = await harness.openPane({ officeJs: 'fail' });

    await pane.page.getByText('Preview — not connected to Outlook').first().waitFor({ state: 'visible' });
    // Words that fit a plain tab: a preview, nothing sent, where to get the real thing.
    await pane.page
      .getByText(
        /This is a preview in your browser: nothing is sent\. Open it from Outlook to work on a real message\./,
      )
      .waitFor({ state: 'visible' });
    expect(await pane.page.getByText(/could not be loaded/).count()).toBe(0);
    // A simulated compose message still has a sender.
    await pane.page
      .getByText(/[\w.+-]+@[\w-]+(\.[\w-]+)+/)
      .first()
      .waitFor({ state: 'visible' });

    // The only error is the blocked office.js itself.
    expect(pane.consoleErrors.length).toBeGreaterThanOrEqual(1);
    expect(pane.unexpectedErrors()).toEqual([]);
    expect(pane.foreignRequests).toEqual([]);
  });
});
