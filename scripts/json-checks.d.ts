// Types for scripts/json-checks.js (CommonJS): offline checks of manifest.json and organization.json.
export interface JsonCheck {
  ok: boolean;
  errors: string[];
}
export function checkUnifiedManifest(
  manifest: unknown,
  options?: { baseDir?: string },
): JsonCheck & { schema: string | null };
export function checkOrganizationText(text: string, name?: string): JsonCheck;
export function productionUrlProblems(urls: { where: string; value: string }[]): string[];
export function urlsInJson(value: unknown, where?: string): { where: string; value: string }[];
export function urlsInXml(xml: string): { where: string; value: string }[];
export function unifiedSchemaPath(manifestVersion: unknown): string | null;
export function readPng(file: string): { width: number; height: number; whiteOrClear: boolean };
export const ICON_SIZES: { color: number; outline: number };
export const ORGANIZATION_SCHEMA: string;
