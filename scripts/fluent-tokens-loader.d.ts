// Types for scripts/fluent-tokens-loader.js (CommonJS webpack loader).

/** The source with every `tokens.name` read of Fluent's tokens replaced by its value, or unchanged. */
export function inlineTokens(source: string, values: Record<string, string>): string;
declare function fluentTokensLoader(source: string): string;
export default fluentTokensLoader;
