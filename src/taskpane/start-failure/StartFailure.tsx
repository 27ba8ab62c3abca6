// What the pane shows inside Outlook when it cannot work: office.js failed or did not answer, or the
// item is not a message being written. Never a simulated message here: inside Outlook a user would
// take it for their real email. Loaded on demand (App shows a one-line fallback meanwhile).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { StartFailure } from '../../office/connect';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function StartFailureNotice({ failure }: { failure: StartFailure }) {
  const styles = useStyles();
  if (failure.failure === 'not-compose') {
    return (
      <div role="alert" className={styles.box}>
        <h2 className={styles.title}>Open the add-in from a message you are writing</h2>
        <p className={styles.text}>
          {failure.reason} Start a new message (or reply), then choose Primary contact request again.
        </p>
      </div>
    );
  }
  return (
    <div role="alert" className={styles.box}>
      <h2 className={styles.title}>Outlook could not start the add-in</h2>
      <p className={styles.text}>{failure.reason} Your message has not been changed.</p>
      <ul className={styles.list}>
        <li>Close this pane and open it again, or reload Outlook.</li>
        <li>
          If it keeps happening, ask your IT administrator: a proxy, firewall or security policy may be
          blocking Microsoft’s add-in scripts (appsforoffice.microsoft.com and ajax.aspnetcdn.com).
        </li>
      </ul>
    </div>
  );
}
