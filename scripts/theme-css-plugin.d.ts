// Types for scripts/theme-css-plugin.js (CommonJS webpack plugin).
import type { Compiler } from 'webpack';

/** The names used as `var(--name` anywhere in the given texts. */
export function usedVariables(texts: Iterable<string>): Set<string>;
/** A `:root` rule declaring, in the theme's order, each theme variable in `used`. */
export function themeRule(theme: Record<string, string | number>, used: Set<string>): string;
export class ThemeCssPlugin {
  constructor(options: { entry: string; theme: Record<string, string | number> });
  apply(compiler: Compiler): void;
}
