// Types for scripts/unified-manifest.js (CommonJS): manifest.json derived from manifest.xml.
/* eslint-disable @typescript-eslint/no-explicit-any */
export const MANIFEST_VERSION: string;
export const UNIFIED_EXTRAS: {
  shortDescription: string;
  accentColor: string;
  icons: { color: string; outline: string };
  privacyPath: string;
  termsPath: string;
};
export const PERMISSIONS: Record<string, string>;
export const EVENT_TYPES: Record<string, string>;
/** The unified manifest for a manifest.xml text; throws on anything it cannot map. */
export function unifiedFromXml(xml: string): any;
/** Two-space JSON with a final newline. */
export function formatUnified(manifest: unknown): string;
