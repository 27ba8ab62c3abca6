import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { phrase } from '../../compliance/catalogue/say';
import type { RuleResult } from '../../compliance/rules/verdict';
import { ComplianceChecks } from './ComplianceChecks';

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
      <ComplianceChecks results={results} />
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
    expect(items[0]).toHaveTextContent(/^Passed · Company domainReason: "company-domain message"\.$/);
    expect(items[1]).toHaveTextContent('Warning · Manager title in signature');
    expect(items[1]).toHaveTextContent('"manager-title fix" is a placeholder, not a reason.');
    expect(items[2]).toHaveTextContent('Failed · Account number');
    expect(items[2]).toHaveTextContent('"account-number fix" is a placeholder');
    expect(within(region).getByText('1 passed, 1 warning, 1 failed')).toBeInTheDocument();
  });

  it('counts warnings in the plural', () => {
    renderChecks([result('reason', 'warn'), result('region-desk', 'warn')]);
    expect(screen.getByText('0 passed, 2 warnings, 0 failed')).toBeInTheDocument();
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
