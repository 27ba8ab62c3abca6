import { phrase, type Phrase } from '../../compliance/catalogue/say';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { RequestForm } from './RequestForm';
import type { FieldChecks } from './field-checks';
import { EMPTY_FORM, MAX_LENGTH, type RequestFormState } from '../../compliance/request/stored-form';

let latest: RequestFormState = EMPTY_FORM;
const remember = (form: RequestFormState) => {
  latest = form;
};

const ACCOUNT_CHECK: FieldChecks = {
  account: { state: 'error', text: 'No account number is given. Enter your account number.' },
  reason: { state: 'warning', text: 'Too short. Say why.' },
};

function Harness({
  suggestion = null,
  checks,
}: {
  suggestion?: { region: 'japan'; because: Phrase } | null;
  checks?: FieldChecks;
}) {
  const [form, setFormState] = useState(EMPTY_FORM);
  useEffect(() => remember(form), [form]);
  const region = form.regionChosen || form.region ? form.region : (suggestion?.region ?? '');
  return (
    <FluentProvider theme={webLightTheme}>
      <RequestForm
        form={form}
        setForm={(u) => setFormState((f) => u(f))}
        region={region}
        suggestion={suggestion}
        checks={checks}
      />
    </FluentProvider>
  );
}

describe('RequestForm', () => {
  it('switches who is asking by the radio names of the interface contract', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('radio', { name: /current primary contact/ }));
    expect(latest.role).toBe('primary-contact');
    await user.click(screen.getByRole('radio', { name: /manager/ }));
    expect(latest.role).toBe('manager');
  });

  it('names each radio group by its question, and the required fields are required natively', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.getByRole('radiogroup', { name: 'Who is sending this request?' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'New primary contact' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /Reason for the change/ })).toBeRequired();
    expect(screen.getByRole('combobox', { name: /Region/ })).toBeRequired();
    const account = screen.getByRole('textbox', { name: /Account number/ });
    expect(account).toBeRequired();
    expect(account).toHaveAttribute('maxlength', String(MAX_LENGTH.accountNumber));
    expect(account).toHaveAttribute('inputmode', 'numeric');
    await user.click(screen.getByRole('radio', { name: /Someone else/ }));
    expect(screen.getByRole('textbox', { name: /^Email/ })).toHaveAttribute('type', 'email');
    expect(screen.getByRole('textbox', { name: /^Job title/ })).not.toBeRequired();
  });

  it('offers common reasons and a free-text field for another one', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryByLabelText(/own words/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/Reason/), 'other');
    await user.type(screen.getByLabelText(/own words/), 'Retired in March');
    expect(latest).toMatchObject({ reasonChoice: 'other', reasonText: 'Retired in March' });
  });

  it('shows the region suggestion, and a chosen region overrides it', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        suggestion={{ region: 'japan', because: phrase('region.because.tld', { tld: 'jp', country: 'JP' }) }}
      />,
    );
    expect(screen.getByLabelText(/Region/)).toHaveValue('japan');
    expect(screen.getByText(/Suggested: Japan\. Your address ends in \.jp/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/Region/), 'emea');
    expect(latest).toMatchObject({ region: 'emea', regionChosen: true });
    expect(screen.getByLabelText(/Region/)).toHaveValue('emea');
  });

  it('asks for the new contact only when it is someone else', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(screen.queryByLabelText(/^Email/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Someone else/ }));
    await user.type(screen.getByLabelText(/^Name/), 'Bob Newman');
    await user.type(screen.getByLabelText(/^Email/), 'bob@mycompany.com');
    expect(latest.contact).toMatchObject({ name: 'Bob Newman', email: 'bob@mycompany.com' });
  });

  it("shows an answer's check at its field once the user has answered there, not on an untouched form", async () => {
    const user = userEvent.setup();
    render(<Harness checks={ACCOUNT_CHECK} />);
    expect(screen.queryByText(/No account number is given/)).not.toBeInTheDocument();
    const account = screen.getByLabelText(/Account number/);
    await user.type(account, '1');
    await user.clear(account);
    const message = screen.getByText('No account number is given. Enter your account number.');
    expect(account).toHaveAttribute('aria-invalid', 'true');
    expect(account.getAttribute('aria-describedby')).toContain(message.id);
    // Described, not shouted: no alert on every keystroke (the action bar's summary is the live region).
    expect(message.closest('[role="alert"]')).toBeNull();
    // Other fields stay quiet until answered.
    expect(screen.queryByText('Too short. Say why.')).not.toBeInTheDocument();
  });
});
