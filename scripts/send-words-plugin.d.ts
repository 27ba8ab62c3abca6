// Types for scripts/send-words-plugin.js (CommonJS webpack plugin).
import type { Compiler } from 'webpack';

/** The send-time words of one translation file: its "verdicts" and "send" sections, merged. */
export function sendWords(file: Record<string, Record<string, unknown>>): Record<string, unknown>;
export class SendWordsPlugin {
  constructor(options: { dir: string });
  apply(compiler: Compiler): void;
}
