// Who IBM will see as the sender, and the signed-in user when From differs (shared/delegate mailbox).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { MailAddress } from '../../compliance/types';
import { useWords } from '../i18n/words';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  address: { fontWeight: tokens.fontWeightSemibold },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface SenderCardProps {
  sender: MailAddress | null;
  user: MailAddress | null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function SenderCard({ sender, user }: SenderCardProps) {
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
    </div>
  );
}
