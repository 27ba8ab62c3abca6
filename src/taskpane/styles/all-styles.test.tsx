// The whole stylesheet is added once, on demand, and the pane's on-demand parts wait for it.
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { allStyles, resetAllStylesForTests } from './all-styles';
import { lazyStyled } from './lazy-styled';

function nameSheet(href: string | null) {
  document.head.querySelectorAll('meta[name="pane-all-styles"], link').forEach((e) => e.remove());
  if (href === null) return;
  const meta = document.createElement('meta');
  meta.name = 'pane-all-styles';
  meta.content = href;
  document.head.appendChild(meta);
}
const links = () => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')];

beforeEach(() => resetAllStylesForTests());
afterAll(() => nameSheet(null));

describe('allStyles', () => {
  it('adds the stylesheet the page names, once, and resolves when it has loaded', async () => {
    nameSheet('pane-all.1234abcd.css');
    let settled = false;
    const first = allStyles().then(() => (settled = true));
    expect(allStyles()).toBe(allStyles());
    expect(links().map((l) => l.getAttribute('href'))).toEqual(['pane-all.1234abcd.css']);
    await Promise.resolve();
    expect(settled).toBe(false);
    links()[0]?.dispatchEvent(new Event('load'));
    await first;
    expect(settled).toBe(true);
  });

  it('resolves when the stylesheet fails too (the part then shows with the first screen styles)', async () => {
    nameSheet('pane-all.1234abcd.css');
    const done = allStyles();
    links()[0]?.dispatchEvent(new Event('error'));
    await expect(done).resolves.toBeUndefined();
  });

  it('resolves at once, adding nothing, when the page names no stylesheet', async () => {
    nameSheet(null);
    await expect(allStyles()).resolves.toBeUndefined();
    expect(links()).toEqual([]);
  });
});

describe('lazyStyled', () => {
  it('shows an on-demand part once both its code and the stylesheet are there', async () => {
    nameSheet('pane-all.1234abcd.css');
    let loadCode: (m: { default: () => JSX.Element }) => void = () => undefined;
    const Part = lazyStyled(() => new Promise<{ default: () => JSX.Element }>((r) => (loadCode = r)));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Part />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    // act() lets React finish everything the code's arrival causes: still waiting for the sheet.
    await act(async () => loadCode({ default: () => <p>The part</p> }));
    expect(screen.getByText('Loading')).toBeInTheDocument();
    links()[0]?.dispatchEvent(new Event('load'));
    expect(await screen.findByText('The part')).toBeInTheDocument();
  });
});
