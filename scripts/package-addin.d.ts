/** Types for scripts/package-addin.js (CommonJS, the last step of `npm run package`; used by test/manifest). */

/** The pages every installed add-in needs (index.html: the browser edition the too-old-Excel message links to). */
export const PAGES: readonly string[];

/** The install guide's file name, copied from docs/ to package/. */
export const GUIDE: string;

/** A refusal: its message is the Chinese sentence printed before exit 1. */
export class PackageError extends Error {}

/** The add-in's files in `dist`, relative with "/"; throws PackageError when a page is missing. */
export function addinFiles(dist: string): string[];

/** The files (relative to the add-in's folder, query dropped) that the manifest's URLs under `base` point at. */
export function manifestTargets(xml: string, base: string): string[];

/** Writes `out` from `dist` for the add-in served at `url`; throws PackageError when it cannot. */
export function packageAddin(options: { dist: string; out: string; url: string; manifestSource: string }): { files: string[]; manifest: string };

/** The script: 0 written (or skipped with a warning when LUOSHI_ADDIN_URL is unset), 1 refused. */
export function main(
  env?: Record<string, string | undefined>,
  log?: (text: string) => void,
  warn?: (text: string) => void,
  root?: string,
): number;
