// Task pane entry: render at once, connect to Outlook (or preview mode) in parallel.
import { createRoot } from 'react-dom/client';
import { connect } from '../office/connect';
import { loadOfficeJs, looksHostedByOffice } from '../office/load-office-js';
import { App } from './app/App';
import { ErrorBoundary } from './error-boundary/ErrorBoundary';

declare const __OFFICE_JS_ON_DEMAND__: string;

/** Production pages load office.js in taskpane.html; development pages load it here when hosted. */
async function connectToOutlook() {
  if (__OFFICE_JS_ON_DEMAND__ && !('Office' in window) && looksHostedByOffice()) {
    await loadOfficeJs(__OFFICE_JS_ON_DEMAND__);
  }
  return connect();
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <ErrorBoundary>
      <App connecting={connectToOutlook()} />
    </ErrorBoundary>,
  );
}
