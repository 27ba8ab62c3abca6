// Last line of defence: a rendering bug shows a message instead of a blank pane. The user's
// message is never touched by rendering, so it is safe to say so.
import { Component, type ContextType, type ReactNode } from 'react';
import { phrase, say } from '../../compliance/catalogue/say';
import { WordsContext } from '../i18n/words';

interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = WordsContext;
  declare context: ContextType<typeof WordsContext>;
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error): void {
    console.error('Primary Contact Request: the pane stopped', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 12, fontFamily: 'Segoe UI, system-ui, sans-serif' }}>
        <h1 style={{ fontSize: 16, margin: '0 0 8px' }}>{say(phrase('app.crashed'), this.context)}</h1>
        <p style={{ margin: 0 }}>{say(phrase('app.crashed.detail'), this.context)}</p>
      </div>
    );
  }
}
