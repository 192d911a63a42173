/**
 * Writing a sheet of our own through Office.js: one request to learn the sheet names, then the
 * new sheet's creation and the write steps packed into requests under the budget (one request
 * for most results; a 20,000-row table takes a few). "replace" adds the new sheet before
 * deleting the old one (a workbook keeps one visible sheet) and moves it to the old position.
 */

import { checkCharts } from "../common/charts";
import { freeSheetName, sameSheetName, sanitizeSheetName, STORE_SHEET } from "../common/sheetNames";
import type { SheetWrite } from "../port";
import { CALL_BYTES, packBatches } from "./batches";
import { writeSteps, type WriteStep } from "./writeSteps";

/** Write `spec`; returns the name used. */
export async function writeSheet(context: Excel.RequestContext, spec: SheetWrite, budget: number): Promise<string> {
  checkCharts(spec.charts);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position");
  const active = sheets.getActiveWorksheet();
  active.load("name");
  await context.sync();

  const existingSheets = sheets.items.map((s) => ({ name: s.name, position: s.position }));
  const names = existingSheets.map((s) => s.name);
  const wanted = sanitizeSheetName(spec.sheet);
  const existing = existingSheets.find((s) => s.name === wanted) ?? existingSheets.find((s) => sameSheetName(s.name, wanted));
  const replace = existing !== undefined && spec.ifExists === "replace" && !sameSheetName(existing.name, STORE_SHEET) ? existing : undefined;
  const name = replace ? replace.name : freeSheetName(wanted, names);

  const fresh = sheets.add(replace ? temporaryName(names) : name);
  if (replace) {
    sheets.getItem(replace.name).delete();
    fresh.name = name;
    fresh.position = replace.position;
  }
  const steps: WriteStep[] = writeSteps(spec, Math.min(1024 * 1024, Math.floor(budget / 4)));
  if (spec.activate || (replace && sameSheetName(active.name, replace.name))) steps.push({ bytes: CALL_BYTES, queue: (ws) => ws.activate() });
  const batches = packBatches(steps.map((s) => s.bytes), budget - CALL_BYTES * 4);
  if (batches.length === 0) await context.sync();
  for (const batch of batches) {
    for (const i of batch) steps[i].queue(fresh);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch under the budget: Excel on the web refuses requests over 5 MB
    await context.sync();
  }
  return name;
}

function temporaryName(names: string[]): string {
  for (let n = 1; ; n++) {
    const candidate = `_luoshi_new${n}`;
    if (!names.some((x) => sameSheetName(x, candidate))) return candidate;
  }
}
