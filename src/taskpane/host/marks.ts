/**
 * Whether a sheet carries this product's marks: the workbook records every marked cell (to
 * restore it on 清除标记), so a validation run by the ribbon, the CLI or an earlier session is
 * seen from the workbook itself.
 */
import type { WorkbookPort } from "../../workbook/port";
import { decodeMarks, marksKey } from "../../workbook/common/markRecord";

/** True when `sheet` has marks that 清除标记 would remove. */
export async function hasMarks(wb: WorkbookPort, sheet: string): Promise<boolean> {
  return decodeMarks(await wb.getSetting(marksKey(sheet))).length > 0;
}
