// Types for scripts/app-package.js (CommonJS): the admin center's zip.
export function packageEntries(distDir: string): { name: string; file: string }[];
export function makeAppPackage(distDir: string): Buffer;
