import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Field } from './Field';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RadioGroup } from './RadioGroup';

type Size = 'small' | 'medium' | 'large';
const OPTIONS = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
] as const;

function Harness({
  onChange = () => undefined,
  disabled,
  required,
  error,
}: {
  onChange?: (v: Size) => void;
  disabled?: boolean;
  required?: boolean;
  error?: string;
}) {
  const [value, setValue] = useState<Size>('medium');
  return (
    <FluentProvider theme={webLightTheme}>
      <Field
        label="Size"
        hint="Pick one"
        required={required}
        {...(error ? { validationState: 'error' as const, validationMessage: error } : {})}
      >
        {(field) => (
          <RadioGroup
            {...field}
            options={OPTIONS}
            value={value}
            disabled={disabled}
            onChange={(v) => {
              onChange(v);
              setValue(v);
            }}
          />
        )}
      </Field>
    </FluentProvider>
  );
}

describe('RadioGroup', () => {
  it('is a radio group named by its Field label and described by its hint, each radio named by its label', () => {
    render(<Harness />);
    const group = screen.getByRole('radiogroup', { name: 'Size' });
    expect(group).toHaveAccessibleDescription('Pick one');
    expect(screen.getAllByRole('radio').map((r) => r.getAttribute('name'))).toEqual(
      Array(3).fill(screen.getByLabelText('Small').getAttribute('name')),
    );
    expect(screen.getByRole('radio', { name: 'Medium' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Small' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Large' })).toHaveAccessibleDescription('Pick one');
  });

  it('reports the option clicked, on the radio or on its label', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await user.click(screen.getByRole('radio', { name: 'Large' }));
    expect(onChange).toHaveBeenLastCalledWith('large');
    await user.click(screen.getByText('Small'));
    expect(onChange).toHaveBeenLastCalledWith('small');
    expect(screen.getByRole('radio', { name: 'Small' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Large' })).not.toBeChecked();
  });

  it('moves the selection with the arrow keys, as native radios do', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Medium' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Large' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Large' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'Small' })).toBeChecked();
    expect(onChange.mock.calls.map(([v]) => v)).toEqual(['large', 'medium', 'small']);
  });

  it('passes required and invalid on to the group and its radios', () => {
    render(<Harness required error="Choose a size" />);
    const group = screen.getByRole('radiogroup', { name: 'Size' });
    expect(group).toHaveAttribute('aria-required', 'true');
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(/Choose a size/);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeRequired();
  });

  it('is neither required nor invalid unless its Field says so', () => {
    render(<Harness />);
    expect(screen.getByRole('radiogroup')).not.toHaveAttribute('aria-invalid');
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeRequired();
  });

  it('when disabled, offers nothing to click or tab to', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(<Harness disabled onChange={onChange} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    await user.click(screen.getByText('Large'));
    await user.tab();
    expect(onChange).not.toHaveBeenCalled();
    expect(document.body).toHaveFocus();
  });
});
