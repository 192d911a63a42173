/**
 * Writing a sheet of our own through Office.js, as steps of a batch: the batch's first request
 * has learnt the sheet names and the active sheet; the new sheet's creation and the write steps
 * are then packed into requests under the budget (one request for most results; a 20,000-row
 * table takes a few). "replace" adds the new sheet before deleting the old one (a workbook
 * keeps one visible sheet) and moves it to the old position, all in one step so that a refused
 * request never leaves half of it done.
 */

import { checkCharts } from "../common/charts";
import { freeSheetName, sameSheetName, sanitizeSheetName, STORE_SHEET } from "../common/sheetNames";
import type { SheetWrite } from "../port";
import { CALL_BYTES, type Step } from "./batches";
import type { SheetProxies } from "./sheetProxies";
import { writeSteps, type WriteStep } from "./writeSteps";

/** A sheet as the batch's first request found it (or as the batch has changed it since). */
export interface KnownSheet {
  name: string;
  position: number;
  visible: boolean;
}

/** What planning a write needs from the batch. */
export interface WritePlanContext {
  context: Excel.RequestContext;
  sheets: SheetProxies;
  /** The workbook's sheets in tab order (updated as the batch adds sheets). */
  known: KnownSheet[];
  /** The active sheet's name. */
  active: string;
}

/** Steps writing `spec`; the name used. */
export function planSheetWrite(ctx: WritePlanContext, spec: SheetWrite, budget: number): { name: string; steps: Step[] } {
  checkCharts(spec.charts);
  const names = ctx.known.map((s) => s.name);
  const wanted = sanitizeSheetName(spec.sheet);
  const existing = ctx.known.find((s) => s.name === wanted) ?? ctx.known.find((s) => sameSheetName(s.name, wanted));
  const replace = existing !== undefined && spec.ifExists === "replace" && !sameSheetName(existing.name, STORE_SHEET) ? existing : undefined;
  const name = replace ? replace.name : freeSheetName(wanted, names);
  const temporary = replace ? temporaryName(names) : name;

  const create: Step = {
    bytes: CALL_BYTES * 5,
    queue: () => {
      const sheets = ctx.context.workbook.worksheets;
      const fresh = sheets.add(temporary); // ExcelApi 1.1
      if (replace) {
        sheets.getItem(replace.name).delete(); // ExcelApi 1.1
        fresh.name = name;
        fresh.position = replace.position; // ExcelApi 1.1
      }
      ctx.sheets.set(name, fresh);
    },
  };
  if (!replace) ctx.known.push({ name, position: ctx.known.length, visible: true });

  const onSheet = (s: WriteStep): Step => ({
    bytes: s.bytes,
    queue: () => s.queue(ctx.sheets.get(name)),
    split: s.split && (() => s.split!().map(onSheet)),
    done: s.done && (() => s.done!()?.map(onSheet)),
  });
  const steps = writeSteps(spec, Math.min(256 * 1024, Math.floor(budget / 16))).map(onSheet);
  if (spec.activate || (replace && sameSheetName(ctx.active, replace.name))) {
    steps.push({ bytes: CALL_BYTES, queue: () => ctx.sheets.get(name).activate() }); // ExcelApi 1.1
    ctx.active = name;
  }
  return { name, steps: [create, ...steps] };
}

function temporaryName(names: string[]): string {
  for (let n = 1; ; n++) {
    const candidate = `_luoshi_new${n}`;
    if (!names.some((x) => sameSheetName(x, candidate))) return candidate;
  }
}
