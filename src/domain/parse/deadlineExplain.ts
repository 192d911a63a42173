/**
 * Helpers for the sentences that say how a 完成时限 cell was read (catalogue `parse.*`). Every
 * reading speaks the same way: `<as written> → <reading>（<where the year came from>）`.
 */
import { say, type MessageId } from "../../messages";
import type { DeadlineContext, DeadlineFailure, FailedDeadline } from "./deadlineTypes";

/** How a context's `yearFoundIn` is named in an explanation. */
const YEAR_SOURCES: Readonly<Record<string, Extract<MessageId, `parse.yearSource.${string}`>>> = {
  title: "parse.yearSource.title",
  "fill-line": "parse.yearSource.fillLine",
  "sheet-name": "parse.yearSource.sheetName",
  setting: "parse.yearSource.setting",
};

/** `（年份取自标题）`, naming where the context's year was found (a setting when unsaid). */
export function yearNote(ctx: DeadlineContext): string {
  const key = ctx.yearFoundIn ?? "setting";
  return say("parse.yearFrom", { where: Object.hasOwn(YEAR_SOURCES, key) ? say(YEAR_SOURCES[key]) : key });
}

/** The cell text as quoted in an explanation: one line, at most 40 characters. */
export function shown(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** Forms a clerk can write, quoted when a cell cannot be read. */
export const EXAMPLES = say("parse.deadline.examples");

/** A failed reading. */
export function failed(reason: DeadlineFailure, explain: string): FailedDeadline {
  return { ok: false, reason, explain };
}

/** The explanation of a cell without a year when the context has none either. */
export function noYearExplain(source: string): string {
  return say("parse.deadline.noYear", { source });
}
