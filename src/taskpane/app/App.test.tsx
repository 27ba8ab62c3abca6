import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { asOffice, createFakeOffice, type FakeScenario } from '../../../test/doubles/fake-office';
import type { Connection } from '../../office/connect';
import { OfficeMailbox } from '../../office/office-mailbox';
import { PreviewMailbox, samplePreviewMessage } from '../../office/preview-mailbox';
import { parseHtmlWithHtmlparser2 } from '../../compliance/mail/parse-html-htmlparser2';
import { App, prepareApp } from './App';

const preview = (): Connection => {
  const mailbox = new PreviewMailbox(samplePreviewMessage(), null, 'Europe/Dublin');
  return { mailbox, previewReason: 'preview.browser', preview: mailbox };
};

const outlook = (scenario: FakeScenario = {}) => {
  const fake = createFakeOffice(scenario);
  return {
    fake,
    // The adapter's own 10 s call timeout: no test here hangs a call, and a short one failed reads
    // whenever a loaded machine delayed the fake's answer.
    connection: {
      mailbox: new OfficeMailbox(asOffice(fake)),
      previewReason: null,
    } satisfies Connection,
  };
};

/** As index.tsx does: connect, read the message, then render once. */
async function renderApp(connection: Connection) {
  render(<App {...await prepareApp(Promise.resolve(connection))} />);
  await screen.findAllByRole('listitem');
}

const check = (topic: RegExp) =>
  within(screen.getByRole('region', { name: /Compliance/ }))
    .getAllByRole('listitem')
    .find((li) => topic.test(li.textContent ?? '')) as HTMLElement;

async function fillCompliantRequest(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(screen.getByLabelText(/Reason/), 'left-company');
  await user.type(screen.getByLabelText(/Account number/), '0001234567');
}

// First in this file: until an insert loads the planner (which also installs it), only
// prepareApp loads the reader of signatures Outlook did not mark.
describe('the first checks', () => {
  it('a signature typed at the end, which Outlook did not mark, is read, and the check shows its lines', async () => {
    const { connection } = outlook({
      body: {
        type: 'html',
        content:
          '<div>Please see the request below.</div><div><br></div><div>Jane Doe</div><div>IT Manager</div><div>+1 555 0100</div>',
      },
    });
    await renderApp(connection);
    const item = check(/Manager title/);
    expect(item).toHaveTextContent('Passed');
    expect(item).toHaveTextContent(
      'Read as your signature, from the end of your message:Jane DoeIT Manager+1 555 0100',
    );
  });
});

describe('App in preview mode', () => {
  it('says it is a preview and shows the simulated sender', async () => {
    await renderApp(preview());
    expect(screen.getByText('Preview — not connected to Outlook')).toBeInTheDocument();
    expect(await screen.findByText(/This is a preview in your browser: nothing is sent\. Open it from Outlook/)).toBeInTheDocument();
    expect(screen.getAllByText('jane.doe@mycompany.com').length).toBeGreaterThan(0);
  });

  it('suggests the region from the time zone and updates the checks as the user types', async () => {
    const user = userEvent.setup();
    await renderApp(preview());
    // The country and time-zone tables load on demand; Europe/Dublin is Ireland → EMEA.
    await waitFor(() => expect(screen.getByLabelText(/Region/)).toHaveValue('emea'));
    expect(check(/Account number/)).toHaveTextContent('Failed');
    await user.type(screen.getByLabelText(/Account number/), '12345');
    expect(check(/Account number/)).toHaveTextContent('Warning');
    await user.type(screen.getByLabelText(/Account number/), '67890');
    expect(check(/Account number/)).toHaveTextContent('Passed');
  });

  it('keeps the contract names: role radios, reason, account number, region options', async () => {
    await renderApp(preview());
    expect(screen.getByRole('radio', { name: /current primary contact/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /manager/ })).toBeInTheDocument();
    const options = within(screen.getByLabelText(/Region/))
      .getAllByRole('option')
      .map((o) => o.textContent);
    for (const name of [
      'North America, Latin America',
      'Asia Pacific',
      'Japan',
      'Europe, Middle East, Africa',
    ]) {
      expect(options.some((o) => o?.includes(name))).toBe(true);
    }
  });

  it('inserts into the simulated message, shows what happens next, and Undo restores it', async () => {
    const user = userEvent.setup();
    const connection = preview();
    const mailbox = connection.mailbox as PreviewMailbox;
    const before = JSON.stringify(mailbox.message);
    await renderApp(connection);
    await fillCompliantRequest(user);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await screen.findByText('Template inserted');
    expect(mailbox.message.subject).toBe('primary contact update for account 0001234567');
    expect(mailbox.message.to.map((r) => r.address)).toEqual(['palogin@ie.ibm.com']);
    expect(mailbox.message.body.content).toContain('Dear support,');
    expect(await screen.findByText(/answers within 24 hours on weekdays/)).toBeInTheDocument();
    const simulated = await screen.findByRole('region', { name: 'Simulated message' });
    expect(simulated).toHaveTextContent('primary contact update for account 0001234567');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText(/Undone/);
    expect(JSON.stringify(mailbox.message)).toBe(before);
  });
});

describe('App in Outlook', () => {
  it('shows the compose From and says when it differs from the signed-in user', async () => {
    const { connection } = outlook({
      from: { emailAddress: 'it-team@mycompany.com', displayName: 'IT Team' },
    });
    await renderApp(connection);
    expect(screen.getByText('it-team@mycompany.com')).toBeInTheDocument();
    expect(screen.getByText(/You are signed in as/)).toHaveTextContent('jane.doe@mycompany.com');
    expect(screen.queryByText('Preview — not connected to Outlook')).not.toBeInTheDocument();
  });

  it('shows a read failure with what to try, and Try again recovers', async () => {
    const user = userEvent.setup();
    const { connection } = outlook({
      faults: { 'body.getAsync': { kind: 'error', name: 'NetworkError', times: 1 } },
    });
    render(<App {...await prepareApp(Promise.resolve(connection))} />);
    // The notice loads on demand: wait for its advice, then check its title.
    expect(await screen.findByText(/Check your connection/)).toBeInTheDocument();
    expect(screen.getByText('Could not read your message')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findAllByRole('listitem');
    expect(screen.queryByText('Could not read your message')).not.toBeInTheDocument();
  });

  it('asks before replacing a typed subject; Replace replaces it', async () => {
    const user = userEvent.setup();
    const { fake, connection } = outlook({ subject: 'Hello IBM' });
    await renderApp(connection);
    await fillCompliantRequest(user);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await user.click(await screen.findByRole('button', { name: 'Replace' }));
    await screen.findByText('Template inserted');
    expect(fake.state.subject).toBe('primary contact update for account 0001234567');
  });

  it('a failing write shows an error and leaves the message as it was', async () => {
    const user = userEvent.setup();
    const { fake, connection } = outlook({
      faults: { 'to.addAsync': { kind: 'error', name: 'GenericResponseError' } },
    });
    await renderApp(connection);
    const before = JSON.stringify([fake.state.body, fake.state.subject, fake.state.to]);
    await fillCompliantRequest(user);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    expect(await screen.findByText('Could not insert the template')).toBeInTheDocument();
    expect(screen.getByText(/nothing was changed/)).toBeInTheDocument();
    expect(JSON.stringify([fake.state.body, fake.state.subject, fake.state.to])).toBe(before);
  });

  it('keeps the form in roaming settings so it survives reopening the pane', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const { fake, connection } = outlook();
    await renderApp(connection);
    await user.type(screen.getByLabelText(/Account number/), '0001234567');
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() => expect(fake.apiCalls('roamingSettings.saveAsync').length).toBeGreaterThan(0));
    jest.useRealTimers();
    const saved = fake.state.roaming;
    const reopened = outlook({ roaming: saved });
    render(<App {...await prepareApp(Promise.resolve(reopened.connection))} />);
    await waitFor(() => expect(screen.getAllByLabelText(/Account number/).at(-1)).toHaveValue('0001234567'));
  });

  it("saving the form keeps what another writer saved a moment before (no stale copy of the settings)", async () => {
    jest.useFakeTimers({ advanceTimers: true });
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const { fake, connection } = outlook();
    await renderApp(connection);
    // After the pane read its settings, organization.json's values are written (as the pane does
    // when it applies the file, or as another pane of the same mailbox might).
    const mailbox = connection.mailbox;
    await mailbox.saveSettings({
      ...mailbox.loadSettings(),
      organization: { companyDomains: ['mycompany.com'], helpContact: 'IT desk' },
    });
    await user.type(screen.getByLabelText(/Account number/), '0001234567');
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() =>
      expect(fake.state.roaming['pcc.v1']).toMatchObject({
        form: expect.objectContaining({ accountNumber: '0001234567' }),
        organization: { companyDomains: ['mycompany.com'], helpContact: 'IT desk' },
      }),
    );
    jest.useRealTimers();
  });
});

describe('a large message', () => {
  it('is read with htmlparser2 (loaded with the body), and checked as any other', async () => {
    const scan = jest.spyOn(parseHtmlWithHtmlparser2, 'scan' as never);
    const { connection } = outlook({
      body: {
        type: 'html',
        content:
          '<div>Please change our primary contact.</div><div id="Signature">Jane Doe<br>IT Manager</div>' +
          `<div id="appendonsend"></div><div>${'<p>Earlier message text.</p>'.repeat(4000)}</div>`,
      },
    });
    await renderApp(connection);
    expect(scan).toHaveBeenCalled();
    expect(check(/Manager title/)).toHaveTextContent('Passed');
    scan.mockRestore();
  });
});

describe('App with unusual input', () => {
  it('says when a field is at its length cap', async () => {
    const user = userEvent.setup();
    await renderApp(preview());
    await user.click(screen.getByLabelText(/Account number/));
    await user.paste('1'.repeat(300));
    expect(screen.getByLabelText(/Account number/)).toHaveValue('1'.repeat(40));
    expect(screen.getByText(/Shortened to 40 characters/)).toBeInTheDocument();
  });

  it('survives an empty user profile and an unknown time zone: checks say what is missing', async () => {
    const { connection } = outlook({
      user: { emailAddress: '', displayName: '', timeZone: 'Nowhere/Unknown' },
      requirementSets: { Mailbox: '1.5' },
    });
    await renderApp(connection);
    expect(check(/Company domain/)).toHaveTextContent('Failed');
    expect(check(/Region and desk/)).toHaveTextContent('Failed');
    expect(screen.getByRole('button', { name: 'Insert template' })).toBeEnabled();
  });
});

describe('Settings', () => {
  it('configured company domains are required of the sender, and kept in roaming settings', async () => {
    const user = userEvent.setup();
    const { fake, connection } = outlook();
    await renderApp(connection);
    expect(check(/Company domain/)).toHaveTextContent('Passed');
    await user.click(screen.getByText('Settings'));
    const domains = await screen.findByLabelText(/Company email domains/);
    await user.type(domains, 'jane@x');
    expect(screen.getByText(/Not a domain: jane@x/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    await user.clear(domains);
    await user.type(domains, 'othercompany.com');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved in your mailbox');
    expect(check(/Company domain/)).toHaveTextContent('Failed');
    expect(JSON.stringify(fake.state.roaming)).toContain('othercompany.com');
  });

  it('a saved signature gives the manager title when the message has none', async () => {
    const user = userEvent.setup();
    const { connection } = outlook({ body: { type: 'html', content: '<div><br></div>' } });
    await renderApp(connection);
    expect(check(/Manager title/)).not.toHaveTextContent('Passed');
    await user.click(screen.getByText('Settings'));
    await user.type(
      await screen.findByLabelText(/Signature to use/),
      'Jane Doe{enter}IT Manager{enter}+1 555 0100',
    );
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByRole('status');
    await waitFor(() => expect(check(/Manager title/)).toHaveTextContent('Passed'));
  });

  it('refuses a free-mail provider with a sentence why; the saved message goes when the field changes', async () => {
    const user = userEvent.setup();
    const { fake, connection } = outlook();
    await renderApp(connection);
    await user.click(screen.getByText('Settings'));
    const domains = await screen.findByLabelText(/Company email domains/);
    await user.type(domains, 'gmail.com');
    expect(
      screen.getByText(/gmail\.com: personal\/free-mail provider that anyone can sign up to/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
    await user.clear(domains);
    await user.type(domains, '*.mycompany.com');
    expect(
      screen.getByText(/kept as mycompany\.com: a company domain covers the domain and all its subdomains/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved in your mailbox');
    expect(JSON.stringify(fake.state.roaming)).toContain('"companyDomains":["mycompany.com"]');
    expect(check(/Company domain/)).toHaveTextContent('Passed');
    await user.type(domains, 'x');
    expect(screen.queryByText(/Saved in your mailbox/)).not.toBeInTheDocument();
  });

  it('says when the saved signature is cut at 2000 characters', async () => {
    const user = userEvent.setup();
    const { connection } = outlook();
    await renderApp(connection);
    await user.click(screen.getByText('Settings'));
    const signature = await screen.findByLabelText(/Signature to use/);
    await user.click(signature);
    await user.paste(
      Array.from({ length: 50 }, (_, i) => `Line ${i} of a long signature block, with more words`).join('\n'),
    );
    expect((signature as HTMLTextAreaElement).value.startsWith('Line 0 of')).toBe(true);
    expect((signature as HTMLTextAreaElement).value).toHaveLength(2000);
    expect(screen.getByText('Shortened to 2000 characters, the most this field takes.')).toBeInTheDocument();
  });

  it('says so when Outlook refuses to save', async () => {
    const user = userEvent.setup();
    const { connection } = outlook({
      faults: { 'roamingSettings.saveAsync': { kind: 'error', name: 'GenericResponseError' } },
    });
    await renderApp(connection);
    await user.click(screen.getByText('Settings'));
    await user.type(await screen.findByLabelText(/Company email domains/), 'mycompany.com');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Outlook could not save your choices');
  });
});

describe('Insert template with failed checks', () => {
  it('still inserts, says plainly the message is NOT READY TO SEND and lists each failure with its fix', async () => {
    const user = userEvent.setup();
    const { fake, connection } = outlook();
    await renderApp(connection);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await screen.findByText('Template inserted');
    // No account number: a visible placeholder, never a subject ending in "account ".
    expect(fake.state.subject).toBe('primary contact update for account [account number]');
    expect(screen.getByText(/The message is NOT READY TO SEND: 2 checks fail\./)).toBeInTheDocument();
    const failures = within(screen.getByRole('list', { name: 'Failed checks' })).getAllByRole('listitem');
    expect(failures.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Reason for the change: No reason for the change is given\. Choose a reason/),
      expect.stringMatching(
        /^Account number: No account number is given; IBM needs it in the subject\. Enter your Passport Advantage account/,
      ),
    ]);
    expect(screen.queryByText(/Review the message, then send it/)).not.toBeInTheDocument();
  });

  it('with every check passed or warning, says to review and send, and lists nothing', async () => {
    const user = userEvent.setup();
    const { connection } = outlook();
    await renderApp(connection);
    await fillCompliantRequest(user);
    await user.click(screen.getByRole('button', { name: 'Insert template' }));
    await screen.findByText('Template inserted');
    expect(screen.getByText(/Review the message, then send it/)).toBeInTheDocument();
    expect(screen.queryByText(/NOT READY TO SEND/)).not.toBeInTheDocument();
  });
});

describe('Check again', () => {
  it('shows progress while Outlook reads, then the re-read signature', async () => {
    const user = userEvent.setup();
    const { fake, connection } = outlook({ latencyMs: 30 });
    await renderApp(connection);
    expect(check(/Manager title/)).toHaveTextContent('Passed');
    fake.state.body.content = fake.state.body.content.replace('IT Manager', 'IT Specialist');
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(screen.getByText('Reading your message…')).toBeInTheDocument();
    await waitFor(() => expect(check(/Manager title/)).toHaveTextContent('Failed'));
    expect(screen.queryByText('Reading your message…')).not.toBeInTheDocument();
  });
});

describe('App inside Outlook when office.js did not start', () => {
  it('says Outlook could not start the add-in and what to try, with no simulated message', async () => {
    render(
      <App
        {...await prepareApp(Promise.resolve({ failure: 'not-started', reason: 'start.timeout' } as const))}
      />,
    );
    const heading = await screen.findByRole('heading', { name: 'Outlook could not start the add-in' });
    const alert = screen.getByRole('alert');
    expect(alert).toContainElement(heading);
    expect(alert).toHaveTextContent('Outlook did not answer in time.');
    expect(alert).toHaveTextContent(/open it again, or reload Outlook/);
    expect(alert).toHaveTextContent(/IT administrator/);
    expect(screen.queryByText(/Preview/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Simulated message' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Insert template' })).not.toBeInTheDocument();
  });

  it('asks for a message being written when opened on something else', async () => {
    render(
      <App
        {...await prepareApp(
          Promise.resolve({ failure: 'not-compose', reason: 'preview.read-mode' } as const),
        )}
      />,
    );
    await screen.findByRole('heading', { name: 'Open the add-in from a message you are writing' });
    expect(screen.getByRole('alert')).toHaveTextContent(/Start a new message/);
    expect(screen.queryByText(/Preview/)).not.toBeInTheDocument();
  });
});
