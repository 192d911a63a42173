/**
 * Building the successful readings from resolved periods: the latest is due and the others are
 * milestones (once); a repetition or ongoing work keeps the dated periods as milestones.
 */
import { say } from "../../messages";
import type {
  DeadlineContext, Frequency, OngoingDeadline, OnceDeadline, RecurringDeadline,
} from "./deadlineTypes";
import { yearNote } from "./deadlineExplain";
import { FREQUENCY_NAMES } from "./deadlinePhrases";
import type { ResolvedPeriod } from "./resolve";
import type { IsoDate } from "./isoDate";

/** Distinct due days, sorted, optionally only those before `before`. */
function sortedDays(periods: readonly ResolvedPeriod[], before?: IsoDate): IsoDate[] {
  const days = new Set(periods.map((p) => p.due).filter((d) => before === undefined || d < before));
  return [...days].sort();
}

function notes(periods: readonly ResolvedPeriod[], ctx: DeadlineContext): string {
  let out = "";
  const two = periods.find((p) => p.twoDigitYear !== undefined)?.twoDigitYear;
  if (two !== undefined) out += say("parse.deadline.twoDigitYear", { written: String(two).slice(2), year: two });
  if (periods.some((p) => p.yearFrom === "context")) out += yearNote(ctx);
  return out;
}

/** One due date: the latest period (the last written when equal); the others are milestones. */
export function buildOnce(periods: readonly ResolvedPeriod[], source: string, ctx: DeadlineContext): OnceDeadline {
  let at = 0;
  periods.forEach((p, i) => {
    if (p.due >= periods[at].due) at = i;
  });
  const last = periods[at];
  const milestones = sortedDays(periods, last.due);
  const warnings = periods.flatMap((p) => (p.warning ? [p.warning] : []));
  if (periods.slice(at + 1).some((p) => p.due < last.due)) {
    warnings.push(say("parse.deadline.outOfOrder", { due: last.due }));
  }
  let read: string = last.due;
  if (last.start) read += say("parse.deadline.range", { start: last.start, due: last.due });
  if (milestones.length > 0) read += say("parse.deadline.milestones", { days: milestones.join("、") });
  const explain = say("parse.deadline.read", { source, reading: read + notes(periods, ctx) });
  const reading: OnceDeadline = {
    ok: true, kind: "once", due: last.due, precision: last.precision, milestones, explain,
    yearAssumed: periods.some((p) => p.yearFrom === "context"),
  };
  if (last.start) reading.start = last.start;
  if (warnings.length > 0) reading.warnings = [...new Set(warnings)];
  return reading;
}

function stagesNote(periods: readonly ResolvedPeriod[], undatedStages: boolean, ctx: DeadlineContext): string {
  let out = "";
  if (periods.length > 0) out += say("parse.deadline.stages", { days: sortedDays(periods).join("、"), notes: notes(periods, ctx) });
  if (undatedStages) out += say("parse.deadline.undatedStages");
  return out;
}

/** A repetition at `frequency`, with the dated periods as milestones. */
export function buildRecurring(
  frequency: Frequency, periods: readonly ResolvedPeriod[], undatedStages: boolean, source: string, ctx: DeadlineContext,
): RecurringDeadline {
  const explain = say("parse.deadline.recurring", { source, frequency: FREQUENCY_NAMES[frequency], stages: stagesNote(periods, undatedStages, ctx) });
  return { ok: true, kind: "recurring", frequency, milestones: sortedDays(periods), explain };
}

/** Ongoing work (`长期坚持`), with the dated periods as milestones. */
export function buildOngoing(
  word: string, periods: readonly ResolvedPeriod[], undatedStages: boolean, source: string, ctx: DeadlineContext,
): OngoingDeadline {
  const explain = say("parse.deadline.ongoing", { source, word, stages: stagesNote(periods, undatedStages, ctx) });
  return { ok: true, kind: "ongoing", milestones: sortedDays(periods), explain };
}
