// The whole English catalogue (verdicts, pane, send-time dialog), for tests that read words.
import { EN } from '../src/compliance/catalogue/en';
import { EN_PANE } from '../src/compliance/catalogue/en-pane';
import { EN_PANE_LATER } from '../src/compliance/catalogue/en-pane-later';
import { EN_SEND } from '../src/compliance/catalogue/en-send';
import { sayAll, type Catalogue, type Phrase } from '../src/compliance/catalogue/say';

export const ALL_ENGLISH: Catalogue = {
  locale: 'en',
  messages: { ...EN, ...EN_PANE, ...EN_PANE_LATER, ...EN_SEND },
};

/** Phrases in English, as the pane would say them. */
export const inEnglish = (phrases: readonly Phrase[]): string => sayAll(phrases, ALL_ENGLISH);
