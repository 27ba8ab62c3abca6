// The pane in Outlook's display language, end to end (production build, headless Chromium, the
// fake Outlook with displayLanguage set): it speaks Japanese and German, Insert template still
// writes IBM's English email, axe finds nothing; and the pseudo-locale (accented, ~40 % longer)
// fits a 320 px pane with nothing cut or overlapping.
import type { Page } from 'playwright-core';
import type { FakeState } from '../doubles/fake-office';
import { setupHarness, type Pane } from './harness';
import {
  CLOSING,
  EXPECTED_SUBJECT,
  GREETING,
  LEFT_SENTENCE,
  REQUEST_LINE,
  axeViolations,
  expectClean,
  poll,
  toAddresses,
} from './pane-helpers';

const harness = setupHarness();

/** The words a test drives the pane by, in its language. */
interface Words {
  lang: string;
  insert: string;
  checks: string;
  reason: string;
  account: string;
  region: string;
  inserted: string;
  englishNote: RegExp;
  statusWords: RegExp;
}

const JAPANESE: Words = {
  lang: 'ja',
  insert: 'テンプレートを挿入',
  checks: 'コンプライアンス チェック',
  reason: '変更の理由',
  account: 'アカウント番号',
  region: '地域',
  inserted: 'テンプレートを挿入しました',
  englishNote: /IBM へのメールは英語のままです/,
  statusWords: /^(合格|警告|不合格)/,
};

const GERMAN: Words = {
  lang: 'de',
  insert: 'Vorlage einfügen',
  checks: 'Compliance-Prüfungen',
  reason: 'Grund für die Änderung',
  account: 'Kontonummer',
  region: 'Region',
  inserted: 'Vorlage eingefügt',
  englishNote: /Die E-Mail an IBM bleibt auf Englisch/,
  statusWords: /^(Bestanden|Warnung|Nicht bestanden)/,
};

async function openIn(displayLanguage: string, viewport?: { width: number; height: number }): Promise<Pane> {
  return harness.openPane({
    officeJs: 'fake',
    scenario: { displayLanguage },
    ...(viewport ? { viewport } : {}),
  });
}

async function waitForPaneIn(page: Page, w: Words): Promise<void> {
  const insert = page.getByRole('button', { name: w.insert, exact: true });
  await insert.waitFor({ state: 'visible' });
  await poll(
    'Insert template to be enabled',
    () => insert.isEnabled(),
    (v) => v,
  );
  await page.getByRole('region', { name: w.checks }).getByRole('listitem').first().waitFor();
}

describe.each([
  ['ja-JP', JAPANESE],
  ['de-DE', GERMAN],
])('Outlook in %s', (displayLanguage, w) => {
  it('the pane speaks the language; Insert template writes IBM’s English email; axe finds nothing', async () => {
    const pane = await openIn(displayLanguage);
    const { page } = pane;
    await waitForPaneIn(page, w);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(w.lang);
    await page.getByText(w.englishNote).waitFor();
    const items = page.getByRole('region', { name: w.checks }).getByRole('listitem');
    for (const text of await items.allInnerTexts()) expect(text.trim()).toMatch(w.statusWords);
    // Nothing English where a translation should be: the heading, the button, the check topics.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toMatch(/request/i);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: w.reason }).selectOption('left-company');
    await page.getByRole('textbox', { name: w.account }).fill('0001234567');
    await page.getByRole('combobox', { name: w.region }).selectOption('japan');
    await page.getByRole('button', { name: w.insert, exact: true }).click();
    await page.getByText(w.inserted, { exact: true }).waitFor();

    const state = (await pane.fake.state()) as FakeState;
    expect(state.subject).toBe(EXPECTED_SUBJECT);
    expect(toAddresses(state)).toContain('paonline@jp.ibm.com');
    for (const line of [GREETING, LEFT_SENTENCE, REQUEST_LINE, CLOSING])
      expect(state.body.content).toContain(line);
    // No word of the pane's language in the email.
    expect(state.body.content).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]|Grund|Kontonummer|Vorlage/);
    expect(await axeViolations(page)).toEqual([]);
    expectClean(pane);
  });
});

it("preview mode (no Outlook) speaks the browser's language", async () => {
  const pane = await harness.openPane({ officeJs: 'fail', locale: 'fr-FR' });
  const { page } = pane;
  await page.getByRole('button', { name: 'Insérer le modèle', exact: true }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
  await page.getByText('Aperçu — non connecté à Outlook').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
    'Demande de changement du Primary Contact',
  );
  expect(pane.unexpectedErrors()).toEqual([]);
});

it('an unsupported display language gives the English pane', async () => {
  const pane = await openIn('nl-NL');
  await waitForPaneIn(pane.page, { ...GERMAN, insert: 'Insert template', checks: 'Compliance checks' });
  expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe('en');
  expectClean(pane);
});

describe('the pseudo-locale at 320 px', () => {
  it('every part of the pane fits: no horizontal scroll, no text cut, no text over other text', async () => {
    const pane = await openIn('qps-ploc', { width: 320, height: 800 });
    const { page } = pane;
    const insert = page.locator('button', { hasText: /^Íñšéŕţ ţéɱþĺáţé/ });
    await insert.waitFor();
    await poll(
      'Insert template to be enabled',
      () => insert.isEnabled(),
      (v) => v,
    );
    // Show as much as the pane can show: the free-text reason, someone else as the new contact,
    // Settings, and the outcome of an insert with its next steps.
    await page.locator('select').first().selectOption({ index: 3 });
    await page.locator('input[type="radio"][value="other"]').check();
    await page.locator('summary').click();
    await page.locator('textarea').waitFor();
    await insert.click();
    await page.getByRole('button', { name: /^Ûñďö|^Üñďö/ }).waitFor();

    const layoutProblems = () =>
      page.evaluate(() => {
        const out: string[] = [];
        const width = document.documentElement.clientWidth;
        if ((document.scrollingElement?.scrollWidth ?? 0) > width)
          out.push(`page scrolls sideways (${document.scrollingElement?.scrollWidth}px)`);
        const texts: { rect: DOMRect; text: string }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = (node.textContent ?? '').trim();
          const parent = node.parentElement;
          if (text === '' || !parent || parent.closest('select, script, style, [aria-hidden="true"]'))
            continue;
          const style = getComputedStyle(parent);
          if (style.visibility === 'hidden' || style.display === 'none') continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of Array.from(range.getClientRects())) {
            if (rect.width === 0 || rect.height === 0) continue;
            if (rect.left < -1 || rect.right > width + 1)
              out.push(`"${text.slice(0, 40)}" runs outside the pane`);
            texts.push({ rect, text });
          }
          // Text clipped by its box (overflow hidden / ellipsis).
          for (let el: HTMLElement | null = parent; el && el !== document.body; el = el.parentElement) {
            const s = getComputedStyle(el);
            if (
              (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis') &&
              el.scrollWidth > el.clientWidth + 1
            )
              out.push(`"${text.slice(0, 40)}" is cut by its box`);
          }
        }
        for (let i = 0; i < texts.length; i++)
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i]!.rect;
            const b = texts[j]!.rect;
            const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (overlapX > 2 && overlapY > 2)
              out.push(`"${texts[i]!.text.slice(0, 30)}" overlaps "${texts[j]!.text.slice(0, 30)}"`);
          }
        return { problems: [...new Set(out)], measured: texts.length };
      });
    const { problems, measured } = await layoutProblems();
    expect(problems).toEqual([]);
    expect(measured).toBeGreaterThan(40);
    // The check sees a cut: the title forced onto one clipped line is reported.
    await page.evaluate(() => {
      const h1 = document.querySelector('h1') as HTMLElement;
      Object.assign(h1.style, { whiteSpace: 'nowrap', overflow: 'hidden', width: '120px' });
    });
    expect((await layoutProblems()).problems.join('\n')).toMatch(/is cut by its box|runs outside the pane/);
    // The pseudo-locale is really on screen (so the check above measured the longer words).
    expect(await page.locator('h1').innerText()).toMatch(/^Þŕíɱáŕý çöñţáçţ ŕéǫüéšţ/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('qps-ploc');
    expectClean(pane);
  });
});
