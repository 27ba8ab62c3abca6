import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { phrase } from '../../compliance/catalogue/say';
import type { RuleResult } from '../../compliance/rules/verdict';
import { verdictText } from '../../compliance/rules/verdict-text';
import { ComplianceChecks } from './ComplianceChecks';
import { checksSummary } from './summary';

// Verdicts as the engine gives them (keys and parameters); the list shows them in the catalogue's words.
const result = (id: RuleResult['id'], status: RuleResult['status']): RuleResult => ({
  id,
  status,
  message: [phrase('reason.free', { text: `${id} message` })],
  fix: status === 'pass' ? [] : [phrase('reason.placeholder', { text: `${id} fix` })],
});

const renderChecks = (results: RuleResult[] | null) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <ComplianceChecks
        checks={results && results.map((r) => ({ ...verdictText(r), read: r.signatureRead }))}
      />
    </FluentProvider>,
  );

describe('ComplianceChecks', () => {
  it('is a region named "Compliance checks" with one list item per rule, its status as a word', () => {
    renderChecks([
      result('company-domain', 'pass'),
      result('manager-title', 'warn'),
      result('account-number', 'fail'),
    ]);
    const region = screen.getByRole('region', { name: /Compliance/ });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/^Passed · Company domain/);
    expect(items[1]).toHaveTextContent('Warning · Manager title in signature');
    expect(items[1]).toHaveTextContent('Reason: "manager-title message".');
    expect(items[1]).toHaveTextContent('"manager-title fix" is a placeholder, not a reason.');
    expect(items[2]).toHaveTextContent('Failed · Account number');
    expect(items[2]).toHaveTextContent('"account-number fix" is a placeholder');
  });

  it('a passed check is one line: its detail opens with a disclosure button (aria-expanded) and closes again', async () => {
    const user = userEvent.setup();
    renderChecks([result('company-domain', 'pass'), result('reason', 'fail')]);
    const toggle = screen.getByRole('button', { name: /Passed · Company domain/ });
    const detail = screen.getByText('Reason: "company-domain message".');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', detail.parentElement?.id);
    expect(detail).not.toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(detail).toBeVisible();
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(detail).not.toBeVisible();
    // Failures have no toggle: they are open, with their fix.
    expect(screen.queryByRole('button', { name: /Reason for the change/ })).not.toBeInTheDocument();
    expect(screen.getByText('"reason fix" is a placeholder, not a reason.')).toBeVisible();
  });

  it('shows no fix for a passed rule', () => {
    renderChecks([{ ...result('reason', 'pass'), fix: [phrase('reason.empty')] }]);
    expect(screen.queryByText('No reason for the change is given.')).not.toBeInTheDocument();
  });

  it('shows progress until the message is read', () => {
    renderChecks(null);
    expect(screen.getByRole('region', { name: /Compliance/ })).toHaveTextContent('Reading your message…');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });
});

describe('checksSummary', () => {
  const summary = (results: RuleResult[]) => checksSummary(results.map((r) => verdictText(r)));

  it('counts, and names the checks not passed, failures first', () => {
    expect(
      summary([
        result('company-domain', 'pass'),
        result('manager-title', 'warn'),
        result('account-number', 'fail'),
      ]),
    ).toBe('1 passed, 1 warning, 1 failed. Not passed: Account number, Manager title in signature.');
  });

  it('counts warnings in the plural, and names nothing when all passed', () => {
    expect(summary([result('reason', 'warn'), result('region-desk', 'warn')])).toMatch(
      /^0 passed, 2 warnings, 0 failed\. Not passed: /,
    );
    expect(summary([result('reason', 'pass'), result('region-desk', 'pass')])).toBe(
      '2 passed, 0 warnings, 0 failed',
    );
  });
});

describe('the lines read as the signature', () => {
  it('are shown under the manager-title check, with where they were found', () => {
    renderChecks([
      {
        ...result('manager-title', 'pass'),
        signatureRead: {
          lines: ['Kim Ward', 'Manager, West Gas Origination', '713-853-0685'],
          where: phrase('title.where.unmarked'),
        },
      },
      result('reason', 'pass'),
    ]);
    const [manager, reason] = within(screen.getByRole('region', { name: /Compliance/ })).getAllByRole(
      'listitem',
    );
    expect(manager).toHaveTextContent(
      'Read as your signature, from the end of your message:Kim WardManager, West Gas Origination713-853-0685',
    );
    expect(reason).not.toHaveTextContent('Read as your signature');
  });
});
