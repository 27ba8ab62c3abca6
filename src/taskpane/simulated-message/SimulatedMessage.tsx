// Preview mode only: shows the simulated message so a demo can see what Insert template did.
// The body is shown as text (never as HTML), so nothing in it can run or load.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useSyncExternalStore } from 'react';
import type { PreviewMailbox } from '../../office/preview-mailbox';
import { domParseHtml } from '../engine-env/dom-parse-html';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { useWords } from '../i18n/words';

const useStyles = makeStyles({
  box: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  body: { whiteSpace: 'pre-wrap', margin: 0, fontFamily: 'inherit' },
  dl: { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS },
  dd: { margin: 0 },
});

const BLOCKS = new Set(['div', 'p', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'table']);

/** A readable text rendering of the simulated HTML body: block elements become line breaks. */
export function bodyAsText(html: string): string {
  const lines: string[] = [];
  const walk = (nodes: ReturnType<typeof domParseHtml>) => {
    for (const n of nodes) {
      if (n.type === 'text') lines.push(n.text);
      else {
        walk(n.children);
        if (BLOCKS.has(n.tag)) lines.push('\n');
      }
    }
  };
  walk(domParseHtml(html));
  return lines
    .join('')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export default function SimulatedMessage({ mailbox }: { mailbox: PreviewMailbox }) {
  const styles = useStyles();
  const t = useWords(EN_PANE_LATER);
  const { to, subject, body } = useSyncExternalStore(mailbox.subscribe, () => mailbox.message);
  return (
    <section aria-label={t('simulated.title')} className={styles.box}>
      <h2 className={styles.heading}>{t('simulated.title')}</h2>
      <dl className={styles.dl}>
        <dt>{t('simulated.to')}</dt>
        <dd className={styles.dd}>
          {to.length ? to.map((r) => r.address).join('; ') : t('simulated.empty')}
        </dd>
        <dt>{t('simulated.subject')}</dt>
        <dd className={styles.dd}>{subject || t('simulated.empty')}</dd>
      </dl>
      <pre className={styles.body} aria-label={t('simulated.body')}>
        {body.type === 'html' ? bodyAsText(body.content) : body.content}
      </pre>
    </section>
  );
}
