// What the pane says in a MessageBar about the connection: the preview banner, read and save
// problems (Insert template's outcome is insert/InsertOutcome.tsx, in the same on-demand chunk).
// Loaded on demand: a connected pane with nothing to report never downloads MessageBar.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { userMessageOf } from '../../office/office-error';

export function PreviewBanner({ reason }: { reason: string }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Preview — not connected to Outlook</MessageBarTitle>
        {reason} Try everything on the simulated message at the end of the pane.
      </MessageBarBody>
    </MessageBar>
  );
}

export function ReadErrorNotice({ error, onRetry }: { error: Error; onRetry: () => void }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Could not read your message</MessageBarTitle>
        {userMessageOf(error)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Try again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function SaveErrorNotice() {
  return (
    <MessageBar intent="warning">
      <MessageBarBody>Your answers could not be saved for next time. Everything else works.</MessageBarBody>
    </MessageBar>
  );
}
