// "Working on it" in words, as a status (announced politely). Fluent's Spinner costs ~3 KB gzip on
// the first screen, which is at its byte budget; the words are what the user needs.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  busy: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <span className={styles.busy} role="status">
      {label}
    </span>
  );
}
