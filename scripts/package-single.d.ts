/** Types for scripts/package-single.js (CommonJS, a step of `npm run package`; used by test/e2e/single.e2e.ts and bench/single.ts). */

/** The single file's name: 落实台账助手（浏览器版）.html. */
export const FILE_NAME: string;

/** A refusal: its message is the Chinese sentence printed before exit 1. */
export class PackageError extends Error {}

/** The policy's source for a script's text: `'sha256-…'`. */
export function scriptHash(code: string): string;

/** Code as the text of a non-running script element (a JSON string, every "<" escaped). */
export function held(code: string): string;

/** Writes the single file from `dist` (a production build) into `out` (default dist/ and package/); throws PackageError when dist/ is not a build. */
export function packageSingle(options?: { dist?: string; out?: string }): {
  file: string;
  bytes: number;
  gzipBytes: number;
  entries: string[];
  chunks: string[];
};

/** The script: 0 written, 1 refused. */
export function main(log?: (text: string) => void, warn?: (text: string) => void): number;
