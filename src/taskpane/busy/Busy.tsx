// "Working on it" with its words: a small ring drawn in CSS beside a status text. Fluent's Spinner
// costs ~3 KB gzip on the first screen, which is at its byte budget; this costs a few hundred bytes.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  busy: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  ring: {
    width: '8px', // 12 px with its borders
    height: '8px',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorNeutralStroke2}`,
    borderTopColor: tokens.colorBrandForeground1,
    animationName: { to: { transform: 'rotate(360deg)' } },
    animationDuration: '0.9s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
});

export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <span className={styles.busy} role="status">
      <span className={styles.ring} aria-hidden="true" />
      {label}
    </span>
  );
}
