import { render, screen, within } from '@testing-library/react';
import { asOffice, createFakeOffice } from '../../../test/doubles/fake-office';
import { OfficeMailbox } from '../../office/office-mailbox';
import { App, prepareApp } from '../app/App';
import { loadWords, PANE_ENGLISH, setDocumentLanguage } from './words';

async function renderIn(displayLanguage: string) {
  const fake = createFakeOffice({ displayLanguage });
  const connection = { mailbox: new OfficeMailbox(asOffice(fake), { timeoutMs: 200 }), previewReason: null };
  const props = await prepareApp(Promise.resolve(connection));
  setDocumentLanguage(props.words);
  render(<App {...props} />);
  await screen.findAllByRole('listitem');
  return props;
}

describe("the pane in Outlook's display language", () => {
  test('German: labels, checks and the note that the email stays English; <html lang="de">', async () => {
    await renderIn('de-DE');
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Anfrage zum Primary Contact');
    expect(screen.getByText(/Die E-Mail an IBM bleibt auf Englisch/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vorlage einfügen' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Kontonummer/)).toBeInTheDocument();
    const checks = screen.getByRole('region', { name: 'Compliance-Prüfungen' });
    expect(within(checks).getAllByRole('listitem')[0]).toHaveTextContent(/Bestanden|Warnung|Nicht bestanden/);
    // The counts are in the action bar, beside Insert template.
    expect(screen.getByTestId('action-bar')).toHaveTextContent(
      /\d bestanden, \d (Warnung|Warnungen), \d nicht bestanden/,
    );
  });

  test('Japanese', async () => {
    await renderIn('ja-JP');
    expect(document.documentElement.lang).toBe('ja');
    expect(screen.getByRole('button', { name: 'テンプレートを挿入' })).toBeInTheDocument();
    expect(screen.getByText(/IBM へのメールは英語のままです/)).toBeInTheDocument();
  });

  test('an unsupported language gives English, without the English-email note', async () => {
    await renderIn('nl-NL');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Insert template' })).toBeInTheDocument();
    expect(screen.queryByText(/stays in English/)).not.toBeInTheDocument();
  });
});

describe('loadWords', () => {
  test('English is the catalogue already on the first screen (nothing loaded)', async () => {
    expect(await loadWords('en-US')).toBe(PANE_ENGLISH);
    expect(await loadWords('')).toBe(PANE_ENGLISH);
  });

  test('the pseudo-locale is English, accented and longer', async () => {
    const pseudo = await loadWords('qps-ploc');
    expect(pseudo.locale).toBe('qps-ploc');
    const title = pseudo.messages['app.title'];
    expect(String(title)).toMatch(/^Þŕíɱáŕý çöñţáçţ ŕéǫüéšţ/);
    // Later parts' words are there too (a translation carries every key).
    expect(String(pseudo.messages['settings.save'])).toMatch(/^Šáṽé šéţţíñĝš/);
  });
});
