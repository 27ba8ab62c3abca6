import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormEvent } from 'react';
import { Button, type ButtonProps } from './Button';

function Harness({ onSubmit, ...props }: ButtonProps & { onSubmit?: () => void }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <form
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit?.();
        }}
      >
        <Button {...props}>Check again</Button>
      </form>
    </FluentProvider>
  );
}

describe('Button', () => {
  it('is a native button named by its text, and reports a click', async () => {
    const user = userEvent.setup();
    const onClick = jest.fn();
    render(<Harness onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Check again' });
    expect(button.tagName).toBe('BUTTON');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('is type="button" by default: inside a form it does not submit it', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<Harness onSubmit={onSubmit} />);
    const button = screen.getByRole('button', { name: 'Check again' });
    expect(button).toHaveAttribute('type', 'button');
    await user.click(button);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('submits when told to be type="submit"', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    render(<Harness type="submit" onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Check again' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('is activated from the keyboard: Enter and Space', async () => {
    const user = userEvent.setup();
    const onClick = jest.fn();
    render(<Harness onClick={onClick} />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check again' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('when disabled, is natively disabled: no click, no focus (as Fluent\'s Button with "disabled")', async () => {
    const user = userEvent.setup();
    const onClick = jest.fn();
    render(<Harness disabled onClick={onClick} />);
    const button = screen.getByRole('button', { name: 'Check again' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('disabled');
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    await user.tab();
    expect(button).not.toHaveFocus();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('when enabled, has no disabled attribute at all', () => {
    render(<Harness disabled={false} />);
    expect(screen.getByRole('button', { name: 'Check again' })).not.toHaveAttribute('disabled');
  });

  it('passes an accessible name given as aria-label, for a symbol as text', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Button appearance="transparent" size="small" aria-label="Dismiss">
          ×
        </Button>
      </FluentProvider>,
    );
    expect(screen.getByRole('button', { name: 'Dismiss' })).toHaveTextContent('×');
  });

  it('marks its appearance and size for its style, and leaves the defaults unmarked', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Button appearance="primary">Insert template</Button>
        <Button size="small">Undo</Button>
        <Button>Save</Button>
      </FluentProvider>,
    );
    const primary = screen.getByRole('button', { name: 'Insert template' });
    expect(primary).toHaveAttribute('data-appearance', 'primary');
    expect(primary).not.toHaveAttribute('data-size');
    const small = screen.getByRole('button', { name: 'Undo' });
    expect(small).toHaveAttribute('data-size', 'small');
    expect(small).not.toHaveAttribute('data-appearance');
    const plain = screen.getByRole('button', { name: 'Save' });
    expect(plain).not.toHaveAttribute('data-appearance');
    expect(plain).not.toHaveAttribute('data-size');
  });
});
