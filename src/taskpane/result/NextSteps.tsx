// What happens after the request is sent (IBM's procedure). Loaded only after a successful insert.
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  box: { fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export default function NextSteps() {
  const styles = useStyles();
  return (
    <section aria-label="What happens next" className={styles.box}>
      <h2 className={styles.heading}>What happens next</h2>
      <ul className={styles.list}>
        <li>IBM eCustomerCare answers within 24 hours on weekdays.</li>
        <li>
          Once registered, the new primary contact gets Passport Advantage downloads and account management,
          and can approve other roles such as the Site Technical Contact.
        </li>
        <li>
          For SPSS customers, the new primary contact also becomes license key administrator in the SPSS
          License Key Center.
        </li>
        <li>Local phone numbers are on IBM’s “Passport Advantage Online – Need Assistance” page.</li>
      </ul>
    </section>
  );
}
