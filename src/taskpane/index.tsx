// Task pane entry: render at once, connect to Outlook (or preview mode) in parallel.
import { createRoot } from 'react-dom/client';
import { connect } from '../office/connect';
import { App } from './app/App';
import { ErrorBoundary } from './error-boundary/ErrorBoundary';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <ErrorBoundary>
      <App connecting={connect()} />
    </ErrorBoundary>,
  );
}
