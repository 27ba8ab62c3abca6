// "Working on it": a small ring and a label, announced politely. Fluent's Spinner costs ~2.7 KB
// gzip on the first screen for the same picture; this is a few hundred bytes (see docs/decisions.md).
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
    flexShrink: 0,
    width: '16px',
    height: '16px',
    boxSizing: 'border-box',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorBrandStroke2}`,
    borderTopColor: tokens.colorBrandStroke1,
    animationName: { from: { transform: 'rotate(0deg)' }, to: { transform: 'rotate(360deg)' } },
    animationDuration: '1s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '3s' },
  },
});

export function Busy({ label }: { label: string }) {
  const styles = useStyles();
  return (
    <span role="status" className={styles.busy}>
      <span className={styles.ring} aria-hidden="true" />
      {label}
    </span>
  );
}
