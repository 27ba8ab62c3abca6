// The Smart Alerts dialog's text: what is wrong, short enough for Outlook (errorMessage and
// errorMessageMarkdown are each limited to 500 characters). Each item is one rule's topic and what
// was found; when they do not all fit, items are shortened, then the last ones are counted instead.
import { EN_SEND } from '../compliance/catalogue/en-send';
import { ENGLISH, phrase, say as sayIn, type Catalogue, type Phrase } from '../compliance/catalogue/say';
import { verdictText } from '../compliance/rules/verdict-text';
import type { RuleResult } from '../compliance/rules/verdict';

export const MAX_MESSAGE_CHARS = 500;

/** The catalogue with the send-time dialog's words, in English (send-words.ts fetches the others). */
export const SEND_WORDS: Catalogue = { ...ENGLISH, messages: { ...ENGLISH.messages, ...EN_SEND } };

/** A phrase in the send-time dialog's words. */
export const say = (p: Phrase, words: Catalogue = SEND_WORDS): string => sayIn(p, words);

export interface SummaryItem {
  topic: string;
  message: string;
}

export interface Summary {
  text: string;
  markdown: string;
}

function oneLine(s: string): string {
  return String(s ?? '')
    .replace(/[\s\u00a0\u2028\u2029]+/g, ' ')
    .trim();
}

function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Escapes the characters Outlook's Markdown subset would interpret (emphasis, links, code, HTML). */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]()<>#~|]/g, (c) => `\\${c}`);
}

interface Layout {
  item(topic: string, message: string): string;
  more(n: number, words: Catalogue): string;
  join(header: string, items: string[], footer: string): string;
  escape(s: string): string;
}

const TEXT: Layout = {
  item: (topic, message) => `• ${topic}: ${message}`,
  more: (n, words) => `• ${say(phrase('send.more', { count: n }), words)}`,
  join: (header, items, footer) => [header, ...items, footer].filter((s) => s !== '').join('\n'),
  escape: (s) => s,
};

const MARKDOWN: Layout = {
  // Outlook's Markdown: list items are separated by "\r", paragraphs by "\n\n". No "\r" after the
  // last item: followed by the paragraph break it would make a stray line.
  item: (topic, message) => `- **${topic}**: ${message}`,
  more: (n, words) => `- ${say(phrase('send.more', { count: n }), words)}`,
  join: (header, items, footer) => `${header}\n\n${items.join('\r')}${footer ? `\n\n${footer}` : ''}`,
  escape: escapeMarkdown,
};

function layOut(
  layout: Layout,
  header: string,
  items: SummaryItem[],
  footer: string,
  max: number,
  words: Catalogue,
): string {
  const h = layout.escape(oneLine(header));
  const f = layout.escape(oneLine(footer));
  const render = (count: number, budget: number): string => {
    const shown = items
      .slice(0, count)
      .map((i) =>
        layout.item(layout.escape(oneLine(i.topic)), layout.escape(shorten(oneLine(i.message), budget))),
      );
    if (count < items.length) shown.push(layout.more(items.length - count, words));
    return layout.join(h, shown, f);
  };
  for (let count = items.length; count >= 1; count--) {
    for (let budget = 400; budget >= 40; budget -= 10) {
      const s = render(count, budget);
      if (s.length <= max) return s;
    }
  }
  const bare = render(0, 0);
  return bare.length <= max ? bare : shorten(bare, max);
}

/** The dialog text (plain and Markdown) for these findings, each ≤ `max` characters. */
export function summarise(
  header: string,
  items: SummaryItem[],
  footer: string,
  max = MAX_MESSAGE_CHARS,
  words: Catalogue = SEND_WORDS,
): Summary {
  return {
    text: layOut(TEXT, header, items, footer, max, words),
    markdown: layOut(MARKDOWN, header, items, footer, max, words),
  };
}

/** At most this many signature lines are quoted in the dialog (it has 500 characters in all). */
const MAX_SIGNATURE_LINES_SHOWN = 4;

/**
 * A rule result as a summary item: its topic and what was found, in the catalogue's words — for
 * the manager title, with the lines read as the signature, so the user sees why.
 */
export function itemOf(result: RuleResult, words: Catalogue = SEND_WORDS): SummaryItem {
  const { topic, message } = verdictText(result, words);
  const read = result.signatureRead;
  if (read === undefined || read.lines.length === 0) return { topic, message };
  const shown = read.lines.slice(0, MAX_SIGNATURE_LINES_SHOWN).map((l) => `"${shorten(oneLine(l), 40)}"`);
  const more = read.lines.length > shown.length ? ' …' : '';
  const intro = say(phrase('title.read', { where: read.where }), words);
  return { topic, message: `${message} ${intro} ${shown.join(' / ')}${more}.` };
}
