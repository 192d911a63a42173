/**
 * `owner-not-person` (error): 责任人 names a unit or office (`党政办`, `各村`, `县住建局`), only
 * a position (`分管副镇长`, `王主任`), or people beside units (`党政办（张三）`). Several named
 * people (`张三、李四`, `李明（副镇长）`) are fine; text that is neither (`同上`) is not judged.
 */
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError, place } from "../cells";
import { say } from "../../../messages";

/** Every 责任人 cell that does not name people only. */
export const ownerNotPerson: Rule = (ctx) => {
  const out: Draft[] = [];
  const col = ctx.column("owner")?.col;
  if (col === undefined) return out;
  const seen = new Set<number>();
  for (const row of ctx.rows) {
    const text = ctx.text(row, "owner");
    if (isEmptyText(text) || isFormulaError(text)) continue;
    const reading = ctx.readings.owner(row);
    if (!reading) continue;
    let draft: Omit<Draft, "at"> | undefined;
    if (reading.kind === "unit") {
      const units = reading.units.join("、");
      draft = { rule: "owner-not-person", vars: { units }, reading: say("parse.owner.units", { units }) };
    } else if (reading.kind === "role") {
      draft = { rule: "owner-not-person", variant: "role", reading: say("parse.owner.roles", { roles: reading.roles.join("、") }) };
    } else if (reading.kind === "mixed" && reading.units.length > 0) {
      const units = reading.units.join("、");
      const names = reading.names.join("、");
      draft = { rule: "owner-not-person", variant: "mixed", vars: { units, names }, reading: say("parse.owner.mixed", { names, units }) };
    }
    if (!draft) continue;
    const at = place(ctx, seen, row.row, col);
    if (at) out.push({ ...draft, at, field: "owner", text });
  }
  return out;
};
