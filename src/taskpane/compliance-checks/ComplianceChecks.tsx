// The live list of IBM's rules: one list item per rule with its status as a word and the topic.
// A passed check is one line whose detail opens with a disclosure button (aria-expanded); a warning
// or a failure is open, with what is wrong and how to fix it. The manager-title check's detail also
// shows the lines it read as the signature.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DismissCircle20Filled, Warning20Filled } from '@fluentui/react-icons';
import { Fragment, useEffect, useId, useState, type ReactNode } from 'react';
import { phrase } from '../../compliance/catalogue/say';
import { useWords } from '../i18n/words';
import type { RuleStatus, SignatureRead } from '../../compliance/rules/verdict';
import type { VerdictText } from '../../compliance/rules/verdict-text';

/** A verdict in words, with the signature lines the check read (manager title). */
export type CheckView = VerdictText & { read?: SignatureRead | undefined };
import { Busy } from '../busy/Busy';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  line: {
    display: 'grid',
    gridTemplateColumns: '20px 1fr auto',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    padding: `2px 0`,
    textAlign: 'start',
    font: 'inherit',
    color: 'inherit',
    background: 'none',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
  },
  toggle: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  // A chevron drawn with two borders (no icon module: first-screen bytes); points down, up when open.
  chevron: {
    width: '6px',
    height: '6px',
    margin: '5px 4px 0',
    borderRight: '1.5px solid currentColor',
    borderBottom: '1.5px solid currentColor',
    transform: 'rotate(45deg)',
  },
  open: { transform: 'rotate(-135deg)', marginTop: '9px' },
  topic: { fontWeight: tokens.fontWeightSemibold },
  status: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  detail: { marginLeft: `calc(20px + ${tokens.spacingHorizontalS})` },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  fix: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  // Status colours with text contrast ≥ 4.5:1 in light and dark themes (Marigold is not).
  pass: { color: tokens.colorStatusSuccessForeground1 },
  warn: { color: tokens.colorStatusWarningForeground1 },
  fail: { color: tokens.colorStatusDangerForeground1 },
});

export interface ComplianceChecksProps {
  /** The verdicts in words; null while the message is being read. */
  checks: CheckView[] | null;
  /** Shown under the list when a check is not passed (the organisation's help contact). */
  footer?: ReactNode;
  /** Called once the list is on screen (the pane then loads what its first screen did not need). */
  onShown?: () => void;
}

export function ComplianceChecks({ checks, footer, onShown }: ComplianceChecksProps) {
  const styles = useStyles();
  useEffect(() => onShown?.(), [onShown]);
  const t = useWords();
  return (
    <section aria-label={t('checks.label')} className={styles.section}>
      <h2 className={styles.heading}>{t('checks.label')}</h2>
      {checks === null ? (
        <Busy label={t('app.reading')} />
      ) : (
        <>
          <ul className={styles.list}>
            {checks.map((c) => (
              <li key={c.id} data-rule={c.id}>
                {c.status === 'pass' ? <PassedCheck check={c} /> : <OpenCheck check={c} />}
              </li>
            ))}
          </ul>
          {checks.some((c) => c.status !== 'pass') ? footer : null}
        </>
      )}
    </section>
  );
}

/** "Passed · Company domain" as a disclosure button; the detail is one click (or Enter/Space) away. */
function PassedCheck({ check }: { check: CheckView }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={mergeClasses(styles.line, styles.toggle)}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <Heading check={check} />
        <span aria-hidden="true" className={mergeClasses(styles.chevron, open && styles.open)} />
      </button>
      {/* In the DOM while closed (hidden), so aria-controls always points at something. */}
      <div id={id} className={styles.detail} hidden={!open}>
        <p className={styles.text}>{check.message}</p>
        <SignatureLines read={check.read} className={styles.fix} />
      </div>
    </>
  );
}

/** A warning or a failure: open, with what is wrong and the fix. */
function OpenCheck({ check }: { check: CheckView }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.line}>
        <Heading check={check} />
      </div>
      <div className={styles.detail}>
        <p className={styles.text}>{check.message}</p>
        <SignatureLines read={check.read} className={styles.fix} />
        {check.fix ? <p className={styles.fix}>{check.fix}</p> : null}
      </div>
    </>
  );
}

/**
 * The lines the check read as the signature, so the user sees why it decided as it did. A
 * paragraph, not a nested list: each list item of the checks is one rule.
 */
function SignatureLines({ read, className }: { read: SignatureRead | undefined; className: string }) {
  const t = useWords();
  if (!read || read.lines.length === 0) return null;
  return (
    <p className={className}>
      {t(phrase('title.read', { where: read.where }))}
      {read.lines.map((line, i) => (
        <Fragment key={i}>
          <br />
          {line}
        </Fragment>
      ))}
    </p>
  );
}

function Heading({ check }: { check: VerdictText }) {
  const styles = useStyles();
  const t = useWords();
  return (
    <>
      <StatusIcon status={check.status} className={styles[check.status]} />
      <span>
        <span className={mergeClasses(styles.status, styles[check.status])}>
          {t(`status.${check.status}`)}
        </span>
        {' · '}
        <span className={styles.topic}>{check.topic}</span>
      </span>
    </>
  );
}

export function StatusIcon({ status, className }: { status: RuleStatus; className?: string }) {
  // Decorative: the status is also written out as a word next to it.
  const props = { className, 'aria-hidden': true } as const;
  if (status === 'pass') return <CheckmarkCircle20Filled {...props} />;
  if (status === 'warn') return <Warning20Filled {...props} />;
  return <DismissCircle20Filled {...props} />;
}
