// Types for scripts/manifest-checks.js (CommonJS), for the TypeScript tests.
export interface XmlElement {
  name: string;
  local: string;
  ns: string;
  /** Attributes by qualified name as written (e.g. "xsi:type"). */
  attrs: Record<string, string>;
  /** The same attributes by namespace URI ('' for none) and local name. */
  attrsNS: { ns: string; local: string; value: string }[];
  children: XmlElement[];
  text: string;
  line: number;
  parent: XmlElement | null;
}

export interface CheckResult {
  name: string;
  ok: boolean;
  details: string[];
  note: string;
}

export interface SchemaResult {
  status: 'valid' | 'invalid' | 'not-well-formed' | 'missing' | 'error';
  dir: string | null;
  main: string;
  others: number;
  errors: string[];
}

export interface ManifestResult {
  file: string;
  ok: boolean;
  schema: SchemaResult;
  checks: CheckResult[];
}

export interface CheckOptions {
  /** Folder with the XSDs; null or missing = well-formedness and structure only. */
  schemasDir?: string | null;
  /** Folder the manifest's URLs map to (icons are looked up there). Default: cwd. */
  localRoot?: string;
  /** Also require every page/script URL to exist under localRoot (for dist/manifest.xml). */
  hostedFiles?: boolean;
}

export const NS: Record<'app' | 'bt' | 'vo10' | 'vo11' | 'xsi' | 'xml', string>;
export const MAIN_SCHEMA: string;
export function parseXml(text: string): XmlElement;
export function pngSize(file: string): { width: number; height: number } | null;
export function extraChecks(root: XmlElement, options?: Omit<CheckOptions, 'schemasDir'>): CheckResult[];
export function structureCheck(root: XmlElement): CheckResult;
export function findSchemasDir(repoRoot: string, env?: NodeJS.ProcessEnv): string;
export function schemasAvailable(dir: string | null | undefined): boolean;
export function xsdValidate(
  xml: string,
  fileName: string,
  schemasDir: string | null,
): Promise<{ wellFormed: boolean; valid: boolean; errors: string[]; schemaFiles: string[] }>;
export function checkManifest(
  input: string | { xml: string; fileName?: string },
  options?: CheckOptions,
): Promise<ManifestResult>;
export function formatResult(result: ManifestResult, options?: { verbose?: boolean }): string[];
