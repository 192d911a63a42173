/**
 * Values as Office.js must receive them so that Excel stores exactly what the port was given.
 * `range.values` parses strings like typed input ("=…" becomes a formula, "001" a number,
 * "2023-06-30" a date, "TRUE" a boolean, zh-CN Excel even turns full-width digits into numbers),
 * so a string Excel could parse is sent with a leading apostrophe, which Excel, like a clerk
 * typing it, takes as "this is text" (the apostrophe is not stored; the cell gets the quote
 * prefix). Plain words are sent as they are. `null` is sent as "" (Office reads null as
 * "leave the cell unchanged").
 */

import type { CellValue } from "../../domain/sheet";

/** Whether Excel could read the string as something other than text. */
export function needsTextPrefix(text: string): boolean {
  if (text === "") return false;
  return /^[\s=+\-@'#]/.test(text) || /[0-9０-９]/.test(text) || /^\s*(true|false)\s*$/i.test(text);
}

/** A port value as an Office.js input value. */
export function toExcelInput(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return needsTextPrefix(value) ? `'${value}` : value;
}

/** Office.js values (empty cells are "") as port values (null for empty). */
export function fromExcelValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}
