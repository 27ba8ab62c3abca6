import { render, screen } from '@testing-library/react';
import { SenderCard } from './SenderCard';

const jane = { address: 'jane.doe@mycompany.com', displayName: 'Jane Doe' };

describe('SenderCard', () => {
  it('shows the sender address', () => {
    render(<SenderCard sender={jane} user={jane} />);
    expect(screen.getByText('jane.doe@mycompany.com')).toBeInTheDocument();
    expect(screen.queryByText(/signed in as/)).not.toBeInTheDocument();
  });

  it('says when the From address differs from the signed-in user (shared or delegate mailbox)', () => {
    render(<SenderCard sender={{ address: 'it-team@mycompany.com', displayName: 'IT' }} user={jane} />);
    expect(screen.getByText(/You are signed in as/)).toHaveTextContent('jane.doe@mycompany.com');
  });

  it('treats addresses case-insensitively', () => {
    render(<SenderCard sender={{ ...jane, address: 'Jane.Doe@MyCompany.com' }} user={jane} />);
    expect(screen.queryByText(/signed in as/)).not.toBeInTheDocument();
  });

  it('shows markup in a display name as text', () => {
    const { container } = render(
      <SenderCard
        sender={{ address: 'x@mycompany.com', displayName: '<img src=x onerror=alert(1)>' }}
        user={null}
      />,
    );
    expect(screen.getByText(/<img src=x onerror=alert\(1\)>/)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('says it is reading before the sender is known', () => {
    render(<SenderCard sender={null} user={null} />);
    expect(screen.getByText('Reading…')).toBeInTheDocument();
  });
});

describe('SenderCard beside the mailbox checks', () => {
  const check = (id: 'company-domain' | 'manager-title', status: 'pass' | 'fail', topic: string) => ({
    id,
    status,
    topic,
    message: `${topic} message`,
    fix: '',
  });

  it('shows each mailbox check as its topic and status word, not as list items', () => {
    render(
      <SenderCard
        sender={jane}
        user={jane}
        checks={[
          check('company-domain', 'pass', 'Company domain'),
          check('manager-title', 'fail', 'Manager title'),
        ]}
      />,
    );
    const checks = screen.getByTestId('mailbox-checks');
    expect(checks).toHaveTextContent('Company domain: Passed');
    expect(checks).toHaveTextContent('Manager title: Failed');
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows nothing when there are no checks yet', () => {
    render(<SenderCard sender={jane} user={jane} />);
    expect(screen.queryByText(/: (Passed|Warning|Failed)$/)).not.toBeInTheDocument();
  });
});
