/**
 * `validateSnapshot`: one click — recognise the sheet (unless the caller already did), run every
 * enabled rule of the catalogue over it, and return the report: findings sorted by row, then
 * column, then rule order, with counts by severity and by rule. Pure and deterministic; the
 * snapshot is only read. See docs/rules.md.
 */
import type { SheetSnapshot } from "../sheet";
import { createGrid } from "../recognize/grid";
import { recognize } from "../recognize/recognize";
import type { Recognition } from "../recognize/types";
import { createContext, type PlanYear } from "./context";
import { createWriter } from "./draft";
import { RULE_CHECKS } from "./rules";
import { resolveRule, usableYear } from "./settings";
import {
  DEFAULT_SETTINGS, RULE_IDS, type Finding, type RuleId, type SeverityCounts, type SheetReport, type ValidationSettings,
} from "./types";

/** What the caller may pass: the clerk's settings, and a recognition already made for this snapshot. */
export interface SnapshotCheckOptions {
  settings?: ValidationSettings;
  /** The result of `recognize(snapshot, …)`; recognised here when absent. */
  recognition?: Recognition;
}

const RULE_ORDER: ReadonlyMap<RuleId, number> = new Map(RULE_IDS.map((id, i) => [id, i]));

/** Sheet-level findings first, then by row, column and rule order (stable otherwise). */
export function compareFindings(a: Finding, b: Finding): number {
  const ra = a.at?.row ?? -1;
  const rb = b.at?.row ?? -1;
  if (ra !== rb) return ra - rb;
  const ca = a.at?.col ?? -1;
  const cb = b.at?.col ?? -1;
  if (ca !== cb) return ca - cb;
  return (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0);
}

/** Counts by severity and by rule. */
export function countFindings(findings: readonly Finding[]): Pick<SheetReport, "counts" | "byRule"> {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  const byRule: Partial<Record<RuleId, number>> = {};
  for (const f of findings) {
    counts[f.severity] += 1;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  }
  return { counts, byRule };
}

/** The plan year: the sheet's own, else the setting's. */
function planYear(recognition: Recognition & { ok: true }, settings: ValidationSettings): PlanYear | undefined {
  if (recognition.year) return { value: recognition.year.value, foundIn: recognition.year.foundIn };
  const year = usableYear(settings.year);
  return year === undefined ? undefined : { value: year, foundIn: "setting" };
}

/**
 * Validate one sheet. A sheet that is empty or not a ledger gives a report with `list: null`,
 * no findings and the recognition's sentence in `message`. Disabled rules do not run;
 * severity overrides apply; `settings.year` is the plan year when the sheet states none.
 */
export function validateSnapshot(snapshot: SheetSnapshot, options: SnapshotCheckOptions = {}): SheetReport {
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const settingYear = usableYear(settings.year);
  const recognition = options.recognition ?? recognize(snapshot, settingYear === undefined ? {} : { year: settingYear });
  if (!recognition.ok) {
    return {
      sheet: snapshot.name, list: null, listId: null, headerRow: null, rows: 0, findings: [],
      counts: { error: 0, warning: 0, info: 0 }, byRule: {}, message: recognition.message, reason: recognition.reason,
    };
  }
  const year = planYear(recognition, settings);
  const ctx = createContext(snapshot, createGrid(snapshot), recognition, settings, year);
  const write = createWriter(ctx);
  const findings: Finding[] = [];
  for (const id of RULE_IDS) {
    const { enabled, severity } = resolveRule(settings, id);
    if (!enabled) continue;
    for (const draft of RULE_CHECKS[id](ctx)) findings.push(write(draft, severity));
  }
  findings.sort(compareFindings);
  const report: SheetReport = {
    sheet: snapshot.name,
    list: recognition.list.name,
    listId: recognition.list.id,
    headerRow: recognition.headerBottom + 1,
    rows: recognition.dataRows.length,
    findings,
    ...countFindings(findings),
  };
  if (year) report.year = { value: year.value, foundIn: year.foundIn };
  return report;
}
