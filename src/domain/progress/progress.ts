/**
 * `progressOfSheet`: the half-year check (时间过半、任务过半) of one ledger sheet
 * (docs/progress.md). Per data row t, p and a status; per unit T, P, counts and rates; a basis label
 * printed on every output. Bad sheets are a value (`ok: false` with a sentence); bad options
 * from the caller throw. See docs/progress.md.
 */
import type { SheetSnapshot } from "../sheet";
import { isSourceUnitHeader } from "../merge/merge";
import { createGrid } from "../recognize/grid";
import { recognize } from "../recognize/recognize";
import type { Recognized } from "../recognize/types";
import type { DeadlineContext } from "../parse/deadlineTypes";
import { isIsoDate, toIso } from "../parse/isoDate";
import { aggregate } from "./aggregate";
import { createWorkdayCounter, partsOf } from "./days";
import { elapsed } from "./elapsed";
import { createJudge, type Frame } from "./judge";
import * as say from "./messages";
import { createRowReader } from "./rowCells";
import {
  DEFAULT_TOLERANCE, TIME_BASES, type ProgressNotReady, type ProgressOptions, type ProgressReport, type ProgressRow,
  type ReportYear,
} from "./types";

/** Bad callers throw: an unreadable check date, an unknown basis, a tolerance outside 0–1 … */
function checkOptions(options: ProgressOptions): void {
  if (typeof options.checkDate !== "string" || !isIsoDate(options.checkDate)) {
    throw new Error(`progressOfSheet: checkDate must be YYYY-MM-DD, got "${String(options.checkDate)}"`);
  }
  if (!TIME_BASES.includes(options.basis)) throw new Error(`progressOfSheet: unknown basis "${String(options.basis)}"`);
  const tol = options.tolerance;
  if (tol !== undefined && !(typeof tol === "number" && tol >= 0 && tol <= 1)) {
    throw new Error(`progressOfSheet: tolerance must be in [0, 1], got ${String(tol)}`);
  }
  if (options.year !== undefined && !Number.isInteger(options.year)) throw new Error(`progressOfSheet: bad year ${String(options.year)}`);
  if (options.basis === "workday" && !options.calendar) {
    throw new Error("progressOfSheet: the workday basis needs a WorkdayCalendar (src/calendar/chineseDays.ts)");
  }
}

/** A sheet that cannot be checked, with the sentence to show. */
function notReady(sheet: string, reason: ProgressNotReady["reason"], message: string, options: ProgressOptions): ProgressNotReady {
  return { ok: false, sheet, reason, message, checkDate: options.checkDate, basis: options.basis };
}

/** The plan year: the sheet's (title, sheet name, fill line), else the option as a setting. */
function planYear(recognized: Recognized, options: ProgressOptions): ReportYear | null {
  if (recognized.year) return { value: recognized.year.value, foundIn: recognized.year.foundIn };
  if (options.year !== undefined) return { value: options.year, foundIn: "setting" };
  return null;
}

/**
 * Check the progress of one ledger sheet at `options.checkDate`. Each data row is a row (a task
 * merged over several measure rows counts once per row). Not a ledger, or a list without a
 * 完成时限 column → `{ ok: false, reason, message }`. Throws only for bad options.
 */
export function progressOfSheet(snapshot: SheetSnapshot, options: ProgressOptions): ProgressReport {
  checkOptions(options);
  const recognition = options.recognition ?? recognize(snapshot, options.year !== undefined ? { year: options.year } : {});
  if (!recognition.ok) return notReady(snapshot.name, recognition.reason, recognition.message, options);
  const { list } = recognition;
  if (!list.columns.some((c) => c.field === "deadline")) {
    return notReady(snapshot.name, "no-deadline-column", say.listWithoutDeadlineMessage(snapshot.name, list.name), options);
  }
  if (!recognition.columns.some((c) => c.field === "deadline")) {
    return notReady(snapshot.name, "no-deadline-column", say.missingDeadlineColumnMessage(snapshot.name), options);
  }

  const { checkDate, basis } = options;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const year = planYear(recognition, options);
  const counter = basis === "workday" && options.calendar ? createWorkdayCounter(options.calendar) : undefined;
  const frame: Frame = { checkDate, basis, tolerance, year };
  if (counter) frame.counter = counter;
  const judge = createJudge(frame);
  const defaultUnit = recognition.unit?.value ?? snapshot.name;

  const ctx: DeadlineContext = year ? { year: year.value, yearFoundIn: year.foundIn } : {};
  const grid = createGrid(snapshot);
  const read = createRowReader(snapshot, grid, recognition, ctx);
  // In a 汇总 the unit judged is the one that sent the row (来源单位), not its own 责任单位
  // (docs/merging.md "Which unit a row belongs to").
  const sourceCol = recognition.unknownHeaders.find((h) => isSourceUnitHeader(h.header))?.col;
  const rows = recognition.dataRows.map((r): ProgressRow => {
    const cells = read(r);
    const source = sourceCol === undefined ? "" : grid.text(r, sourceCol).trim();
    const unit = source !== "" ? source : cells.unit !== "" ? cells.unit : defaultUnit;
    return { row: r + 1, unit, task: cells.task, deadlineText: cells.deadlineText, ...judge(cells) };
  });

  const yearProgress = year ? elapsed(toIso(year.value, 1, 1), checkDate, toIso(year.value, 12, 31), basis, counter).t : null;
  const warnings: string[] = [];
  if (!year) warnings.push(say.NO_YEAR_WARNING);
  else if (partsOf(checkDate).y !== year.value) warnings.push(say.checkOutsideYearWarning(checkDate, year.value));
  if (rows.length === 0) warnings.push(say.NO_ROWS_WARNING);
  else if (!recognition.columns.some((c) => c.field === "progress" || c.field === "status")) warnings.push(say.NO_PROGRESS_COLUMN_WARNING);
  if (counter && counter.missingYears.size > 0) warnings.push(say.missingHolidaysWarning([...counter.missingYears].sort((a, b) => a - b)));

  const { units, total } = aggregate(rows, checkDate);
  const taskCol = recognition.columns.find((c) => c.field === "task")?.col;
  return {
    ok: true,
    sheet: snapshot.name,
    list: list.id,
    checkDate,
    basis,
    basisLabel: say.basisLabel(basis, checkDate, year?.value ?? null, yearProgress),
    ruleLabel: say.ruleLabel(tolerance),
    tolerance,
    year,
    yearProgress,
    warnings,
    rows,
    units,
    total,
    ...(taskCol !== undefined && { taskCol }),
  };
}
