// The pane's own controls (src/taskpane/controls: native radios, select, text field and buttons
// drawn with Fluent's tokens) in a real browser: what jsdom cannot show. The radio groups are named
// by their questions and follow the arrow keys; Fluent's focus ring shows for the keyboard only, on
// a radio and on a button; an invalid field's border turns red, and the brand underline shows while
// a field has focus; the buttons take their appearance's colours at rest, hovered and disabled.
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { setupHarness } from './harness';
import {
  accountInput,
  expectClean,
  insertButton,
  reasonSelect,
  roleRadio,
  waitForPane,
  waitForSettled,
} from './pane-helpers';

const harness = setupHarness();

async function picture(page: Page, locator: Locator): Promise<Buffer> {
  await waitForSettled(page);
  return locator.screenshot();
}

/**
 * Pixels that differ clearly between two pictures of the same size (a colour channel by more than
 * 32 of 255): a ring or a border, not the ±1 anti-aliasing that repainting the same thing can give.
 */
function clearlyDifferent(a: Buffer, b: Buffer): number {
  const [p, q] = [PNG.sync.read(a), PNG.sync.read(b)];
  if (p.width !== q.width || p.height !== q.height) return Infinity;
  let count = 0;
  for (let i = 0; i < p.data.length; i += 4) {
    const delta = Math.max(...[0, 1, 2].map((k) => Math.abs((p.data[i + k] ?? 0) - (q.data[i + k] ?? 0))));
    if (delta > 32) count += 1;
  }
  return count;
}

/** The colour a theme variable stands for, as the browser computes colours (rgb()). */
function themeColour(page: Page, variable: string): Promise<string> {
  return page.evaluate((v) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${v})`;
    document.querySelector('.fui-FluentProvider')?.appendChild(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);
}

describe("the pane's own controls", () => {
  it('radio groups are named by their questions, and the arrow keys move the choice', async () => {
    const pane = await harness.openPane({ scenario: { theme: 'light' } });
    const { page } = pane;
    await waitForPane(page);
    const role = page.getByRole('radiogroup', { name: 'Who is sending this request?' });
    await role.getByRole('radio', { name: /current primary contact/ }).click();
    await page.keyboard.press('ArrowDown');
    expect(await roleRadio(page, 'manager').isChecked()).toBe(true);
    await expect(roleRadio(page, 'manager').evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    await page.keyboard.press('ArrowUp');
    expect(await roleRadio(page, 'primary-contact').isChecked()).toBe(true);
    const contact = page.getByRole('radiogroup', { name: 'New primary contact' });
    expect(await contact.getByRole('radio').count()).toBe(2);
    expectClean(pane);
  });

  it("shows Fluent's focus ring around a radio for the keyboard, not for the mouse", async () => {
    const pane = await harness.openPane({ scenario: { theme: 'light' } });
    const { page } = pane;
    await waitForPane(page);
    const group = page.getByRole('radiogroup', { name: 'Who is sending this request?' });
    await roleRadio(page, 'manager').click();
    const byMouse = await picture(page, group);
    // The same radio checked and focused, reached with Tab this time (the key that, for Fluent's
    // focus tracking, means the keyboard is in use; arrows inside a field do not).
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(roleRadio(page, 'manager').evaluate((el) => el === document.activeElement)).resolves.toBe(
      true,
    );
    const byKeyboard = await picture(page, group);
    // A 2 px ring around the radio and its label: hundreds of pixels.
    expect(clearlyDifferent(byKeyboard, byMouse)).toBeGreaterThan(200);
    await roleRadio(page, 'manager').click();
    expect(clearlyDifferent(await picture(page, group), byMouse)).toBe(0);
    expectClean(pane);
  });

  it('an invalid text field has a red border until it is focused; a focused select has the brand underline', async () => {
    const pane = await harness.openPane({ scenario: { theme: 'light' } });
    const { page } = pane;
    await waitForPane(page);
    const box = accountInput(page).locator('..');
    const border = () => box.evaluate((el) => getComputedStyle(el).borderTopColor);
    const red = await themeColour(page, '--colorPaletteRedBorder2');
    expect(await border()).not.toBe(red);
    await accountInput(page).fill('1');
    await accountInput(page).fill('');
    await page
      .getByText(/No account number is given/)
      .first()
      .waitFor();
    expect(await accountInput(page).getAttribute('aria-invalid')).toBe('true');
    expect(await border()).not.toBe(red); // focused: the focus colours
    await reasonSelect(page).focus();
    await waitForSettled(page);
    expect(await border()).toBe(red);

    // The underline is the select box's ::after, scaled to nothing at rest and across when focused.
    const underline = () =>
      reasonSelect(page)
        .locator('..')
        .evaluate((el) => getComputedStyle(el, '::after').transform);
    expect(await underline()).toBe('matrix(1, 0, 0, 1, 0, 0)');
    await accountInput(page).focus();
    await waitForSettled(page);
    expect(await underline()).toBe('matrix(0, 0, 0, 1, 0, 0)');
    expectClean(pane);
  });

  it("shows Fluent's focus ring around a button for the keyboard, not for the mouse", async () => {
    const pane = await harness.openPane({ scenario: { theme: 'light' } });
    const { page } = pane;
    await waitForPane(page);
    const checkAgain = page.getByRole('button', { name: 'Check again', exact: true });
    // Focused after a mouse click elsewhere (a click on the button itself would read the message
    // again and disable it meanwhile): for Fluent's focus tracking, the mouse is in use.
    const focusAfterMouse = async () => {
      await page.getByRole('heading').first().click();
      await checkAgain.focus();
      return picture(page, checkAgain);
    };
    const byMouse = await focusAfterMouse();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(checkAgain.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const byKeyboard = await picture(page, checkAgain);
    // A 1 px focus-coloured line inside a focus-coloured border: hundreds of pixels.
    expect(clearlyDifferent(byKeyboard, byMouse)).toBeGreaterThan(200);
    expect(clearlyDifferent(await focusAfterMouse(), byMouse)).toBe(0);
    expectClean(pane);
  });

  it("the buttons take their appearance's colours at rest, hovered and disabled", async () => {
    const pane = await harness.openPane({ scenario: { theme: 'light' } });
    const { page } = pane;
    await waitForPane(page);
    const background = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
    const insert = insertButton(page);
    const checkAgain = page.getByRole('button', { name: 'Check again', exact: true });
    expect(await background(insert)).toBe(await themeColour(page, '--colorBrandBackground'));
    expect(await background(checkAgain)).toBe(await themeColour(page, '--colorNeutralBackground1'));
    await insert.hover();
    await waitForSettled(page);
    expect(await background(insert)).toBe(await themeColour(page, '--colorBrandBackgroundHover'));
    await checkAgain.hover();
    await waitForSettled(page);
    expect(await background(checkAgain)).toBe(await themeColour(page, '--colorNeutralBackground1Hover'));
    expect(await background(insert)).toBe(await themeColour(page, '--colorBrandBackground'));
    // Disabled, Insert template is grey whether hovered or not.
    await insert.evaluate((el) => el.setAttribute('disabled', ''));
    await insert.hover({ force: true });
    await waitForSettled(page);
    expect(await background(insert)).toBe(await themeColour(page, '--colorNeutralBackgroundDisabled'));
    expectClean(pane);
  });
});
