/**
 * 阶段检查 (stage check): what the county office checks at the end of each quarter (seed 四(三)2,
 * 建立阶段性督导机制), run over every visible ledger sheet of one workbook, as plain data and one
 * summary sheet. q1 which lists exist and whether they validate; q2 时间过半、任务过半 per unit;
 * q3 the rows reported done (for 实地核查) and the slow units; q4 every row due by year end, done
 * or not. See docs/stage-check.md.
 */
import type { SheetSnapshot, WorkbookPort } from "../workbook/port";
import { recognize } from "../domain/recognize/recognize";
import { createGrid, type Grid } from "../domain/recognize/grid";
import { readRow } from "../domain/recognize/record";
import type { Recognized } from "../domain/recognize/types";
import { LISTS } from "../domain/lists/catalogue";
import { validateSnapshot } from "../domain/validate/validate";
import { RULES } from "../domain/validate/catalogue";
import type { RuleId, SheetReport, ValidationSettings } from "../domain/validate/types";
import { progressOfSheet } from "../domain/progress/progress";
import { aggregate } from "../domain/progress/aggregate";
import { EPSILON } from "../domain/progress/status";
import { STAGES, stageDate, type StageId } from "../domain/progress/stages";
import type { ProgressRow, RowStatus, TimeBasis, UnitProgress } from "../domain/progress/types";
import type { IsoDate } from "../domain/parse/isoDate";
import { cellAddress } from "../domain/text/a1";
import { stageLayout } from "../render/stageSheet";
import { say } from "../messages";
import { cannot, done, guarded, type Outcome } from "./outcome";
import { isResultSheet } from "./sheets";
import { calendarFor } from "./progress";
import { loadSettings, thisYearInChina } from "./settings";

export type { StageId };
/** Per stage: the quarter it closes (names the sheet) and what the seed checks then. */
export const STAGE_INFO: Record<StageId, { quarter: string; topic: string }> = {
  q1: { quarter: "一季度", topic: say("stage.topic.q1") },
  q2: { quarter: "二季度", topic: say("stage.topic.q2") },
  q3: { quarter: "三季度", topic: say("stage.topic.q3") },
  q4: { quarter: "四季度", topic: say("stage.topic.q4") },
};

/** The lists whose rows the progress stages (q2–q4) judge: the annual key-work lists. */
export const STAGE_LISTS: readonly string[] = ["tasks", "support"];

/** Where the year came from: `--year`, the first ledger that states one, the settings, this year. */
export type YearSource = "option" | "sheet" | "setting" | "today";

/** A visible sheet the stage did not check, with a short reason (`不是台账`, `调研台账`). */
export interface SkippedSheet { sheet: string; reason: string }

/**
 * What every stage result holds: `quarter` 一季度…四季度 (names the sheet), `period` 一季度, 上半年,
 * 前三季度, 全年 (as 通报 name it), `topic` what the seed checks then, `checkDate` the stage date of
 * `year`, `sheets` the sheets checked (empty when there was nothing to check: `summary` says why),
 * `problems` what was found wrong (q1 lists not standard, q2 units failing, q3 slow units, q4 rows
 * not done), `summary` a zh-CN sentence with the numbers, `written` the sheet written.
 */
export interface StageBase {
  stage: StageId; quarter: string; period: string; topic: string; year: number; yearFrom: YearSource; checkDate: IsoDate;
  sheets: string[]; skipped: SkippedSheet[]; problems: number; summary: string; written?: string;
}

/**
 * q1: one sheet of a list as validated: 规范 (`standard`) when no error-level finding; `problems`
 * the most frequent error and warning rules (`五个明确缺项 2 处`); `address` the header's first cell.
 */
export interface SheetCheck {
  sheet: string; unit: string | null; rows: number; errors: number; warnings: number; info: number;
  standard: boolean; problems: string; address: string;
}

/** q1: one list of the catalogue, established (with its sheets) or not; `standard` null when not. */
export interface ListCheck { id: string; name: string; established: boolean; rows: number; standard: boolean | null; sheets: SheetCheck[] }

export interface Q1Result extends StageBase { stage: "q1"; lists: ListCheck[] }

/** What the progress stages (q2–q4) add: how time progress was counted, as every output prints it. */
export interface TimedBase extends StageBase { basis: TimeBasis; basisLabel: string; ruleLabel: string; tolerance: number; warnings: string[] }

/**
 * One unit over all checked sheets: T, P, gap, 逾期/滞后 counts, `pass` 时间过半、任务过半 (P ≥ T
 * and nothing overdue; null when unknown), `note` what is behind in words ("" when nothing).
 */
export interface UnitCheck {
  unit: string; rows: number; timeProgress: number | null; taskProgress: number | null; gap: number | null;
  overdue: number; lagging: number; pass: boolean | null; note: string;
}

/**
 * A ledger row listed on the sheet: `row` 1-based, `address` its 任务 cell (the link's target),
 * `progress` 完成进度 and 完成情况 as written (`100%；已完成`), `report` 进展情况, `late` 逾期完成.
 */
export interface ListedRow {
  sheet: string; row: number; address: string; unit: string; task: string; deadline: string; due: IsoDate | null;
  status: RowStatus; t: number | null; p: number | null; progress: string; report: string; late: boolean;
}

export interface Q2Result extends TimedBase { stage: "q2"; units: UnitCheck[]; behind: ListedRow[] }
export interface Q3Result extends TimedBase { stage: "q3"; done: ListedRow[]; slow: (UnitCheck & { action: "提醒函" })[] }
export interface Q4Row extends ListedRow { done: boolean }
export interface UnitTally { unit: string; due: number; done: number; notDone: number; notDoneTasks: string[] }
/** q4; `excluded` counts rows not listed: 长期/周期性, 完成时限无法识别, due after the year end. */
export interface Q4Result extends TimedBase {
  stage: "q4"; units: UnitTally[]; rows: Q4Row[]; excluded: { ongoing: number; unreadable: number; later: number };
}
export type StageResult = Q1Result | Q2Result | Q3Result | Q4Result;

/** `year` of the stage date (default: the first ledger's, else the settings', else this year in China); `write` default true. */
export interface StageCheckOptions { stage: StageId; year?: number; basis?: TimeBasis; write?: boolean }

interface Ledger { snapshot: SheetSnapshot; rec: Recognized; grid?: Grid }
interface Tagged { ledger: Ledger; row: ProgressRow }

/** Sheets the product writes (results), never checked as ledgers. */
const points = (x: number): string => String(Math.round(Math.abs(x) * 1000) / 10);

/** Every visible ledger (recognised once); empty sheets are left out quietly. */
async function readLedgers(wb: WorkbookPort): Promise<{ ledgers: Ledger[]; skipped: SkippedSheet[] }> {
  const ledgers: Ledger[] = [];
  const skipped: SkippedSheet[] = [];
  for (const info of await wb.listSheets()) {
    if (!info.visible || isResultSheet(info.name)) continue;
    const snapshot = await wb.readSheet(info.name);
    const rec = recognize(snapshot);
    if (rec.ok) ledgers.push({ snapshot, rec });
    else if (rec.reason !== "empty") skipped.push({ sheet: info.name, reason: say("stage.skip.notLedger") });
  }
  return { ledgers, skipped };
}

/** The most frequent error, then warning rules of a report, at most three. */
function mainProblems(r: SheetReport): string {
  const rank = (id: RuleId): number => (r.findings.find((f) => f.rule === id)?.severity === "error" ? 0 : 1);
  const ids = (Object.keys(r.byRule) as RuleId[]).filter((id) => r.findings.some((f) => f.rule === id && f.severity !== "info"));
  ids.sort((a, b) => rank(a) - rank(b) || (r.byRule[b] ?? 0) - (r.byRule[a] ?? 0));
  return ids.slice(0, 3).map((id) => say("stage.problem", { title: RULES[id].title, count: r.byRule[id] ?? 0 })).join("；");
}

function stageQ1(base: StageBase, ledgers: Ledger[], settings: ValidationSettings): Q1Result {
  const byList = new Map<string, SheetCheck[]>();
  for (const { snapshot, rec } of ledgers) {
    const r = validateSnapshot(snapshot, { settings: { ...settings, year: base.year }, recognition: rec });
    const { error, warning, info } = r.counts;
    const check: SheetCheck = {
      sheet: snapshot.name, unit: rec.unit?.value ?? null, rows: r.rows, errors: error, warnings: warning, info,
      standard: error === 0, problems: mainProblems(r), address: cellAddress(rec.headerTop, rec.firstCol),
    };
    byList.set(rec.list.id, [...(byList.get(rec.list.id) ?? []), check]);
  }
  const lists = LISTS.map((l): ListCheck => {
    const sheets = byList.get(l.id) ?? [];
    const rows = sheets.reduce((n, s) => n + s.rows, 0);
    return { id: l.id, name: l.name, established: sheets.length > 0, rows, standard: sheets.length ? sheets.every((s) => s.standard) : null, sheets };
  });
  const built = lists.filter((l) => l.established).length;
  const bad = lists.filter((l) => l.standard === false).length;
  const summary = say("stage.summary.q1", { year: base.year, date: base.checkDate, built, bad, missing: lists.length - built });
  return { ...base, stage: "q1", lists, problems: bad, summary };
}

/** A unit's line, with what is behind in words. */
function unitCheck(u: UnitProgress): UnitCheck {
  const overdue = u.counts["逾期"];
  const lagging = u.counts["滞后"];
  const note: string[] = [];
  if (u.gap !== null && u.gap < -EPSILON) note.push(say("stage.note.gap", { points: points(u.gap) }));
  if (overdue) note.push(say("stage.note.overdue", { count: overdue }));
  if (lagging) note.push(say("stage.note.lagging", { count: lagging }));
  if (u.pass === null) note.push(say("stage.note.unknown"));
  return { unit: u.unit, rows: u.rows, timeProgress: u.timeProgress, taskProgress: u.taskProgress, gap: u.gap, overdue, lagging, pass: u.pass, note: note.join("；") };
}

function listed({ ledger, row }: Tagged): ListedRow {
  ledger.grid ??= createGrid(ledger.snapshot);
  const cells = readRow(ledger.grid, ledger.rec, row.row - 1);
  return {
    sheet: ledger.snapshot.name, row: row.row, address: cellAddress(row.row - 1, cells.task?.col ?? ledger.rec.firstCol),
    unit: row.unit, task: row.task, deadline: row.deadlineText, due: row.deadline.due, status: row.status, t: row.t, p: row.p,
    progress: [cells.progress?.text, cells.status?.text].filter(Boolean).join("；"), report: cells.report?.text ?? "", late: row.lateCompletion === true,
  };
}

/** q2–q4: the progress of every key-work sheet at the stage date, rows tagged with their sheet. */
async function timed(base: StageBase, ledgers: Ledger[], basis: TimeBasis, tolerance: number): Promise<{ t: TimedBase; rows: Tagged[] }> {
  const t: TimedBase = { ...base, basis, basisLabel: "", ruleLabel: "", tolerance, warnings: [] };
  const rows: Tagged[] = [];
  const calendar = await calendarFor(basis);
  for (const ledger of ledgers) {
    const name = ledger.snapshot.name;
    if (!STAGE_LISTS.includes(ledger.rec.list.id)) {
      t.skipped.push({ sheet: name, reason: ledger.rec.list.name });
      continue;
    }
    const r = progressOfSheet(ledger.snapshot, { checkDate: base.checkDate, basis, tolerance, year: base.year, calendar, recognition: ledger.rec });
    if (!r.ok) {
      t.skipped.push({ sheet: name, reason: say("stage.skip.noDeadline") });
      continue;
    }
    if (!t.sheets.length) Object.assign(t, { basisLabel: r.basisLabel, ruleLabel: r.ruleLabel });
    t.sheets.push(name);
    t.warnings.push(...r.warnings.map((warning) => say("progress.sheetWarning", { sheet: name, warning })));
    for (const row of r.rows) rows.push({ ledger, row });
  }
  return { t, rows };
}

const units = (rows: Tagged[], checkDate: IsoDate): UnitCheck[] => aggregate(rows.map((r) => r.row), checkDate).units.map(unitCheck);
const PASS_ORDER = (p: boolean | null): number => (p === false ? 0 : p === null ? 1 : 2);

function stageQ2(t: TimedBase, rows: Tagged[]): Q2Result {
  const list = units(rows, t.checkDate).sort((a, b) => PASS_ORDER(a.pass) - PASS_ORDER(b.pass));
  const count = (p: boolean | null) => list.filter((u) => u.pass === p).length;
  const behind = rows.filter((r) => r.row.status === "逾期" || r.row.status === "滞后").map(listed);
  const sum = (k: "overdue" | "lagging") => list.reduce((n, u) => n + u[k], 0);
  const summary = say("stage.summary.q2", {
    year: t.year, date: t.checkDate, units: list.length, pass: count(true), fail: count(false),
    unknown: count(null) ? say("stage.summary.q2.unknown", { count: count(null) }) : "", overdue: sum("overdue"), lagging: sum("lagging"),
  });
  return { ...t, stage: "q2", units: list, behind, problems: count(false), summary };
}

function stageQ3(t: TimedBase, rows: Tagged[]): Q3Result {
  const done = rows.filter((r) => r.row.status === "已完成").map(listed);
  const slow = units(rows, t.checkDate)
    .filter((u) => (u.gap !== null && u.gap < -t.tolerance - EPSILON) || u.overdue > 0 || u.lagging > 0)
    .map((u) => ({ ...u, action: "提醒函" as const }));
  const who = slow.length ? say("stage.summary.q3.slow", { count: slow.length, units: slow.map((u) => u.unit).join("、") }) : say("stage.summary.q3.none");
  const summary = say("stage.summary.q3", { year: t.year, date: t.checkDate, done: done.length, who });
  return { ...t, stage: "q3", done, slow, problems: slow.length, summary };
}

function stageQ4(t: TimedBase, rows: Tagged[]): Q4Result {
  const excluded = { ongoing: 0, unreadable: 0, later: 0 };
  const tallies = new Map<string, UnitTally>();
  const listedRows: Q4Row[] = [];
  for (const r of rows) {
    const d = r.row.deadline;
    if (d.kind === "ongoing" || d.kind === "recurring") excluded.ongoing++;
    else if (d.due === null) excluded.unreadable++;
    else if (d.due > t.checkDate) excluded.later++;
    else {
      const row: Q4Row = { ...listed(r), done: r.row.status === "已完成" };
      const u = tallies.get(row.unit) ?? { unit: row.unit, due: 0, done: 0, notDone: 0, notDoneTasks: [] };
      tallies.set(row.unit, u);
      listedRows.push(row);
      u.due++;
      if (row.done) u.done++;
      else u.notDoneTasks.push(row.task);
      u.notDone = u.due - u.done;
    }
  }
  const order = [...tallies.keys()];
  listedRows.sort((a, b) => order.indexOf(a.unit) - order.indexOf(b.unit));
  const list = [...tallies.values()];
  const notDone = listedRows.filter((r) => !r.done).length;
  const summary = say("stage.summary.q4", {
    year: t.year, date: t.checkDate, due: listedRows.length, done: listedRows.length - notDone, notDone,
    units: notDone ? say("stage.summary.q4.units", { count: list.filter((u) => u.notDone).length }) : "",
  });
  return { ...t, stage: "q4", units: list, rows: listedRows, excluded, problems: notDone, summary };
}

/**
 * Run one stage check over the workbook's visible ledger sheets and (unless `write` is false)
 * write the `阶段检查（二季度）` sheet, replacing an earlier one. Nothing to check (no ledger; for
 * q2–q4 no key-work list with 完成时限) is a `Cannot` ("no-ledger") that says why.
 */
export function stageCheck(wb: WorkbookPort, options: StageCheckOptions): Promise<Outcome<StageResult>> {
  return guarded(async () => {
    const info = STAGE_INFO[options.stage];
    if (!info) throw new Error(`stageCheck: unknown stage "${String(options.stage)}"`);
    const settings = await loadSettings(wb);
    const { ledgers, skipped } = await readLedgers(wb);
    const own = ledgers.find((l) => l.rec.year)?.rec.year?.value;
    const [year, yearFrom]: [number, YearSource] =
      options.year !== undefined ? [options.year, "option"] : own !== undefined ? [own, "sheet"] : settings.year !== undefined ? [settings.year, "setting"] : [thisYearInChina(), "today"];
    for (const l of ledgers) if (!l.rec.year) l.rec = { ...l.rec, year: { value: year, foundIn: "setting" } };
    const base: StageBase = {
      stage: options.stage, quarter: info.quarter, period: STAGES.find((s) => s.id === options.stage)?.label ?? info.quarter, topic: info.topic,
      year, yearFrom, checkDate: stageDate(options.stage, year), sheets: ledgers.map((l) => l.snapshot.name), skipped, problems: 0, summary: "",
    };
    let result: StageResult;
    if (options.stage === "q1") result = stageQ1(base, ledgers, settings);
    else {
      const { t, rows } = await timed({ ...base, sheets: [], skipped: [...skipped] }, ledgers, options.basis ?? "calendar", settings.tolerance);
      result = options.stage === "q2" ? stageQ2(t, rows) : options.stage === "q3" ? stageQ3(t, rows) : stageQ4(t, rows);
    }
    if (!result.sheets.length) {
      return cannot("no-ledger", options.stage === "q1" ? say("stage.nothing.q1") : say("stage.nothing.timed", { period: base.period }));
    }
    if (options.write !== false) result.written = await wb.writeSheet(stageLayout(result));
    return done(result);
  });
}

/** A zh-CN sentence for the pane and the CLI: the summary, and where the sheet is. */
export function describeStage(r: StageResult): string {
  return r.written ? say("stage.written", { summary: r.summary, sheet: r.written }) : r.summary;
}
