/**
 * 完成时限 in standard form: the parser's reading written back as ISO dates, so every clerk's
 * `6月底前`, `2023.6.30`, `六月底` reads `2023-06-30`. Stages and ranges are kept
 * (`2023-06-30；2023-12-31`, `2023-03-01至2023-06-30`); a reading is only written when
 * it parses back to the same dates. Ongoing and recurring deadlines, unreadable ones, and
 * readings the parser doubts (Excel number traps, `年前`) stay as written.
 */
import { parseDeadline, type DeadlineContext, type DeadlineReading, type OnceDeadline } from "../parse";
import { shownText, type SourceCell } from "./cells";
import { say } from "../../messages";

/** What happened to a deadline cell. */
export type DeadlineOutcome =
  /** Nothing written (or a placeholder such as `无`, kept). */
  | "empty"
  /** Rewritten as ISO dates. */
  | "normalized"
  /** Already in standard form. */
  | "unchanged"
  /** Ongoing or recurring: kept as written. */
  | "kept"
  /** Unreadable, vague or doubtful: kept as written. */
  | "unreadable";

export interface NormalizedDeadline {
  /** The text to write in the standard 完成时限 column, or null for an empty cell. */
  text: string | null;
  outcome: DeadlineOutcome;
  /** zh-CN: how the cell was read (from the parser). */
  explain: string;
}

/** The ISO form of a one-off reading: stages then the due date, or the range. */
function isoForm(r: OnceDeadline): string {
  const dates = [...r.milestones, r.due].join("；");
  return r.start ? `${r.start}至${dates}` : dates;
}

/** Whether two readings name the same dates. */
function sameDates(a: OnceDeadline, b: DeadlineReading): boolean {
  return b.ok && b.kind === "once" && a.due === b.due && a.start === b.start && a.milestones.join() === b.milestones.join();
}

/** Normalise one 完成时限 cell. */
export function normalizeDeadline(cell: SourceCell, ctx: DeadlineContext): NormalizedDeadline {
  const written = shownText(cell);
  const reading = parseDeadline({ value: cell.value, text: written, format: cell.format }, ctx);
  const asWritten = written === "" ? null : written;
  if (!reading.ok) {
    return { text: asWritten, outcome: reading.reason === "empty" ? "empty" : "unreadable", explain: reading.explain };
  }
  if (reading.kind !== "once") return { text: asWritten, outcome: "kept", explain: reading.explain };
  if (reading.warnings?.length) {
    return { text: asWritten, outcome: "unreadable", explain: `${reading.explain}；${reading.warnings.join("；")}` };
  }
  const iso = isoForm(reading);
  if (!sameDates(reading, parseDeadline({ value: iso, text: iso }, {}))) {
    return { text: asWritten, outcome: "unreadable", explain: say("standardize.deadlineNotIso", { explain: reading.explain }) };
  }
  return { text: iso, outcome: iso === written ? "unchanged" : "normalized", explain: reading.explain };
}
