/**
 * One ExcelJS cell as the snapshot wants it: the raw value (dates as serials, formulas as their
 * cached result, rich text and links as plain text, errors as "#REF!"), the number format and
 * the text Excel would show.
 */

import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/sheet";
import { dateToSerial, formatCellText } from "../common/numberFormat";

/** A cell read for a snapshot. */
export interface ReadCell {
  value: CellValue;
  text: string;
  format: string;
}

/** Whether the cell is a non-master part of a merged area (ExcelJS repeats the master's value there). */
export function isMergeSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** Whether the cell holds something a snapshot reports (merge slaves and "" count as empty). */
export function hasValue(cell: ExcelJS.Cell): boolean {
  if (isMergeSlave(cell)) return false;
  const v = cell.value;
  return v !== null && v !== undefined && v !== "";
}

/** Read a cell: value, displayed text, number format. */
export function readCell(cell: ExcelJS.Cell): ReadCell {
  const format = cell.style?.numFmt || "General";
  if (isMergeSlave(cell)) return { value: null, text: "", format };
  const raw = cell.value;
  const error = errorOf(raw);
  if (error) return { value: error, text: error, format };
  const value = plainValue(raw);
  return { value, text: formatCellText(value, format), format };
}

/** The plain value of an ExcelJS cell value. */
export function plainValue(raw: ExcelJS.CellValue): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw === "string") return raw === "" ? null : raw;
  if (typeof raw === "boolean") return raw;
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : dateToSerial(raw);
  if ("error" in raw) return raw.error;
  if ("richText" in raw) return raw.richText.map((r) => r.text).join("") || null;
  if ("hyperlink" in raw) return linkText(raw.text);
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = raw.result;
    if (result === undefined || result === null) return null;
    return plainValue(result);
  }
  return JSON.stringify(raw);
}

function errorOf(raw: ExcelJS.CellValue): string | undefined {
  if (raw === null || typeof raw !== "object" || raw instanceof Date) return undefined;
  if ("error" in raw) return raw.error;
  if (("formula" in raw || "sharedFormula" in raw) && raw.result !== null && typeof raw.result === "object" && "error" in raw.result) {
    return raw.result.error;
  }
  return undefined;
}

function linkText(text: unknown): CellValue {
  if (typeof text === "string") return text === "" ? null : text;
  if (typeof text === "object" && text !== null && "richText" in text && Array.isArray(text.richText)) {
    return text.richText.map((r: { text?: unknown }) => String(r.text ?? "")).join("") || null;
  }
  return text === undefined || text === null ? null : String(text);
}
