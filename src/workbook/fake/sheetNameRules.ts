/** Excel's rules for a worksheet name, as the fake host enforces them on `add` and `name = …`. */

import { officeErrors } from "./officeError";
import type { BookModel } from "./model";

/** Throw as Excel does when `name` cannot name a sheet of `book` (other than `self`). */
export function checkSheetName(book: BookModel, name: string, selfId?: string): void {
  const bad =
    typeof name !== "string" ||
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history";
  if (bad) throw officeErrors.invalidArgument(`The worksheet name '${name}' is invalid.`, "Worksheet.name");
  const taken = book.sheets.some((s) => s.id !== selfId && s.name.toLocaleUpperCase() === name.toLocaleUpperCase());
  if (taken) throw officeErrors.itemAlreadyExists(`A worksheet named '${name}' already exists.`, "Worksheet.name");
}
