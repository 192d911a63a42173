/**
 * Sheet names as Excel allows them: at most 31 characters, none of [ ] : * ? / \, no
 * apostrophe at either end, unique without regard to case, and never "History". Shared by
 * every adapter so a name chosen in the browser is the name chosen in Excel.
 */

/** The very hidden sheet where the product keeps its settings and marks. */
export const STORE_SHEET = "_luoshi";

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME_LENGTH = 31;

const RESERVED = ["history"];

/** Whether two sheet names are the same to Excel (case-insensitive). */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("zh-CN") === b.toLocaleUpperCase("zh-CN");
}

/**
 * A legal sheet name close to `wanted`: forbidden characters become "_", inner apostrophes
 * become "’" (some writers do not escape them in print titles), leading/trailing apostrophes
 * and spaces go, an empty result becomes "Sheet", and the name is cut to 31 characters
 * without splitting a surrogate pair.
 */
export function sanitizeSheetName(wanted: string): string {
  let name = Array.from(wanted.replace(/[[\]:*?/\\]/g, "_"))
    .filter((ch) => ch.charCodeAt(0) >= 0x20)
    .join("");
  name = name.replace(/^[\s']+|[\s']+$/g, "").replace(/'/g, "’");
  if (name === "") name = "Sheet";
  if (RESERVED.includes(name.toLowerCase())) name = `${name}_`;
  return truncate(name, MAX_SHEET_NAME_LENGTH);
}

/**
 * A sanitized name that none of `taken` uses: `wanted` itself when free, else `名称(2)`,
 * `名称(3)`…, cutting the base so the whole stays within 31 characters. The store sheet's
 * name always counts as taken.
 */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const base = sanitizeSheetName(wanted);
  const used = (name: string) => sameSheetName(name, STORE_SHEET) || taken.some((t) => sameSheetName(t, name));
  if (!used(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length).replace(/[\s']+$/, "") + suffix;
    if (!used(candidate)) return candidate;
  }
}

function truncate(name: string, max: number): string {
  if (name.length <= max) return name;
  let cut = name.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut.replace(/[\s']+$/, "");
}
