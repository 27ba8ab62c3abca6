// Renders the engine's verdicts (and the send-time summary) in words. A verdict carries a message
// key and its parameters; the words are in one catalogue (en.ts) that the pane and the send-time
// handler both render through say(), so either can phrase or translate them without the engine.
//
// Catalogue entries are plain strings with named parameters, "{address} is at {domain}.", or,
// where a number decides the wording, one string per plural category ({ one, other }, chosen by
// the `count` parameter). A parameter is a string, a number, another phrase, or a list of those:
// "{missing}" joins a list as "a, b and c", "{lines:comma}" as "a, b, c".
import { EN } from './en';
import type { EN_SEND } from './en-send';

/** Every key of the catalogue: the verdicts' (en.ts) and the send-time dialog's (en-send.ts). */
export type MessageKey = keyof typeof EN | keyof typeof EN_SEND;
export type Param = string | number | Phrase | readonly (string | Phrase)[];
export type Params = Readonly<Record<string, Param>>;

export interface Phrase {
  key: MessageKey;
  params?: Params;
}

export type Entry = string | { one: string; other: string };

export interface Catalogue {
  /** A runtime may carry only the part it shows (the pane has no send-time dialog words). */
  messages: Readonly<Partial<Record<MessageKey, Entry>>>;
  /** The plural category of a count in this language (English: 1 is "one", anything else "other"). */
  plural(count: number): 'one' | 'other';
}

export const ENGLISH: Catalogue = { messages: EN, plural: (n) => (n === 1 ? 'one' : 'other') };

/** A phrase: the key and, when there are any, its parameters. */
export function phrase(key: MessageKey, params?: Params): Phrase {
  return params ? { key, params } : { key };
}

/** One phrase in words. */
export function say(p: Phrase, catalogue: Catalogue = ENGLISH): string {
  const entry = catalogue.messages[p.key] ?? p.key;
  const params = p.params ?? {};
  const text = typeof entry === 'string' ? entry : entry[catalogue.plural(Number(params.count ?? 0))];
  return text.replace(/\{(\w+)(?::(\w+))?\}/g, (_, name: string, style?: string) => {
    const value = params[name];
    if (value === undefined) return '';
    if (Array.isArray(value)) {
      const items = value.map((v) => word(v, catalogue));
      if (style === 'comma' || items.length <= 1) return items.join(', ');
      return say(
        phrase('list.and', { head: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' }),
        catalogue,
      );
    }
    return word(value as string | number | Phrase, catalogue);
  });
}

/** Several phrases as one text, sentence after sentence. */
export function sayAll(phrases: readonly Phrase[], catalogue: Catalogue = ENGLISH): string {
  return phrases.map((p) => say(p, catalogue)).join(' ');
}

function word(value: string | number | Phrase, catalogue: Catalogue): string {
  return typeof value === 'object' ? say(value, catalogue) : String(value);
}
