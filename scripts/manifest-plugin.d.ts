// Types for scripts/manifest-plugin.js (CommonJS webpack plugin).
import type { Compiler } from 'webpack';

export const PLACEHOLDER_BASE: 'https://localhost:3000';
/** Replaces every https://localhost:3000 with baseUrl (trailing slash trimmed, XML-escaped). */
export function rewriteManifest(xml: string, baseUrl: string): string;
/** baseUrl without trailing slashes; throws unless it is an absolute http(s) URL. */
export function normalizeBaseUrl(baseUrl: string): string;
export class ManifestPlugin {
  constructor(options: { source: string; baseUrl: string; assetsDir?: string; filename?: string });
  apply(compiler: Compiler): void;
}
