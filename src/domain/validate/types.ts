/**
 * Validation as data: findings, the per-sheet report, and the settings the clerk can change.
 * One structure, four renderings (JSON, the 校验结果 sheet, marks on the ledger, the pane).
 */
import type { FieldId } from "../lists/schema";

export type Severity = "error" | "warning" | "info";

/** The rule ids of docs/rules.md, in its order. */
export const RULE_IDS = [
  "missing-column",
  "missing-item",
  "owner-not-person",
  "deadline-unreadable",
  "deadline-outside-year",
  "ongoing-without-milestones",
  "annual-without-monthly-plan",
  "vague-goal",
  "boilerplate-measures",
  "goal-repeats-task",
  "duplicate-row",
  "formula-error",
  "merged-cells",
  "blank-row",
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  sheet: string;
  /** A1 address of the cell; absent for sheet-level findings. */
  cell?: string;
  /** 1-based sheet row as the clerk sees it; absent for sheet-level findings. */
  row?: number;
  /** 0-based sheet coordinates, for marking and selecting; absent for sheet-level findings. */
  at?: { row: number; col: number };
  field?: FieldId;
  /** The column's header as written in the sheet (`时间节点`), when the finding is about a field. */
  header?: string;
  /** The row's 序号 as written (`3`, `3.2`), so a printed list survives sorting. */
  rowKey?: string;
  rule: RuleId;
  severity: Severity;
  /** zh-CN: what is wrong. */
  message: string;
  /** zh-CN: how to fix it. */
  hint: string;
  /** The cell's text as shown. */
  text?: string;
  /** How the cell was read (`6月底前 → 2023-06-30（年份取自标题）`). */
  reading?: string;
  /** A1 address of a related cell (the earlier row of a `duplicate-row`). */
  related?: string;
}

export type SeverityCounts = Record<Severity, number>;

export interface SheetReport {
  sheet: string;
  /** The list's Chinese name, or null when the sheet is not a ledger. */
  list: string | null;
  listId: string | null;
  /** 1-based last header row, or null. */
  headerRow: number | null;
  /** The plan year used, and where it came from. */
  year?: { value: number; foundIn: string };
  /** Data rows checked. */
  rows: number;
  findings: Finding[];
  counts: SeverityCounts;
  byRule: Partial<Record<RuleId, number>>;
  /** zh-CN sentence when the sheet could not be checked (empty, not a ledger). */
  message?: string;
  /** Why the sheet could not be checked, with `message`. */
  reason?: "empty" | "not-ledger";
}

/** What the clerk can change; kept in the workbook (`luoshi.settings`). */
export interface ValidationSettings {
  /** Per rule: on/off and severity; missing entries use the catalogue's defaults. */
  rules: Partial<Record<RuleId, { enabled?: boolean; severity?: Severity }>>;
  /** The plan year when the sheet does not state one. */
  year?: number;
  /** Progress tolerance (滞后/超前 band), default 0.10. */
  tolerance: number;
}

export const DEFAULT_SETTINGS: ValidationSettings = { rules: {}, tolerance: 0.1 };
