/**
 * 规范化 (standardise): a recognised ledger in its list's standard form. Each data row is
 * mapped by field into the standard columns, merged cells filled down, 完成时限 normalised
 * with the text as written kept beside it, the clerk's other columns kept at the right end,
 * section lines kept in place, notes moved below. Blank rows and repeated headers go.
 * See docs/standardize.md.
 */
import type { CellValue, SheetSnapshot } from "../sheet";
import type { DeadlineContext } from "../parse";
import { createGrid, type Grid } from "../recognize/grid";
import type { Recognition, Recognized } from "../recognize/types";
import { normalizeText } from "../text/normalize";
import { planColumns } from "./columns";
import { shownText, writtenCell } from "./cells";
import { normalizeDeadline } from "./deadline";
import type { StandardColumn, StandardizeOutcome, StandardizeReport, StandardLine } from "./types";

export interface StandardizeOptions {
  /** Notes the product writes itself (the template's 五个明确 note): not the clerk's, not counted. */
  ownNotes?: readonly string[];
}

function emptyReport(rec: Recognized): StandardizeReport {
  const nameOf = (field: string) => rec.list.columns.find((c) => c.field === field)?.name ?? field;
  return {
    rowsCopied: rec.dataRows.length,
    sectionsKept: rec.sections.length,
    blankRowsDropped: rec.blankRows.length,
    repeatedHeadersDropped: rec.repeatedHeaders.length,
    mergedCellsFilled: 0,
    deadlinesNormalized: 0,
    deadlinesKept: 0,
    deadlinesUnreadable: [],
    datesConverted: 0,
    seqAdded: 0,
    missingColumns: rec.missing.map(nameOf),
    extraColumns: [],
    notesMoved: 0,
  };
}

/**
 * 序号 for a sheet without a 序号 column: rows share a number while their task is one merged
 * cell (a task over several measure rows), as the clerk numbered tasks, not rows.
 */
function seqNumbers(grid: Grid, rec: Recognized): Map<number, number> {
  const numbers = new Map<number, number>();
  const task = rec.columns.find((c) => c.field === "task")?.col;
  const taskCell = (row: number): string => {
    if (task === undefined || !grid.mergeAt(row, task)) return `row ${row}`;
    const m = grid.master(row, task);
    return `${m.row},${m.col}`;
  };
  let n = 0;
  let previous: number | undefined;
  for (const row of rec.dataRows) {
    if (previous === undefined || taskCell(row) !== taskCell(previous)) n++;
    numbers.set(row, n);
    previous = row;
  }
  return numbers;
}

/** One data row in standard columns, counting what changed into `report`. */
function dataLine(grid: Grid, row: number, columns: readonly StandardColumn[], ctx: DeadlineContext, seq: Map<number, number> | undefined, report: StandardizeReport): StandardLine {
  const cells: CellValue[] = [];
  const formats: (string | undefined)[] = [];
  for (const column of columns) {
    if (column.source === undefined) {
      const n = column.field === "seq" ? seq?.get(row) : undefined;
      cells.push(n ?? null);
      formats.push(undefined);
      if (n !== undefined) report.seqAdded++;
      continue;
    }
    const col = column.source;
    const master = grid.master(row, col);
    if (master.col !== col) {
      // A copy of a cell merged across columns: its value belongs to the column it starts in.
      cells.push(null);
      formats.push(undefined);
      continue;
    }
    const cell = { value: grid.value(row, col), text: grid.text(row, col), format: grid.format(row, col) };
    let value: CellValue;
    let format: string | undefined;
    if (column.role === "original-deadline") {
      value = shownText(cell) || null;
    } else if (column.field === "deadline") {
      const d = normalizeDeadline(cell, ctx);
      value = d.text;
      if (d.outcome === "normalized") report.deadlinesNormalized++;
      if (d.outcome === "kept") report.deadlinesKept++;
      if (d.outcome === "unreadable") report.deadlinesUnreadable.push({ row, text: d.text ?? "", explain: d.explain });
    } else {
      const w = writtenCell(column.kind, column.role, cell, ctx);
      value = w.value;
      format = w.format;
      if (w.dateConverted) report.datesConverted++;
    }
    if (master.row < row && value !== null && column.role !== "original-deadline") report.mergedCellsFilled++;
    cells.push(value);
    formats.push(format);
  }
  return { kind: "data", sourceRow: row, cells, formats };
}

/** Standardise a sheet from its snapshot and how it was recognised. Never throws on bad data. */
export function standardize(snapshot: SheetSnapshot, recognition: Recognition, options: StandardizeOptions = {}): StandardizeOutcome {
  if (!recognition.ok) return { ok: false, reason: recognition.reason, message: recognition.message };
  const rec = recognition;
  const grid = createGrid(snapshot);
  const columns = planColumns(grid, rec);
  const report = emptyReport(rec);
  report.extraColumns = columns.filter((c) => c.role === "extra").map((c) => c.header);
  const ctx: DeadlineContext = rec.year ? { year: rec.year.value, yearFoundIn: rec.year.foundIn } : {};
  const hasSeq = rec.list.columns.some((c) => c.field === "seq") && !rec.columns.some((c) => c.field === "seq");
  const seq = hasSeq ? seqNumbers(grid, rec) : undefined;

  const lines: StandardLine[] = [
    ...rec.dataRows.map((row) => dataLine(grid, row, columns, ctx, seq, report)),
    ...rec.sections.map((s): StandardLine => ({ kind: "section", sourceRow: s.row, text: s.text })),
  ].sort((a, b) => a.sourceRow - b.sourceRow);

  const own = new Set((options.ownNotes ?? []).map(normalizeText));
  const notes = rec.notes.map((n) => n.text).filter((text) => !own.has(normalizeText(text)));
  report.notesMoved = notes.length;

  return {
    ok: true,
    ledger: {
      list: rec.list,
      sourceSheet: snapshot.name,
      ...(rec.unit && { unit: rec.unit.value }),
      ...(rec.year && { year: rec.year.value }),
      ...(rec.fillDate !== undefined && { fillDate: rec.fillDate }),
      ...(rec.fillLine?.person !== undefined && { person: rec.fillLine.person }),
      ...(rec.fillLine?.phone !== undefined && { phone: rec.fillLine.phone }),
      columns,
      lines,
      notes,
      report,
    },
  };
}
