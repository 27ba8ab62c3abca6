// The pane's words: the catalogue of Outlook's display language, loaded before the pane renders.
// English is on the first screen; every other language is its own chunk, loaded on demand.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { EN } from '../../compliance/catalogue/en';
import { EN_PANE } from '../../compliance/catalogue/en-pane';
import { PSEUDO_LOCALE, resolveLocale } from '../../compliance/catalogue/locales';
import {
  phrase,
  say,
  sayAll,
  withFallback,
  type Catalogue,
  type MessageKey,
  type Messages,
  type Params,
  type Phrase,
} from '../../compliance/catalogue/say';

/**
 * The English catalogue on the pane's first screen (no send-time dialog words; the words of the
 * parts that load later come with them: useWords(EN_PANE_LATER)).
 */
export const PANE_ENGLISH: Catalogue = { locale: 'en', messages: { ...EN, ...EN_PANE } };

/** A translation file: its sections joined into one set of messages. */
export function messagesOf(file: Readonly<Record<string, Messages>>): Messages {
  return Object.assign({}, ...Object.values(file)) as Messages;
}

/**
 * The catalogue for a language tag. Unknown languages, and a language chunk that cannot load,
 * give English; a key a translation lacks falls back to English.
 */
export async function loadWords(tag: string): Promise<Catalogue> {
  const id = resolveLocale(tag);
  if (id === 'en') return PANE_ENGLISH;
  try {
    const messages =
      id === PSEUDO_LOCALE
        ? await pseudoWords()
        : messagesOf(
            (
              (await import(
                /* webpackChunkName: "locale-[request]" */ `../../compliance/catalogue/locales/${id}.json`
              )) as { default: Record<string, Messages> }
            ).default,
          );
    return withFallback({ locale: id, messages }, PANE_ENGLISH);
  } catch (error) {
    console.warn(`Primary Contact Request: the ${id} words could not load; using English`, error);
    return PANE_ENGLISH;
  }
}

async function pseudoWords(): Promise<Messages> {
  const [{ pseudoMessages }, { EN_PANE_LATER }] = await Promise.all([
    import(/* webpackChunkName: "locale-pseudo" */ '../../compliance/catalogue/pseudo'),
    import(/* webpackChunkName: "locale-pseudo" */ '../../compliance/catalogue/en-pane-later'),
  ]);
  return pseudoMessages({ ...PANE_ENGLISH.messages, ...EN_PANE_LATER });
}

/** <html lang> follows the catalogue, so screen readers and hyphenation use the right language. */
export function setDocumentLanguage(catalogue: Catalogue, doc: Document = document): void {
  doc.documentElement.lang = catalogue.locale;
}

export interface Words {
  /** A message in the pane's language: by key and parameters, or a phrase, or phrases one after another. */
  (what: MessageKey | Phrase | readonly Phrase[], params?: Params): string;
  readonly locale: string;
  readonly catalogue: Catalogue;
}

function wordsOf(catalogue: Catalogue): Words {
  const t = (what: MessageKey | Phrase | readonly Phrase[], params?: Params) =>
    typeof what === 'string'
      ? say(phrase(what, params), catalogue)
      : Array.isArray(what)
        ? sayAll(what, catalogue)
        : say(what as Phrase, catalogue);
  return Object.assign(t, { locale: catalogue.locale, catalogue });
}

const WordsContext = createContext<Catalogue>(PANE_ENGLISH);

export function WordsProvider({ catalogue, children }: { catalogue: Catalogue; children: ReactNode }) {
  return <WordsContext.Provider value={catalogue}>{children}</WordsContext.Provider>;
}

/**
 * The pane's words (English outside a WordsProvider). A part loaded on demand passes its English
 * words (EN_PANE_LATER): the first screen does not carry them, and every translation has them.
 */
export function useWords(later?: Messages): Words {
  const catalogue = useContext(WordsContext);
  return useMemo(
    () => wordsOf(later ? withFallback(catalogue, { locale: catalogue.locale, messages: later }) : catalogue),
    [catalogue, later],
  );
}

export { WordsContext };
