// The pane with an organisation's settings (organization.json): company domains required of the
// sender, the sites offered for Account number, the help contact, and Settings.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readOrganization, NO_ORGANIZATION } from '../../compliance/knowledge/organization';
import { asOffice, createFakeOffice, type FakeScenario } from '../../../test/doubles/fake-office';
import { OfficeMailbox } from '../../office/office-mailbox';
import type { OrganizationLoad } from '../organization/load-organization';
import { organizationUi as ui } from '../organization/organization-ui';
import type { OrganizationLoader } from '../organization/use-organization';
import { App, prepareApp } from './App';

const HEAD_OFFICE = { accountNumber: '0001234567', name: 'Head office', desk: 'palogin@ie.ibm.com' };
const US_SITE = { accountNumber: '0007654321', name: 'US subsidiary', desk: 'paonline@us.ibm.com' };

const outlook = (scenario: FakeScenario = {}) => {
  const fake = createFakeOffice(scenario);
  return {
    fake,
    connection: { mailbox: new OfficeMailbox(asOffice(fake), { timeoutMs: 200 }), previewReason: null },
  };
};

/** A loader answering with what the reader makes of this file content, when `release` is called. */
function fileLoader(file: unknown) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const loader: OrganizationLoader = jest.fn(async () => {
    await gate;
    const read = readOrganization(file);
    return { status: 'loaded' as const, settings: read.settings, problems: read.problems, ui };
  });
  return { loader, release: () => release() };
}

async function renderApp(connection: ReturnType<typeof outlook>['connection'], loader?: OrganizationLoader) {
  const rendered = render(<App {...await prepareApp(Promise.resolve(connection))} loadOrganization={loader} />);
  await screen.findAllByRole('listitem');
  return rendered;
}

const check = (topic: RegExp) =>
  within(screen.getByRole('region', { name: /Compliance/ }))
    .getAllByRole('listitem')
    .find((li) => topic.test(li.textContent ?? '')) as HTMLElement;

describe('the pane with organization.json', () => {
  it('renders first, then applies the file: a sender outside its domains is flagged, with the fix', async () => {
    const { connection } = outlook({ from: { emailAddress: 'jane.doe@othercompany.com' } });
    const { loader, release } = fileLoader({ companyDomains: ['mycompany.com'] });
    await renderApp(connection, loader);
    // The first screen did not wait for the file.
    expect(check(/Company domain/)).toHaveTextContent('Passed');
    release();
    await waitFor(() => expect(check(/Company domain/)).toHaveTextContent('Failed'));
    expect(check(/Company domain/)).toHaveTextContent("not at your company's domain (mycompany.com)");
    expect(check(/Company domain/)).toHaveTextContent(/Send from your mailbox at mycompany\.com/);
  });

  it("a sender at one of the organisation's domains (or a subdomain) passes", async () => {
    const { connection } = outlook({ from: { emailAddress: 'jane.doe@uk.mycompany.co.uk' } });
    const { loader, release } = fileLoader({ companyDomains: ['mycompany.com', 'mycompany.co.uk'] });
    await renderApp(connection, loader);
    release();
    await waitFor(() => expect(loader).toHaveBeenCalled());
    await waitFor(() => expect(check(/Company domain/)).toHaveTextContent(/Passed.*mycompany\.co\.uk/));
  });

  it('one site: Account number is filled in and its desk chooses the Region', async () => {
    const { connection } = outlook();
    const { loader, release } = fileLoader({ sites: [HEAD_OFFICE] });
    await renderApp(connection, loader);
    expect(screen.getByRole('combobox', { name: /Region/ })).not.toHaveValue('emea');
    release();
    await waitFor(() => expect(screen.getByLabelText(/Account number/)).toHaveValue('0001234567'));
    expect(screen.getByLabelText(/Region/)).toHaveValue('emea');
    expect(
      screen.getByText(/Your organisation's site: Head office \(0001234567\), whose desk sets the Region/),
    ).toBeInTheDocument();
    expect(check(/Account number/)).toHaveTextContent('Passed');
  });

  it('one site does not overwrite a number the user already has, and the user can still type another', async () => {
    const user = userEvent.setup();
    const { connection } = outlook({ roaming: { 'pcc.v1': { form: { accountNumber: '0009999999' } } } });
    const { loader, release } = fileLoader({ sites: [HEAD_OFFICE] });
    await renderApp(connection, loader);
    release();
    await waitFor(() =>
      expect(screen.getByText(/Your organisation's site: Head office/)).toBeInTheDocument(),
    );
    const field = screen.getByLabelText(/Account number/);
    expect(field).toHaveValue('0009999999');
    await user.clear(field);
    await user.type(field, '0001111111');
    expect(field).toHaveValue('0001111111');
  });

  it('several sites: offered under Account number (still free text); picking one sets the Region', async () => {
    const user = userEvent.setup();
    const { connection } = outlook();
    const { loader, release } = fileLoader({ sites: [HEAD_OFFICE, US_SITE] });
    await renderApp(connection, loader);
    release();
    await screen.findByText(
      /Pick one of your organisation's 2 sites \(its desk sets the Region\), or type another site number/,
    );
    const field = screen.getByRole('combobox', { name: /Account number/ });
    expect(field).toHaveValue('');
    const options = Array.from(document.querySelectorAll(`datalist#${field.getAttribute('list')} option`));
    expect(options.map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['0001234567', 'Head office · Europe, Middle East, Africa'],
      ['0007654321', 'US subsidiary · North America, Latin America'],
    ]);
    await user.type(field, '0007654321');
    expect(screen.getByLabelText(/Region/)).toHaveValue('americas');
    await user.clear(field);
    await user.type(field, '0001234567');
    expect(screen.getByLabelText(/Region/)).toHaveValue('emea');
    await user.clear(field);
    await user.type(field, '0002222222');
    expect(field).toHaveValue('0002222222');
  });

  it('the help contact appears where the pane says what to do about failed checks', async () => {
    const { connection } = outlook();
    const { loader, release } = fileLoader({ helpContact: 'software-licensing@mycompany.com' });
    await renderApp(connection, loader);
    release();
    const link = await screen.findByRole('link', { name: 'software-licensing@mycompany.com' });
    expect(link).toHaveAttribute('href', 'mailto:software-licensing@mycompany.com');
    expect(
      within(screen.getByRole('region', { name: /Compliance/ })).getByText(/Need help with these\?/),
    ).toBeInTheDocument();
  });

  it("Settings: shows the organisation's values; the user can add a domain but not remove the organisation's", async () => {
    const user = userEvent.setup();
    const { fake, connection } = outlook({ from: { emailAddress: 'jane.doe@mycompany.de' } });
    const { loader, release } = fileLoader({
      companyDomains: ['mycompany.com'],
      sites: [HEAD_OFFICE],
      helpContact: 'IT desk',
    });
    await renderApp(connection, loader);
    release();
    await waitFor(() => expect(check(/Company domain/)).toHaveTextContent('Failed'));
    await user.click(screen.getByText('Settings'));
    const from = await screen.findByRole('region', { name: 'From your organisation' });
    expect(from).toHaveTextContent('Company domains: mycompany.com');
    expect(from).toHaveTextContent('Site: Head office (0001234567)');
    expect(from).toHaveTextContent('Help with Passport Advantage: IT desk');
    const domains = screen.getByLabelText(/Company email domains/);
    expect(domains).toHaveValue('');
    await user.type(domains, 'mycompany.de');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText(/Saved in your mailbox/);
    expect(check(/Company domain/)).toHaveTextContent('Passed');
    // Emptying the user's own list leaves the organisation's domain required.
    await user.clear(domains);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(check(/Company domain/)).toHaveTextContent('Failed'));
    expect(check(/Company domain/)).toHaveTextContent('(mycompany.com)');
    const stored = fake.state.roaming['pcc.v1'] as { organization?: unknown; companyDomains?: unknown };
    expect(stored.companyDomains).toEqual([]);
  });

  it('keeps what the file gave in roaming settings for the send-time check, and writes only when it changes', async () => {
    const { fake, connection } = outlook();
    const { loader, release } = fileLoader({ companyDomains: ['mycompany.com'], helpContact: 'IT desk' });
    const { unmount } = await renderApp(connection, loader);
    release();
    await waitFor(() =>
      expect(fake.state.roaming['pcc.v1']).toMatchObject({
        organization: { companyDomains: ['mycompany.com'], helpContact: 'IT desk' },
        // The pane's other write of a first opening (the sender's organisation domain), also done.
        organisationDomain: 'mycompany.com',
      }),
    );
    // Reopened with the same file: no write for it. The pane decides whether to write when it
    // applies the file, before it shows the file's help line; so once the help line shows, a write
    // would already have been made.
    unmount();
    const again = outlook({ roaming: fake.state.roaming });
    const second = fileLoader({ companyDomains: ['mycompany.com'], helpContact: 'IT desk' });
    render(<App {...await prepareApp(Promise.resolve(again.connection))} loadOrganization={second.loader} />);
    second.release();
    await within(await screen.findByRole('region', { name: /Compliance/ })).findByText(/IT desk/);
    expect(again.fake.calls.filter((c) => c.api === 'roamingSettings.saveAsync')).toEqual([]);
  });

  it('a broken file changes nothing but a note in Settings', async () => {
    const user = userEvent.setup();
    const { connection } = outlook({ from: { emailAddress: 'jane.doe@othercompany.com' } });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loader: OrganizationLoader = async () => {
      await gate;
      return {
        status: 'loaded',
        settings: NO_ORGANIZATION,
        problems: ['organization.json: is not valid JSON (Unexpected token m); the file is ignored'],
        ui,
      };
    };
    await renderApp(connection, loader);
    // The region suggestion (from the time zone) arrives just after the first screen.
    await waitFor(() => expect(check(/Region/)).toHaveTextContent('Passed'));
    const before = within(screen.getByRole('region', { name: /Compliance/ }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    release();
    await user.click(screen.getByText('Settings'));
    const from = await screen.findByRole('region', { name: 'From your organisation' });
    expect(from).toHaveTextContent(
      "Your organisation's settings file has a problem (tell your IT administrator)",
    );
    expect(from).toHaveTextContent(
      'organization.json: is not valid JSON (Unexpected token m); the file is ignored',
    );
    const after = within(screen.getByRole('region', { name: /Compliance/ }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(after).toEqual(before);
    expect(screen.getByLabelText(/Account number/)).toHaveValue('');
  });

  it('no file: nothing in Settings about the organisation', async () => {
    const user = userEvent.setup();
    const { connection } = outlook();
    const loader: OrganizationLoader = jest.fn(async () => ({
      ...({ status: 'absent', settings: NO_ORGANIZATION, problems: [] } as OrganizationLoad),
      ui,
    }));
    await renderApp(connection, loader);
    await waitFor(() => expect(loader).toHaveBeenCalled());
    await user.click(screen.getByText('Settings'));
    await screen.findByLabelText(/Company email domains/);
    expect(screen.queryByRole('region', { name: 'From your organisation' })).toBeNull();
  });
});
