/**
 * `WorkbookPort.batch` done with the port's single members, one after another: what an
 * adapter without round trips to save (the .xlsx one) needs, and the meaning every adapter's
 * own batch must keep (test/contract/cases/batch.ts).
 */

import type { SheetSnapshot } from "../../domain/sheet";
import type { Batched, Decision, ReadRequest, ReadResult, WorkbookChange, WorkbookPort } from "../port";
import { noSheetError } from "./errors";
import { sameSheetName } from "./sheetNames";

/** Read, decide, change, through `wb`'s single members (so a wrapper overriding one of them is obeyed). */
export async function batchByMembers<T>(wb: WorkbookPort, request: ReadRequest, decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>> {
  let sheet: string | undefined;
  let snapshot: SheetSnapshot | undefined;
  if (request.sheet) {
    const wanted = request.sheet.name;
    if (wanted === undefined) {
      sheet = await wb.activeSheet();
    } else {
      const sheets = await wb.listSheets();
      const found = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => sameSheetName(s.name, wanted));
      if (!found) throw noSheetError(wanted);
      sheet = found.name;
    }
    if (request.sheet.cells !== false && !request.sheet.skip?.(sheet)) snapshot = await wb.readSheet(sheet);
  }
  const settings = new Map<string, string | null>();
  for (const key of request.settings ?? []) settings.set(key, await wb.getSetting(key));
  const decision = decide({ sheet, snapshot, settings });
  const names: string[] = [];
  for (const change of decision.changes) names.push(await applyChange(wb, change));
  return { value: decision.value, names };
}

/** Make one change with the matching single member; the name it used. */
export async function applyChange(wb: WorkbookPort, change: WorkbookChange): Promise<string> {
  switch (change.kind) {
    case "writeSheet":
      return wb.writeSheet(change.spec);
    case "markCells":
      await wb.markCells(change.sheet, change.marks);
      return change.sheet;
    case "clearMarks":
      await wb.clearMarks(change.sheet);
      return change.sheet;
    case "setSetting":
      await wb.setSetting(change.key, change.value);
      return change.key;
    case "appendRows":
      await wb.appendRows(change.sheet, change.at, change.rows);
      return change.sheet;
  }
}
