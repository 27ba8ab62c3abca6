// Who IBM will see as the sender, the signed-in user when From differs (shared/delegate mailbox),
// and beside them the checks about the mailbox itself (company domain, who is asking, manager
// title): their topic and status word, in one glance. The full verdicts are in the checks list.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { VerdictText } from '../../compliance/rules/verdict-text';
import type { MailAddress } from '../../compliance/types';
import { useWords } from '../i18n/words';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  address: { fontWeight: tokens.fontWeightSemibold },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
  checks: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  pass: { color: tokens.colorStatusSuccessForeground1 },
  warn: { color: tokens.colorStatusWarningForeground1 },
  fail: { color: tokens.colorStatusDangerForeground1 },
});

export interface SenderCardProps {
  sender: MailAddress | null;
  user: MailAddress | null;
  /** The verdicts about the mailbox, shown as "topic: status" beside the sender. */
  checks?: readonly VerdictText[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function SenderCard({ sender, user, checks = [] }: SenderCardProps) {
  const styles = useStyles();
  const t = useWords();
  const differs = sender && user && user.address && !same(sender.address, user.address);
  return (
    <div className={styles.card}>
      <span className={styles.label}>{t('sender.label')}</span>
      {sender ? (
        <span className={styles.address}>
          {sender.displayName ? `${sender.displayName} ` : ''}
          <span>{sender.address}</span>
        </span>
      ) : (
        <span className={styles.address}>{t('sender.reading')}</span>
      )}
      {differs ? <p className={styles.note}>{t('sender.differs', { user: user.address })}</p> : null}
      {checks.length > 0 ? (
        // Not list items: the checks list (one item per rule) is the region "Compliance checks".
        <p className={styles.checks} data-testid="mailbox-checks">
          {checks.map((c) => (
            <span key={c.id}>
              {c.topic}: <span className={styles[c.status]}>{t(`status.${c.status}`)}</span>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
