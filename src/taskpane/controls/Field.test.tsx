import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import { Field, type FieldProps } from './Field';
import { TextInput } from './TextInput';

function Harness(props: Omit<FieldProps, 'children' | 'label'>) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Field label="Account" {...props}>
        {(field) => <TextInput {...field} value="" onChange={() => undefined} />}
      </Field>
    </FluentProvider>
  );
}

describe('Field', () => {
  it('labels its control (label for, and the label id for a group) and nothing more by default', () => {
    render(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Account' });
    const label = screen.getByText('Account');
    expect(label.tagName).toBe('LABEL');
    expect(label).toHaveAttribute('for', input.id);
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toBeRequired();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('passes the label id to a control that needs it (a radio group)', () => {
    const seen: string[] = [];
    render(
      <Field label="Who">
        {(field) => {
          seen.push(field['aria-labelledby'] ?? '');
          return <div role="radiogroup" aria-labelledby={field['aria-labelledby']} />;
        }}
      </Field>,
    );
    expect(screen.getByRole('radiogroup', { name: 'Who' })).toBeInTheDocument();
    expect(seen.at(-1)).toBe(screen.getByText('Who').id);
  });

  it('when required, shows the asterisk and makes the control required', () => {
    render(<Harness required />);
    expect(screen.getByText('*')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Account/ })).toBeRequired();
  });

  it('describes the control by its message, then its hint; an error makes it invalid and alerts', () => {
    render(<Harness hint="Ten digits" validationMessage="No account number is given." />);
    const input = screen.getByRole('textbox', { name: 'Account' });
    expect(input).toHaveAccessibleDescription('No account number is given. Ten digits');
    expect(input).toBeInvalid();
    expect(screen.getByRole('alert')).toHaveTextContent('No account number is given.');
  });

  it('a warning describes and alerts but does not make the control invalid', () => {
    render(<Harness validationState="warning" validationMessage="Shortened to 120 characters." />);
    const input = screen.getByRole('textbox', { name: 'Account' });
    expect(input).toHaveAccessibleDescription('Shortened to 120 characters.');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Shortened to 120 characters.');
  });

  it('takes a message with its own role (none: described, not alerted)', () => {
    render(
      <Harness
        validationState="error"
        validationMessage={{ children: '12 has 2 digits.', role: undefined }}
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Account' });
    expect(input).toHaveAccessibleDescription('12 has 2 digits.');
    expect(input).toBeInvalid();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows an icon before an error or warning message, none before a plain one', () => {
    const { container, rerender } = render(<Harness validationState="error" validationMessage="Bad" />);
    const iconIn = () => screen.getByText(/Bad|Plain/).querySelector('svg');
    expect(iconIn()).not.toBeNull();
    rerender(<Harness validationState="warning" validationMessage="Bad" />);
    expect(iconIn()).not.toBeNull();
    rerender(<Harness validationState="none" validationMessage="Plain" />);
    expect(iconIn()).toBeNull();
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
