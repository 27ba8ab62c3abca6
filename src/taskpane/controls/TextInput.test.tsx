import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Field } from './Field';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TextInput, type TextInputProps } from './TextInput';

function Harness({
  onChange = () => undefined,
  required,
  error,
  ...rest
}: Partial<TextInputProps> & { required?: boolean; error?: string }) {
  const [value, setValue] = useState('');
  return (
    <FluentProvider theme={webLightTheme}>
      <Field
        label="Account"
        hint="Ten digits"
        required={required}
        {...(error ? { validationState: 'error' as const, validationMessage: error } : {})}
      >
        {(field) => (
          <TextInput
            {...field}
            {...rest}
            value={value}
            onChange={(v) => {
              onChange(v);
              setValue(v);
            }}
          />
        )}
      </Field>
      <datalist id="sites">
        <option value="0001234567" />
      </datalist>
    </FluentProvider>
  );
}

describe('TextInput', () => {
  it('is a native text field, labelled by its Field label (for/id) and described by its hint', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Account');
    expect(screen.getByRole('textbox', { name: 'Account' })).toBe(input);
    expect(input).toHaveAttribute('type', 'text');
    expect(input).not.toHaveAttribute('aria-labelledby');
    expect(input).toHaveAccessibleDescription('Ten digits');
  });

  it('reports each change and holds what it is given', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await user.type(screen.getByLabelText('Account'), '12');
    expect(onChange.mock.calls.map(([v]) => v)).toEqual(['1', '12']);
    expect(screen.getByLabelText('Account')).toHaveValue('12');
  });

  it('passes the native attributes on: length cap, input mode, autocomplete, a datalist, the type', () => {
    render(<Harness maxLength={4} inputMode="numeric" autoComplete="off" list="sites" type="tel" />);
    const input = screen.getByLabelText('Account');
    expect(input).toHaveAttribute('maxlength', '4');
    expect(input).toHaveAttribute('inputmode', 'numeric');
    expect(input).toHaveAttribute('autocomplete', 'off');
    expect(input).toHaveAttribute('list', 'sites');
    expect(input).toHaveAttribute('type', 'tel');
  });

  it('is required and invalid as its Field says, natively', () => {
    render(<Harness required error="Give the account" />);
    const input = screen.getByRole('textbox', { name: 'Account' });
    expect(input).toBeRequired();
    expect(input).not.toHaveAttribute('aria-required');
    expect(input).toBeInvalid();
    expect(input).toHaveAccessibleDescription(/Give the account/);
  });

  it('is neither required nor invalid unless its Field says so', () => {
    render(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Account' });
    expect(input).not.toBeRequired();
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('when disabled, takes no typing', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness disabled onChange={onChange} />);
    expect(screen.getByLabelText('Account')).toBeDisabled();
    await user.type(screen.getByLabelText('Account'), 'x');
    expect(onChange).not.toHaveBeenCalled();
  });
});
