// The live list of IBM's rules: one list item per rule with its status as a word, the topic,
// and (when not passed) what is wrong and how to fix it; the manager-title check also shows the
// lines it read as the signature.
import { makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { CheckmarkCircle20Filled, DismissCircle20Filled, Warning20Filled } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { phrase, say } from '../../compliance/catalogue/say';
import { verdictText } from '../../compliance/rules/verdict-text';
import type { RuleResult, RuleStatus, SignatureRead } from '../../compliance/rules/verdict';
import { Fragment } from 'react';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  summary: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '20px 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  topic: { fontWeight: tokens.fontWeightSemibold },
  status: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
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
  results: RuleResult[] | null;
  /** Shown under the list when a check is not passed (the organisation's help contact). */
  footer?: ReactNode;
}

export function ComplianceChecks({ results, footer }: ComplianceChecksProps) {
  const styles = useStyles();
  const counts = { pass: 0, warn: 0, fail: 0 };
  results?.forEach((r) => counts[r.status]++);
  return (
    <section aria-label="Compliance checks" className={styles.section}>
      <h2 className={styles.heading}>Compliance checks</h2>
      {results === null ? (
        <Spinner size="tiny" label="Reading your message…" />
      ) : (
        <>
          <p className={styles.summary} aria-live="polite">
            {say(phrase('checks.counts', { passed: counts.pass, count: counts.warn, failed: counts.fail }))}
          </p>
          <ul className={styles.list}>
            {results
              .map((v) => ({ ...verdictText(v), read: v.signatureRead }))
              .map((r) => (
                <li key={r.id} className={styles.item} data-rule={r.id}>
                  <StatusIcon status={r.status} className={styles[r.status]} />
                  <div>
                    <div>
                      <span className={mergeClasses(styles.status, styles[r.status])}>
                        {say(phrase(`status.${r.status}`))}
                      </span>
                      {' · '}
                      <span className={styles.topic}>{r.topic}</span>
                    </div>
                    <p className={styles.text}>{r.message}</p>
                    {r.read && r.read.lines.length > 0 ? (
                      <SignatureLines read={r.read} className={styles.fix} />
                    ) : null}
                    {r.status !== 'pass' && r.fix ? <p className={styles.fix}>{r.fix}</p> : null}
                  </div>
                </li>
              ))}
          </ul>
          {counts.warn + counts.fail > 0 ? footer : null}
        </>
      )}
    </section>
  );
}

/**
 * The lines the check read as the signature, so the user sees why it decided as it did. A
 * paragraph, not a nested list: each list item of the checks is one rule.
 */
function SignatureLines({ read, className }: { read: SignatureRead; className: string }) {
  return (
    <p className={className}>
      {say(phrase('title.read', { where: read.where }))}
      {read.lines.map((line, i) => (
        <Fragment key={i}>
          <br />
          {line}
        </Fragment>
      ))}
    </p>
  );
}

function StatusIcon({ status, className }: { status: RuleStatus; className: string }) {
  // Decorative: the status is also written out as a word next to it.
  const props = { className, 'aria-hidden': true } as const;
  if (status === 'pass') return <CheckmarkCircle20Filled {...props} />;
  if (status === 'warn') return <Warning20Filled {...props} />;
  return <DismissCircle20Filled {...props} />;
}
