// Types for scripts/manifest-plugin.js (CommonJS webpack plugin).
import type { Compiler } from 'webpack';

export const PLACEHOLDER_BASE: 'https://localhost:3000';
/** Replaces every https://localhost:3000 with baseUrl (trailing slash trimmed, XML-escaped). */
export function rewriteManifest(xml: string, baseUrl: string): string;
/** baseUrl without trailing slashes; throws unless it is an absolute http(s) URL. */
export function normalizeBaseUrl(baseUrl: string): string;
/** Why a base URL cannot be deployed (not https, a file instead of a folder…), as one sentence; null if fine. */
export function baseUrlProblem(baseUrl: string): string | null;
export class ManifestPlugin {
  constructor(options: {
    source: string;
    /** Where dist/ will be hosted; empty/undefined: https://localhost:3000, for development only. */
    baseUrl: string | undefined;
    assetsDir?: string;
    filename?: string;
    unifiedFilename?: string;
  });
  apply(compiler: Compiler): void;
}
