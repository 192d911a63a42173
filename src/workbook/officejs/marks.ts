/**
 * Marks in Excel: a solid fill per cell (Office.js has no note API before ExcelApi 1.18, so a
 * mark's note is not shown here). The cells' original fills are read with one
 * `getCellProperties` per row run ("no fill" reads as #FFFFFF with pattern None) and recorded
 * in the store; clearing sets each fill back, with `fill.clear()` where there was none.
 */

import type { CellArea } from "../../domain/sheet";
import { decodeMarks, encodeMarks, marksKey, uniqueMarks, type MarkedCell } from "../common/markRecord";
import type { CellMark } from "../port";
import { CALL_BYTES, packBatches } from "./batches";
import { probeStore, queueDeleteStored, queueSetStored, readProbedStore, storeBytes, type FoundStore } from "./store";

interface Step {
  bytes: number;
  queue: () => void;
}

const FILL_QUERY: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

/** Mark cells of `sheet`, first clearing its earlier marks. */
export async function markCells(context: Excel.RequestContext, sheet: string, marks: CellMark[], budget: number): Promise<void> {
  const unique = uniqueMarks(marks);
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.load("name");
  const probe = probeStore(context);
  const runs = rowRuns(unique.map((m) => ({ row: m.row, col: m.col, key: "" })));
  const found = new Map<string, string | null>();
  const lookups = packBatches(runs.map((run) => CALL_BYTES * 2 + run.colCount * 60), budget);
  for (const batch of lookups.length ? lookups : [[]]) {
    const results = batch.map((i) => ({ run: runs[i], props: ws.getRangeByIndexes(runs[i].row, runs[i].col, 1, runs[i].colCount).getCellProperties(FILL_QUERY) }));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch of fill lookups under the request budget
    await context.sync();
    for (const { run, props } of results) {
      props.value[0].forEach((p, j) => found.set(`${run.row},${run.col + j}`, originalFill(p)));
    }
  }
  const store = await readProbedStore(context, probe);
  const key = marksKey(ws.name);
  const previous = decodeMarks(store.contents.settings.get(key)?.value ?? null);
  const before = new Map(previous.map((m) => [`${m.row},${m.col}`, m]));
  const record: MarkedCell[] = unique.map((m) => before.get(`${m.row},${m.col}`) ?? { row: m.row, col: m.col, fill: found.get(`${m.row},${m.col}`) ?? null });
  const marked = new Set(unique.map((m) => `${m.row},${m.col}`));
  const steps: Step[] = [
    ...restoreSteps(ws, previous.filter((m) => !marked.has(`${m.row},${m.col}`))),
    ...fillSteps(ws, unique.map((m) => ({ row: m.row, col: m.col, key: m.fill })), (range, fill) => (range.format.fill.color = fill)),
  ];
  const text = encodeMarks(record);
  steps.push({ bytes: storeBytes(text), queue: () => (record.length ? queueSetStored(context, store, key, text) : queueDeleteStored(store, key)) });
  await runSteps(context, steps, budget);
}

/** Restore the original fills of every cell marked on `sheet` and forget the record. */
export async function clearMarks(context: Excel.RequestContext, sheet: string, budget: number): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.load("name");
  const probe = probeStore(context);
  await context.sync();
  const store = await readProbedStore(context, probe);
  const key = marksKey(ws.name);
  if (!store.contents.settings.has(key)) return;
  const steps = restoreSteps(ws, decodeMarks(store.contents.settings.get(key)?.value ?? null));
  steps.push({ bytes: CALL_BYTES, queue: () => queueDeleteStored(store as FoundStore, key) });
  await runSteps(context, steps, budget);
}

/** The original fill from Office's cell properties: null for none (pattern None). */
function originalFill(p: Excel.CellProperties): string | null {
  const fill = p.format?.fill;
  if (!fill || fill.pattern === "None" || !fill.color) return null;
  return fill.color.toUpperCase();
}

function restoreSteps(ws: Excel.Worksheet, cells: MarkedCell[]): Step[] {
  return fillSteps(ws, cells.map((m) => ({ row: m.row, col: m.col, key: m.fill ?? "" })), (range, fill) => {
    if (fill === "") range.format.fill.clear();
    else range.format.fill.color = fill;
  });
}

/** One step per run of neighbouring cells in a row that get the same fill. */
function fillSteps(ws: Excel.Worksheet, cells: { row: number; col: number; key: string }[], apply: (range: Excel.Range, fill: string) => void): Step[] {
  return rowRuns(cells).map((run) => ({
    bytes: CALL_BYTES * 3,
    queue: () => apply(ws.getRangeByIndexes(run.row, run.col, 1, run.colCount), run.key),
  }));
}

/** Runs of horizontally adjacent cells with the same key, row by row. */
function rowRuns(cells: { row: number; col: number; key: string }[]): (CellArea & { key: string })[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: (CellArea & { key: string })[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.colCount === c.col && last.key === c.key) last.colCount++;
    else runs.push({ row: c.row, col: c.col, rowCount: 1, colCount: 1, key: c.key });
  }
  return runs;
}

async function runSteps(context: Excel.RequestContext, steps: Step[], budget: number): Promise<void> {
  for (const batch of packBatches(steps.map((s) => s.bytes), budget)) {
    for (const i of batch) steps[i].queue();
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch of fill changes under the request budget
    await context.sync();
  }
}
