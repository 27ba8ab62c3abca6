// What the pane says in a MessageBar about the connection: the preview banner, read and save
// problems (Insert template's outcome is insert/InsertOutcome.tsx, in the same on-demand chunk).
// Loaded on demand: a connected pane with nothing to report never downloads MessageBar.
import { phrase } from '../../compliance/catalogue/say';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Button } from '../controls/Button';
import type { PreviewReason } from '../../office/connect';
import { userPhrasesOf } from '../../office/office-error-words';
import { EN_PANE_LATER } from '../../compliance/catalogue/en-pane-later';
import { useWords } from '../i18n/words';

export function PreviewBanner({ reason }: { reason: PreviewReason }) {
  const t = useWords(EN_PANE_LATER);
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.preview.title')}</MessageBarTitle>
        {t([phrase(reason), phrase('notice.preview.text')])}
      </MessageBarBody>
    </MessageBar>
  );
}

export function ReadErrorNotice({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useWords(EN_PANE_LATER);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.read-error')}</MessageBarTitle>
        {t(userPhrasesOf(error))}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {t('insert.try-again')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function SaveErrorNotice() {
  const t = useWords(EN_PANE_LATER);
  return (
    <MessageBar intent="warning">
      <MessageBarBody>{t('notice.save-error')}</MessageBarBody>
    </MessageBar>
  );
}
