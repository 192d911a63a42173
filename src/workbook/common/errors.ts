/**
 * The `WorkbookError`s every adapter raises, each with a zh-CN sentence that says what is
 * wrong and what the clerk can do. Host-specific errors live with their adapter.
 */

import { WorkbookError } from "../port";
import { say } from "../../messages";

/** The largest sheet (used-range cells) an adapter reads in one snapshot. */
export const MAX_SNAPSHOT_CELLS = 2_000_000;

/** A sheet that does not exist (or was renamed meanwhile). */
export function noSheetError(name: string): WorkbookError {
  return new WorkbookError(say("workbook.noSheet", { name }), "no-sheet");
}

/** A workbook without any sheet, or with no visible one. */
export function noVisibleSheetError(): WorkbookError {
  return new WorkbookError(say("workbook.noVisibleSheet"), "no-sheet");
}

/** A sheet that exists but is hidden, so it cannot be shown or selected. */
export function hiddenSheetError(name: string): WorkbookError {
  return new WorkbookError(say("workbook.hiddenSheet", { name }), "no-sheet");
}

/** A used range too large to read in one go. */
export function tooLargeError(name: string, rows: number, cols: number): WorkbookError {
  const cells = rows * cols;
  return new WorkbookError(
    say("workbook.tooLarge", { name, rows, cols, tenThousands: Math.round(cells / 10000), limit: MAX_SNAPSHOT_CELLS / 10000 }),
    "too-large",
  );
}
