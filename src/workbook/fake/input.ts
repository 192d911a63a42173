/**
 * What Excel does with a value written through `range.values`: it parses it like typed input.
 * A string starting with "=" (or "+"/"-"/"@" not followed by a number) becomes a formula,
 * "001" or "1,234" a number, "60%" 0.6 with a percent format, "2023-06-30" a date, "TRUE" a
 * boolean, "#N/A" an error; a leading apostrophe (or a cell formatted "@") keeps the text as
 * typed. `null` leaves the cell unchanged; "" clears it.
 */

import { officeErrors } from "./officeError";
import type { CellModel } from "./model";

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const NUMBER = /^\s*([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?\s*$/;
const PERCENT = /^\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?)\s*%\s*$/;
const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;
const ZH_DATE = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/;

/** Apply one written value to a cell, as Excel would. */
export function writeInput(cell: CellModel, raw: unknown, where: string): void {
  if (raw === null || raw === undefined) return;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw officeErrors.invalidArgument("The argument is invalid or missing or has an incorrect format.", where);
    setValue(cell, raw);
    return;
  }
  if (typeof raw === "boolean") {
    setValue(cell, raw);
    return;
  }
  if (typeof raw !== "string") throw officeErrors.invalidArgument("The argument is invalid or missing or has an incorrect format.", where);
  writeText(cell, raw);
}

function setValue(cell: CellModel, value: string | number | boolean | null, extra: Partial<CellModel> = {}): void {
  cell.value = value;
  delete cell.formula;
  delete cell.quotePrefix;
  Object.assign(cell, extra);
}

function writeText(cell: CellModel, text: string): void {
  if (text === "") return setValue(cell, null);
  if (text.startsWith("'")) return setValue(cell, text.slice(1), { quotePrefix: true });
  if (cell.format === "@") return setValue(cell, text);
  if (text.startsWith("=")) return setFormula(cell, text);
  const number = NUMBER.exec(text);
  if (number) {
    const value = Number(`${number[1]}${number[2].replace(/,/g, "")}${number[3] !== undefined ? `e${number[3]}` : ""}`);
    return setValue(cell, value);
  }
  if (/^[+\-@]/.test(text)) return setFormula(cell, text.startsWith("@") ? `=${text.slice(1)}` : `=${text}`);
  const percent = PERCENT.exec(text);
  if (percent) {
    setValue(cell, Number(percent[1].replace(/,/g, "")) / 100);
    if (cell.format === "General") cell.format = "0%";
    return;
  }
  const date = ISO_DATE.exec(text) ?? ZH_DATE.exec(text);
  if (date) {
    const ms = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    setValue(cell, ms / 86_400_000 + 25569);
    if (cell.format === "General") cell.format = ZH_DATE.test(text) ? 'yyyy"年"m"月"d"日"' : "yyyy/m/d";
    return;
  }
  if (/^(true|false)$/i.test(text.trim())) return setValue(cell, text.trim().toUpperCase() === "TRUE");
  if (ERRORS.includes(text.trim().toUpperCase())) return setValue(cell, text.trim().toUpperCase());
  setValue(cell, text);
}

/** The fake does not calculate: a formula's value is 0, which is never what a text cell held. */
function setFormula(cell: CellModel, formula: string): void {
  setValue(cell, 0, { formula });
}
