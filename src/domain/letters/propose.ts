/**
 * Which letter each unit's facts call for (docs/letters.md "When each applies", "Escalation"):
 * 提醒函 for error-level findings or a late report, 督办函 for rows 逾期 or 滞后 (or a red light),
 * one step up the ladder from the unit's latest letter of the year when it is still behind
 * (督办函 → 约谈 → 问责函, never skipping one), 通报表扬 for the ranking's 先进. Each proposal
 * carries the rows or findings it rests on and a zh-CN reason. Pure; the order of the register's
 * rows does not matter; units are matched by name as the merge matches them.
 */
import type { Finding } from "../validate/types";
import type { ProgressReady, ProgressRow, UnitProgress } from "../progress/types";
import type { IsoDate } from "../parse/isoDate";
import { dayNumber } from "../progress/days";
import { lightOf, toPermille, type Light, type Ranking, type RankedUnit } from "../rank/rank";
import { unitKey } from "../merge/unitKey";
import { cellAddress } from "../text/a1";
import { say } from "../../messages";
import { latestLetter, stepAfter, type LastLetter } from "./ladder";
import { DEFAULT_PREFIXES, type LetterPrefixes } from "./numbering";
import type { LetterFact, LetterProposal, LetterType, RegisterEntry } from "./types";

/** What the proposals are made from; every source but the register is optional. */
export interface ProposeInput {
  /** The check date C: letters dated before it were sent before this check. */
  checkDate: IsoDate;
  /** The year whose letters count (the plan year). */
  year: number;
  /** Units in the order the proposals are listed (the 单位名录's); units met only in the facts follow, as first met. */
  units?: readonly string[];
  /** The progress check of one sheet: a 汇总 (rows by 来源单位) or one ledger (by 责任单位). */
  progress?: ProgressReady;
  /** The 0-based sheet column of that sheet's 任务 (from its recognition), for the facts' cells; without it a fact names its row (`7:7`). */
  taskCol?: number;
  /** Validation findings by unit (the sheet → unit mapping is the caller's); error-level ones call for a 提醒函. */
  findingsByUnit?: ReadonlyMap<string, readonly Finding[]>;
  /** Units whose ledger or report is missing or late (`未报送`). */
  late?: readonly string[];
  /** The ranking at C: its lights, and its 先进 for 通报表扬. */
  ranking?: Ranking;
  /** The 发函登记 as read (`readRegister`). */
  register: readonly RegisterEntry[];
  /** The office's letter prefixes, to read a register row's type from its 编号 when 类型 is blank. */
  prefixes?: LetterPrefixes;
}

/** Everything known about one unit, gathered by its key. */
interface UnitFacts {
  name: string;
  rows: ProgressRow[];
  progress: UnitProgress[];
  findings: Finding[];
  late: boolean;
  ranked?: RankedUnit;
}

const BEHIND = new Set<string>(["逾期", "滞后"]);

/** Units in the order given, then as first met in the facts; each gathered once by its key. */
function gather(input: ProposeInput): UnitFacts[] {
  const byKey = new Map<string, UnitFacts>();
  const unit = (name: string): UnitFacts => {
    const key = unitKey(name);
    let u = byKey.get(key);
    if (!u) {
      u = { name, rows: [], progress: [], findings: [], late: false };
      byKey.set(key, u);
    }
    return u;
  };
  for (const name of input.units ?? []) unit(name);
  for (const row of input.progress?.rows ?? []) unit(row.unit).rows.push(row);
  for (const up of input.progress?.units ?? []) unit(up.unit).progress.push(up);
  for (const [name, findings] of input.findingsByUnit ?? []) unit(name).findings.push(...findings.filter((f) => f.severity === "error"));
  for (const name of input.late ?? []) unit(name).late = true;
  for (const r of input.ranking?.ranked ?? []) unit(r.unit).ranked = r;
  for (const r of input.ranking?.unranked ?? []) unit(r.unit).progress.push(r.progress);
  return [...byKey.values()];
}

/** Whole days from a to b. */
const daysBetween = (a: IsoDate, b: IsoDate): number => dayNumber(b) - dayNumber(a);

function rowFact(row: ProgressRow, input: ProposeInput): LetterFact {
  const fact: LetterFact = {
    sheet: input.progress?.sheet ?? "",
    cell: input.taskCol === undefined ? `${row.row}:${row.row}` : cellAddress(row.row - 1, input.taskCol),
    row: row.row,
    task: row.task,
    deadlineText: row.deadlineText,
    due: row.deadline.due,
    progress: row.p,
    timeProgress: row.t,
    gap: row.gap,
    status: row.status,
  };
  if (row.status === "逾期" && row.deadline.due !== null) fact.daysOverdue = daysBetween(row.deadline.due, input.checkDate);
  return fact;
}

function findingFact(f: Finding, input: ProposeInput): LetterFact {
  const row = f.row === undefined || input.progress?.sheet !== f.sheet ? undefined : input.progress.rows.find((r) => r.row === f.row);
  return {
    sheet: f.sheet,
    cell: f.cell ?? "",
    row: f.row ?? 0,
    task: row?.task ?? "",
    deadlineText: row?.deadlineText ?? "",
    due: row?.deadline.due ?? null,
    progress: row?.p ?? null,
    timeProgress: row?.t ?? null,
    gap: row?.gap ?? null,
    status: f.rule,
    finding: f.message,
  };
}

/** The unit's figures: the progress check's own, else the ranking's. */
const figuresOf = (u: UnitFacts): UnitProgress[] => (u.ranked ? [...u.progress, u.ranked.progress] : u.progress);

/** 红 when the ranking or any of the unit's figures says so. */
function isRed(u: UnitFacts): boolean {
  const lights: (Light | null)[] = [u.ranked?.light ?? null, ...figuresOf(u).map(lightOf)];
  return lights.includes("红");
}

/** How many rows are 逾期 and 滞后: counted on the rows when the sheet is given, else from the figures. */
function behindCounts(u: UnitFacts): { overdue: number; lagging: number } {
  if (u.rows.length > 0) {
    return { overdue: u.rows.filter((r) => r.status === "逾期").length, lagging: u.rows.filter((r) => r.status === "滞后").length };
  }
  const first = figuresOf(u)[0];
  return { overdue: first?.counts["逾期"] ?? 0, lagging: first?.counts["滞后"] ?? 0 };
}

/** `3 项逾期、2 项滞后`, or the red light's gap when no row is 逾期 or 滞后. */
function behindProblem(u: UnitFacts, counts: { overdue: number; lagging: number }): { problem: string; red: boolean } {
  const { overdue, lagging } = counts;
  if (overdue > 0 && lagging > 0) return { problem: say("letters.problem.rows", { overdue, lagging }), red: false };
  if (overdue > 0) return { problem: say("letters.problem.overdue", { count: overdue }), red: false };
  if (lagging > 0) return { problem: say("letters.problem.lagging", { count: lagging }), red: false };
  const figures = figuresOf(u).find((p) => p.taskProgress !== null && p.timeProgress !== null);
  const gap = figures ? toPermille(figures.taskProgress ?? 0) - toPermille(figures.timeProgress ?? 0) : 0;
  return { problem: say("letters.problem.red", { points: Math.abs(gap) / 10 }), red: true };
}

/** The rows behind a red light without a row 逾期 or 滞后: behind time, or with no progress reported. */
const belowTime = (r: ProgressRow): boolean => r.status !== "已完成" && ((r.gap !== null && r.gap < 0) || (r.p === null && r.t !== null));

/** How a letter is named in a reason: its 编号, else its row of the register. */
function cite(entry: RegisterEntry, last: LastLetter): string {
  return entry.number !== "" ? entry.number : say("letters.cite.unnumbered", { row: entry.row, type: last.step });
}

function placeOf(r: RankedUnit): string {
  return r.tied ? say("rank.tied", { rank: r.rank }) : say("letters.reason.place", { rank: r.rank });
}

function proposalFor(u: UnitFacts, input: ProposeInput): LetterProposal | null {
  const counts = behindCounts(u);
  if (counts.overdue + counts.lagging > 0 || isRed(u)) {
    const { problem, red } = behindProblem(u, counts);
    const behindRows = u.rows.filter((r) => BEHIND.has(r.status));
    const facts = (behindRows.length > 0 ? behindRows : u.rows.filter(belowTime)).map((r) => rowFact(r, input));
    const last = latestLetter(input.register, u.name, input.year, { before: input.checkDate, prefixes: input.prefixes ?? DEFAULT_PREFIXES });
    const after = stepAfter(last);
    if (last === null || after === null) return { unit: u.name, type: "督办函", reason: problem, facts };
    const letter = cite(last.entry, last);
    const reason = red ? say("letters.reason.afterRed", { letter, problem }) : say("letters.reason.after", { letter, problem });
    return { unit: u.name, type: after, reason, follows: last.entry, facts };
  }
  if (u.findings.length > 0 || u.late) {
    const count = u.findings.length;
    const reason = u.late
      ? count > 0 ? say("letters.reason.lateAndFindings", { count }) : say("letters.reason.late")
      : say("letters.reason.findings", { count });
    return { unit: u.name, type: "提醒函", reason, facts: u.findings.map((f) => findingFact(f, input)) };
  }
  if (u.ranked?.group === "先进") {
    const type: LetterType = "通报表扬";
    return { unit: u.name, type, reason: say("letters.reason.praise", { place: placeOf(u.ranked) }), facts: [] };
  }
  return null;
}

/**
 * One proposal per unit that needs a letter, in the order of `input.units` (then as first met).
 * A unit behind (a row 逾期 or 滞后, or a red light) gets a 督办函, or the step after its latest
 * letter of the year sent before C; else a unit with error-level findings or a late report gets
 * a 提醒函; else a 先进 gets 通报表扬. The office decides: nothing here is issued.
 */
export function proposeLetters(input: ProposeInput): LetterProposal[] {
  const out: LetterProposal[] = [];
  for (const u of gather(input)) {
    const p = proposalFor(u, input);
    if (p) out.push(p);
  }
  return out;
}
