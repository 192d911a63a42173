/** Reading a deadline as a one-line summary (`once 2023-06-30 month [milestones]`), for the table-driven tests. */
import { parseDeadline } from "../../src/domain/parse/deadline";
import type { DeadlineCell, DeadlineContext, DeadlineReading } from "../../src/domain/parse/deadlineTypes";

export const CTX: DeadlineContext = { year: 2023, yearFoundIn: "title" };

export function summary(r: DeadlineReading): string {
  if (!r.ok) return r.reason;
  const ms = r.milestones.length > 0 ? ` [${r.milestones.join(",")}]` : "";
  if (r.kind === "recurring") return `recurring ${r.frequency}${ms}`;
  if (r.kind === "ongoing") return `ongoing${ms}`;
  return `once ${r.due} ${r.precision}${ms}${r.start ? ` from ${r.start}` : ""}`;
}

export const text = (t: string): DeadlineCell => ({ value: t, text: t, format: "@" });
export const read = (t: string, ctx: DeadlineContext = CTX): string => summary(parseDeadline(text(t), ctx));
