// The task pane: connects to Outlook (or preview mode), then shows the sender (with the checks
// about the mailbox), the questions (each with its check), the live compliance checks, and an
// action bar at the bottom with the checks in one line and Insert template — so a 320 × 600 pane
// shows who is sending, where the checks stand and the button without scrolling.
import {
  FluentProvider,
  makeStyles,
  tokens,
  type PartialTheme,
  type Theme,
} from '@fluentui/react-components';
import { Button } from '../controls/Button';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { allStyles } from '../styles/all-styles';
import { lazyStyled } from '../styles/lazy-styled';
import { verdictText } from '../../compliance/rules/verdict-text';
import { isStartFailure, type ConnectResult, type Connection, type StartFailure } from '../../office/connect';
import { ActionBar } from '../action-bar/ActionBar';
import { Busy } from '../busy/Busy';
// The checks list and the reader of signatures Outlook did not mark are part of the first screen:
// in the pane's own file, not on-demand chunks fetched one after another before it is usable.
import '../../compliance/mail/signature-unmarked';
import { ComplianceChecks } from '../compliance-checks/ComplianceChecks';
import { checksSummary } from '../compliance-checks/summary';
import { firstScreenGate } from '../first-screen/first-screen';
import { InsertPanel } from '../insert/InsertPanel';
import { fieldChecks, MAILBOX_RULES } from '../request-form/field-checks';
import { useInsert } from '../insert/use-insert';
import { RequestForm } from '../request-form/RequestForm';
import { SenderCard } from '../sender-card/SenderCard';
import { SettingsSection } from '../settings/SettingsSection';
import type { Catalogue } from '../../compliance/catalogue/say';
import { browserLanguage } from '../../office/browser-language';
import { loadWords, useWords, WordsProvider } from '../i18n/words';
import type { OrganizationLoader } from '../organization/use-organization';
import { firstRead, usePrimaryContactRequest, type FirstRead } from './use-primary-contact-request';

// MessageBar-based notices load on demand: a connected pane with nothing to report never needs them.
const notices = () => import(/* webpackChunkName: "notices" */ '../notices/Notices');
const PreviewBanner = lazyStyled(() => notices().then((m) => ({ default: m.PreviewBanner })));
const ReadErrorNotice = lazyStyled(() => notices().then((m) => ({ default: m.ReadErrorNotice })));
const SaveErrorNotice = lazyStyled(() => notices().then((m) => ({ default: m.SaveErrorNotice })));

// Shown only when Outlook could not start the add-in: not worth first-screen bytes.
const StartFailureNotice = lazyStyled(() =>
  import(/* webpackChunkName: "start-failure" */ '../start-failure/StartFailure').then((m) => ({
    default: m.StartFailureNotice,
  })),
);

const SimulatedMessage = lazyStyled(
  () => import(/* webpackChunkName: "simulated-message" */ '../simulated-message/SimulatedMessage'),
);

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box' },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '640px',
    margin: '0 auto',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export type AppProps = (
  | {
      connection: Connection;
      /** The message as first read (or why it could not be read): the pane renders once, complete. */
      first: FirstRead;
    }
  | {
      /** Inside Outlook, but office.js did not start (or the item is not a message being written). */
      failure: StartFailure;
    }
) & {
  /** The words of Outlook's display language (English when unsupported). */
  words: Catalogue;
  /**
   * Fluent's dark theme when Outlook is dark (loaded on demand). None in light mode: the build puts
   * the light theme's variables in the stylesheet (scripts/theme-css-plugin.js).
   */
  theme?: Theme | undefined;
  /** Fetches organization.json after the first render (none: no organisation settings). */
  loadOrganization?: OrganizationLoader | undefined;
};

/** Light mode: the theme's variables are in the stylesheet (scripts/theme-css-plugin.js), none to add. */
const THEME_IN_STYLESHEET: PartialTheme = {};

/**
 * The task pane. index.tsx renders it once office.js has answered and the message has been read;
 * until then taskpane.html shows a static "Reading your message…" that costs no script at all.
 */
export function App(props: AppProps) {
  const styles = useStyles();
  return (
    <WordsProvider catalogue={props.words}>
      <FluentProvider theme={props.theme ?? THEME_IN_STYLESHEET} className={styles.root}>
        <main className={styles.main}>
          <Heading />
          {'connection' in props ? (
            <RequestPane
              connection={props.connection}
              first={props.first}
              loadOrganization={props.loadOrganization}
            />
          ) : (
            <Suspense fallback={<StartFailureFallback />}>
              <StartFailureNotice failure={props.failure} />
            </Suspense>
          )}
        </main>
      </FluentProvider>
    </WordsProvider>
  );
}

function Heading() {
  const styles = useStyles();
  const t = useWords();
  return (
    <div>
      <h1 className={styles.title}>{t('app.title')}</h1>
      <p className={styles.intro}>{t('app.intro')}</p>
      {t.locale === 'en' ? null : <p className={styles.intro}>{t('app.email-english')}</p>}
    </div>
  );
}

/** While the start-failure notice loads (its words come with it, not on the first screen). */
function StartFailureFallback() {
  const t = useWords();
  return <Busy label={t('app.loading')} />;
}

/**
 * Connects (Outlook or preview), then reads the message and loads the words of Outlook's display
 * language side by side, and resolves with App's props. When Outlook did not start, the browser's
 * language is all there is to go by.
 */
export async function prepareApp(connecting: Promise<ConnectResult>): Promise<AppProps> {
  const result = await connecting;
  if (isStartFailure(result)) return { failure: result, words: await loadWords(browserLanguage()) };
  const [first, words, theme] = await Promise.all([
    firstRead(result.mailbox),
    loadWords(result.mailbox.context.displayLanguage),
    result.mailbox.context.theme === 'dark'
      ? import(/* webpackChunkName: "dark-theme" */ './dark-theme').then((m) => m.webDarkTheme)
      : undefined,
  ]);
  return { connection: result, first, words, theme };
}

/** Everything that needs the mailbox: mounted once the connection is known. */
function RequestPane({
  connection,
  first,
  loadOrganization,
}: {
  connection: Connection;
  first: FirstRead;
  loadOrganization?: OrganizationLoader | undefined;
}) {
  const styles = useStyles();
  const t = useWords();
  const [firstScreen] = useState(firstScreenGate);
  const request = usePrimaryContactRequest(connection, first, loadOrganization, firstScreen.shown);
  // Once the first screen is up, the rest of the pane's styles, ready for its on-demand parts.
  useEffect(() => {
    firstScreen.shown.then(() => allStyles()).catch(() => undefined);
  }, [firstScreen]);
  const { organization } = request;
  const { mailbox, results, readError } = request;
  const insert = useInsert(mailbox, request.input, request.env);
  const checks = useMemo(
    () => results?.map((r) => ({ ...verdictText(r, t.catalogue), read: r.signatureRead })) ?? null,
    [results, t.catalogue],
  );
  const atFields = useMemo(() => (results && checks ? fieldChecks(results, checks) : {}), [results, checks]);
  const working = insert.state.kind === 'working' ? insert.state.label : null;

  return (
    <>
      {connection.previewReason ? (
        <Suspense fallback={<p>{t('notice.preview.title')}</p>}>
          <PreviewBanner reason={connection.previewReason} />
        </Suspense>
      ) : null}
      <SenderCard
        sender={request.sender}
        user={mailbox.context.user}
        checks={checks?.filter((c) => MAILBOX_RULES.includes(c.id))}
      />
      {readError ? (
        <Suspense fallback={<p>{t('notice.read-error')}</p>}>
          <ReadErrorNotice error={readError} onRetry={request.checkAgain} />
        </Suspense>
      ) : null}
      <RequestForm
        form={request.form}
        setForm={request.setForm}
        region={request.region}
        suggestion={request.suggestion}
        checks={atFields}
        account={organization.account}
      />
      {organization.sitesList}
      <ComplianceChecks checks={checks} footer={organization.help} onShown={firstScreen.open} />
      <div className={styles.row}>
        <Button appearance="secondary" onClick={request.checkAgain} disabled={request.reading}>
          {t('app.check-again')}
        </Button>
        {request.reading ? <Busy label={t('app.reading')} /> : null}
      </div>
      <ActionBar
        summary={checks ? checksSummary(checks, t.catalogue) : ''}
        canInsert={checks !== null && working === null}
        onInsert={insert.insert}
        busy={working ? <Busy label={t(working)} /> : null}
      />
      <InsertPanel
        state={insert.state}
        checks={checks ?? []}
        onInsert={insert.insert}
        onReplaceSubject={insert.replaceSubject}
        onKeepSubject={insert.keepSubject}
        onUndo={insert.undo}
        onDismiss={insert.dismiss}
      />
      <SettingsSection
        settings={request.settings}
        onSave={request.updateSettings}
        knowledge={request.env.domains}
        organization={organization}
      />
      {request.saveError ? (
        <Suspense fallback={null}>
          <SaveErrorNotice />
        </Suspense>
      ) : null}
      {connection.preview ? (
        <Suspense fallback={null}>
          <SimulatedMessage mailbox={connection.preview} />
        </Suspense>
      ) : null}
    </>
  );
}
