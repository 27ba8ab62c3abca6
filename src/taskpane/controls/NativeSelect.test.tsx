import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Field } from './Field';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { NativeSelect } from './NativeSelect';

function Harness({
  onChange = () => undefined,
  disabled,
  required,
  error,
}: {
  onChange?: (v: string) => void;
  disabled?: boolean;
  required?: boolean;
  error?: string;
}) {
  const [value, setValue] = useState('');
  return (
    <FluentProvider theme={webLightTheme}>
      <Field
        label="Colour"
        hint="The paint"
        required={required}
        {...(error ? { validationState: 'error' as const, validationMessage: error } : {})}
      >
        {(field) => (
          <NativeSelect
            {...field}
            value={value}
            disabled={disabled}
            onChange={(v) => {
              onChange(v);
              setValue(v);
            }}
          >
            <option value="">Choose</option>
            <option value="red">Red</option>
            <option value="blue">Blue</option>
          </NativeSelect>
        )}
      </Field>
    </FluentProvider>
  );
}

describe('NativeSelect', () => {
  it('is a native select, labelled by its Field label (for/id) and described by its hint', () => {
    render(<Harness />);
    const select = screen.getByLabelText('Colour');
    expect(select.tagName).toBe('SELECT');
    expect(screen.getByRole('combobox', { name: 'Colour' })).toBe(select);
    // Named by the label's for/id, as a native control is, not by an aria-labelledby copy.
    expect(select).not.toHaveAttribute('aria-labelledby');
    expect(select).toHaveAccessibleDescription('The paint');
    expect(select).toHaveValue('');
  });

  it('reports the option chosen', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await user.selectOptions(screen.getByLabelText('Colour'), 'Blue');
    expect(onChange).toHaveBeenCalledWith('blue');
    expect(screen.getByLabelText('Colour')).toHaveValue('blue');
  });

  it('is required and invalid as its Field says, natively', () => {
    render(<Harness required error="Choose a colour" />);
    const select = screen.getByRole('combobox', { name: 'Colour' });
    expect(select).toBeRequired();
    expect(select).toHaveAttribute('required');
    expect(select).not.toHaveAttribute('aria-required');
    expect(select).toBeInvalid();
    expect(select).toHaveAccessibleDescription(/Choose a colour/);
  });

  it('is neither required nor invalid unless its Field says so', () => {
    render(<Harness />);
    const select = screen.getByRole('combobox', { name: 'Colour' });
    expect(select).not.toBeRequired();
    expect(select).not.toHaveAttribute('aria-invalid');
  });

  it('when disabled, cannot be changed', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness disabled onChange={onChange} />);
    expect(screen.getByLabelText('Colour')).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Colour'), 'Red').catch(() => undefined);
    expect(onChange).not.toHaveBeenCalled();
  });
});
