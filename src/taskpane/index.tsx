// Task pane entry: connect to Outlook (or preview mode), read the message, then render the pane once.
import { createRoot } from 'react-dom/client';
import { connect } from '../office/connect';
import { loadOfficeJs, looksHostedByOffice, officeJsSettled } from '../office/load-office-js';
import { App, prepareApp } from './app/App';
import { ErrorBoundary } from './error-boundary/ErrorBoundary';
import { allStyles } from './styles/all-styles';
import { PANE_ENGLISH, setDocumentLanguage, WordsProvider } from './i18n/words';
import { phrase, say } from '../compliance/catalogue/say';
import type { OrganizationLoader } from './organization/use-organization';

declare const __OFFICE_JS_ON_DEMAND__: string;

/** Production pages load office.js in taskpane.html; development pages load it here when hosted. */
async function connectToOutlook() {
  if (__OFFICE_JS_ON_DEMAND__) {
    if (!('Office' in window) && looksHostedByOffice()) await loadOfficeJs(__OFFICE_JS_ON_DEMAND__);
  } else {
    await officeJsSettled();
  }
  return connect();
}

// organization.json, beside taskpane.html; its reader loads on demand, once the first screen is
// up. What it shows (the help line, the sites) waits for the pane's whole stylesheet too.
const loadOrganization: OrganizationLoader = () =>
  Promise.all([
    import(/* webpackChunkName: "organization" */ './organization/organization-ui').then((m) =>
      m.loadForPane(),
    ),
    allStyles(),
  ]).then(([loaded]) => loaded);

// React renders once, when the message has been read: until then the static "Reading your
// message…" of taskpane.html shows (no script cost, visible before any script has loaded).
const container = document.getElementById('root');
if (container) {
  prepareApp(connectToOutlook())
    .then((props) => {
      setDocumentLanguage(props.words);
      createRoot(container).render(
        <WordsProvider catalogue={props.words}>
          <ErrorBoundary>
            <App {...props} loadOrganization={loadOrganization} />
          </ErrorBoundary>
        </WordsProvider>,
      );
    })
    .catch((error: unknown) => {
      // Not expected (connecting and the first read never reject), but never a pane stuck on "Reading…".
      console.error('Primary Contact Request: the pane could not start', error);
      container.textContent = say(phrase('app.could-not-start'), PANE_ENGLISH);
    });
}
