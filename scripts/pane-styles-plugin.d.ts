// Types for scripts/pane-styles-plugin.js (CommonJS webpack plugin).
import type { Compiler } from 'webpack';

/** The name of the <meta> tag that gives the page the whole stylesheet's file. */
export const META_NAME: string;
/** The names used as `var(--name` anywhere in the given texts. */
export function usedVariables(texts: Iterable<string>): Set<string>;
/** A `:root` rule declaring, in the theme's order, each theme variable in `used`. */
export function themeRule(theme: Record<string, string | number>, used: Set<string>): string;
/** A stylesheet's top-level rules, in order (an at-rule block counts as one). */
export function topLevelRules(css: string): string[];
/** The class names a rule's selectors use. */
export function classNames(rule: string): Set<string>;
/** The rules with a class the first screen's JavaScript names, and those without classes. */
export function firstScreenRules(rules: string[], firstScreenJs: string): string[];
export class PaneStylesPlugin {
  constructor(options: {
    entry: string;
    theme: Record<string, string | number>;
    htmlWebpackPlugin?: unknown;
  });
  apply(compiler: Compiler): void;
}
