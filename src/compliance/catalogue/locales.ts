// Which catalogue speaks a language tag: Outlook's display language (or the browser's, in preview)
// is mapped to one of the languages we have words for, and anything else to English.

/** The languages the pane and the send-time dialog speak; English is the fallback. */
export const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'ja', 'zh-CN', 'ko'] as const;
export type LocaleId = (typeof LOCALES)[number];

/** Windows' pseudo-locale: English with accents and ~40% longer, to find cut or overlapping text. */
export const PSEUDO_LOCALE = 'qps-ploc';
export type CatalogueId = LocaleId | typeof PSEUDO_LOCALE;

/** The catalogue for a BCP 47 tag ("ja-JP" → ja, "pt-PT" → pt-BR, "zh-TW" → en); English when unknown. */
export function resolveLocale(tag: string): CatalogueId {
  const parts = String(tag ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/);
  const language = parts[0] ?? '';
  if (language === 'qps') return PSEUDO_LOCALE;
  // Traditional Chinese (Taiwan, Hong Kong, Macau, or the Hant script) is not Simplified Chinese.
  if (language === 'zh') return parts.some((p) => ['hant', 'tw', 'hk', 'mo'].includes(p)) ? 'en' : 'zh-CN';
  if (language === 'pt') return 'pt-BR';
  return (LOCALES as readonly string[]).includes(language) ? (language as LocaleId) : 'en';
}
