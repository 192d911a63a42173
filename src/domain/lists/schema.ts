/**
 * The shape of a list (清单) schema. Schemas are data (see `catalogue.ts`); the code that
 * recognises, templates and validates them is generic. Adding a list or a synonym is one row.
 */

/** The five explicit items (五个明确) in their order. */
export const FIVE_ITEMS = ["task", "goal", "measures", "deadline", "owner"] as const;

export const MONTH_FIELDS = [
  "month1", "month2", "month3", "month4", "month5", "month6",
  "month7", "month8", "month9", "month10", "month11", "month12",
] as const;

export type MonthField = (typeof MONTH_FIELDS)[number];

/** Field ids (docs/lists.md "Field ids"): the five items and the key-task list's, then the ones the other lists need. */
export type FieldId =
  | "seq" | "task" | "goal" | "measures" | "deadline" | "owner"
  | "unit" | "leader" | "source" | "progress" | "status" | "report" | "note" | "start" | "completedOn"
  | MonthField
  | "upperDept" | "cityDept" | "frequency" | "reportTime" | "rankDept" | "lastRank" | "rankTotal"
  | "place" | "lastDate" | "nextDate" | "researcher" | "topic" | "date" | "solved"
  | "submitter" | "submitted" | "review" | "period" | "problems" | "plan" | "help"
  | "letterNo" | "letterType" | "reason" | "feedback";

/** How a column's cells are read and formatted. */
export type ColumnKind =
  | "seq" | "text" | "longtext" | "person" | "unit" | "deadline" | "date" | "percent" | "number" | "choice" | "month";

export interface ColumnSpec {
  field: FieldId;
  /** The standard header text. */
  name: string;
  /** Other header texts that mean this column (compared after normalising spaces and brackets). */
  synonyms: readonly string[];
  /** A list is not standard without it (`missing-column`). */
  required: boolean;
  kind: ColumnKind;
  /** Drop-down choices for `choice` columns (or the unit list where one exists). */
  choices?: readonly string[];
  /** Column width in characters for the template. */
  width: number;
}

export interface ListSchema {
  /** Short id for the CLI and JSON (`tasks`). */
  id: string;
  /** The list's Chinese name as the seed writes it (`重点工作任务清单`). */
  name: string;
  /** Other names seen in titles and sheet names; the name itself is always included. */
  aliases: readonly string[];
  /** Columns in template order (month columns are expanded under one group header). */
  columns: readonly ColumnSpec[];
  /** The header text over the 1月…12月 columns, when the list has them. */
  monthGroup?: string;
  /** Every row must state the five explicit items. */
  fiveItems: boolean;
}
