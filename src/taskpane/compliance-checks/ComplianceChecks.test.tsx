import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import type { RuleResult } from '../../compliance/types';
import { ComplianceChecks } from './ComplianceChecks';

const result = (id: RuleResult['id'], status: RuleResult['status'], topic: string): RuleResult => ({
  id,
  status,
  topic,
  message: `${topic} message`,
  fix: status === 'pass' ? '' : `${topic} fix`,
  source: 'IBM',
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
      result('company-domain', 'pass', 'Company domain'),
      result('manager-title', 'warn', 'Manager title in signature'),
      result('account-number', 'fail', 'Account number'),
    ]);
    const region = screen.getByRole('region', { name: /Compliance/ });
    const items = within(region).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(/^Passed · Company domainCompany domain message$/);
    expect(items[1]).toHaveTextContent('Warning');
    expect(items[1]).toHaveTextContent('Manager title in signature fix');
    expect(items[2]).toHaveTextContent('Failed');
    expect(items[2]).toHaveTextContent('Account number fix');
    expect(within(region).getByText('1 passed, 1 warning, 1 failed')).toBeInTheDocument();
  });

  it('shows no fix for a passed rule', () => {
    renderChecks([{ ...result('reason', 'pass', 'Reason'), fix: 'should not show' }]);
    expect(screen.queryByText('should not show')).not.toBeInTheDocument();
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
        ...result('manager-title', 'pass', 'Manager title in signature'),
        signatureRead: {
          lines: ['Kim Ward', 'Manager, West Gas Origination', '713-853-0685'],
          where: 'the end of your message (Outlook did not mark a signature)',
        },
      },
      result('reason', 'pass', 'Reason'),
    ]);
    const [manager, reason] = within(screen.getByRole('region', { name: /Compliance/ })).getAllByRole(
      'listitem',
    );
    expect(manager).toHaveTextContent(
      'Read as your signature, from the end of your message (Outlook did not mark a signature):Kim WardManager, West Gas Origination713-853-0685',
    );
    expect(reason).not.toHaveTextContent('Read as your signature');
  });
});
