/**
 * 汇总: the units' standardised ledgers of each list into one table with where every row came
 * from (docs/merging.md). Pure: the caller reads the files, recognises, standardises and
 * validates each sheet; this decides which unit each ledger is, which of a unit's two ledgers is
 * used, the order of units and rows, and what the office must be told. The result does not
 * depend on the order the files were given in.
 */
import type { CellValue } from "../sheet";
import type { ListSchema } from "../lists/schema";
import type { StandardColumn, StandardLedger, StandardLine } from "../standardize/types";
import type { Recognized } from "../recognize/types";
import type { Finding } from "../validate/types";
import { cleanUnitName } from "../recognize/unitName";
import { LISTS } from "../lists/catalogue";
import { normalizeHeader, toHalfWidth } from "../text/normalize";
import { say } from "../../messages";
import { isValidDay, toIso, type IsoDate } from "../parse/isoDate";
import { matchUnit, type UnitDirectory } from "./directory";
import { unitKey } from "./unitKey";

/** One recognised, standardised and validated sheet of one file. */
export interface MergeInput {
  /** The file's name as the office sees it (`柳林镇.xlsx`), or the workbook's own name for its sheets. */
  file: string;
  /** When the file was last changed (ms since 1970), to choose between a unit's two ledgers. */
  modified: number;
  sheet: string;
  /** What names the unit and dates the ledger (the rest of the recognition is not kept). */
  recognition: Pick<Recognized, "fillLine" | "unit" | "fillDate">;
  ledger: StandardLedger;
  /** The sheet's validation findings (rows with errors are counted per unit). */
  findings: readonly Finding[];
  /** The sheet is in the workbook the 汇总 is written to (its rows link back). */
  local?: boolean;
  /**
   * How many data rows the sheet has, when its lines were let go after reading (a merge too
   * large to hold: each part's rows are read again as the 汇总 is written, `partRows`).
   */
  rowCount?: number;
}

/** Where a unit's name was found (docs/merging.md "Naming a ledger's unit"). */
export type UnitSource = "fill-line" | "title" | "file-name" | "sheet-name" | "none";

/** One merged row: the standard cells, then where it came from. */
export interface MergedRow {
  unit: string;
  file: string;
  sheet: string;
  /** 1-based row of the source sheet. */
  row: number;
  /** The source sheet is in the workbook the 汇总 is written to. */
  local: boolean;
  cells: CellValue[];
  /** A number format per cell that keeps its own; empty when none does. */
  formats: (string | undefined)[];
}

/** One unit's ledger in a list's 汇总: where its rows come from and where its columns go. */
export interface MergePart {
  unit: string;
  file: string;
  sheet: string;
  local: boolean;
  /** For each 汇总 column, the ledger's column that fills it (undefined: none). */
  at: (number | undefined)[];
  rows: number;
}

/** One list's 汇总: the standard columns of the list, then every unit's own columns by header, and the rows of every unit. */
export interface MergedList {
  list: ListSchema;
  year?: number;
  columns: StandardColumn[];
  /** The units' ledgers in the 汇总's order. */
  parts: MergePart[];
  /** The rows of every part in order; empty for parts whose lines were let go (`MergeInput.rowCount`). */
  rows: MergedRow[];
  /** How many rows the 汇总 has (the parts' rows). */
  rowCount: number;
}

/** One ledger used, per unit. */
export interface UnitLine {
  unit: string;
  /** Where the name came from, and the name as written there. */
  unitFrom: UnitSource;
  written: string;
  /** How the name stands against the 单位名录 (`none` without a 单位名录). */
  match: "matched" | "ambiguous" | "unknown" | "none";
  list: string;
  file: string;
  sheet: string;
  fillDate?: IsoDate;
  rows: number;
  errors: number;
  warnings: number;
  /** The clerk's columns that match no field of the list, left out of the 汇总. */
  extraColumns: string[];
}

/** A ledger of a unit not used because the unit sent a later one. */
export interface Duplicate {
  unit: string;
  list: string;
  kept: { file: string; sheet: string; fillDate?: IsoDate };
  dropped: { file: string; sheet: string; fillDate?: IsoDate };
  /** Why the kept one won: its later 填报日期, else the later file. */
  by: "fill-date" | "file-time" | "file-name";
}

/** A row with an error-level finding, for the details of the 汇总说明. */
export interface ErrorRow {
  unit: string;
  file: string;
  sheet: string;
  cell?: string;
  rule: string;
  message: string;
}

export interface MergePlan {
  lists: MergedList[];
  units: UnitLine[];
  duplicates: Duplicate[];
  /** Units of the 单位名录 that sent no ledger (of any list merged), in the 单位名录's order. */
  missing: string[];
  errorRows: ErrorRow[];
  /** Whether a 单位名录 was given (without one nobody can be missing). */
  hasDirectory: boolean;
}

/** `2023年2月20日`, `2023-2-20`, `2023.02.20` → ISO; undefined for anything else (`2023年 月 日`). */
export function readFillDate(text: string | undefined): IsoDate | undefined {
  const m = /(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})/.exec(toHalfWidth(text ?? ""));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d) ? toIso(y, mo, d) : undefined;
}

/** `柳林镇-重点任务（3月）.xlsx` → `柳林镇`: the file's base name cleaned as a unit name. */
function unitFromFileName(file: string): string | undefined {
  const base = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  for (const part of [base, ...base.split(/[-_—\s（(【[]+/)]) {
    const unit = cleanUnitName(part);
    if (unit) return unit;
  }
  return undefined;
}

/** The unit that sent a ledger: the fill line, else the title, else the file name, else the sheet name. */
export function ledgerUnit(input: Pick<MergeInput, "recognition" | "file" | "sheet">): { name: string; from: UnitSource; written: string } {
  const rec = input.recognition;
  const fill = rec.fillLine?.unit;
  const fromFill = fill === undefined ? undefined : cleanUnitName(fill);
  if (fromFill) return { name: fromFill, from: "fill-line", written: fill ?? fromFill };
  if (rec.unit) return { name: rec.unit.value, from: rec.unit.foundIn === "sheet-name" ? "sheet-name" : "title", written: rec.unit.value };
  const fromFile = unitFromFileName(input.file);
  if (fromFile) return { name: fromFile, from: "file-name", written: input.file };
  const fromSheet = cleanUnitName(input.sheet);
  if (fromSheet) return { name: fromSheet, from: "sheet-name", written: input.sheet };
  return { name: input.sheet, from: "none", written: input.sheet };
}

interface Placed {
  input: MergeInput;
  unit: string;
  order: number;
  line: UnitLine;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Which of two ledgers of one unit and list wins: later 填报日期, else later file, else file name. */
function later(a: Placed, b: Placed): { winner: Placed; loser: Placed; by: Duplicate["by"] } {
  const da = a.line.fillDate;
  const db = b.line.fillDate;
  if (da && db && da !== db) return da > db ? { winner: a, loser: b, by: "fill-date" } : { winner: b, loser: a, by: "fill-date" };
  if (a.input.modified !== b.input.modified) {
    return a.input.modified > b.input.modified ? { winner: a, loser: b, by: "file-time" } : { winner: b, loser: a, by: "file-time" };
  }
  const cmp = byText(a.input.file, b.input.file) || byText(a.input.sheet, b.input.sheet);
  return cmp >= 0 ? { winner: a, loser: b, by: "file-name" } : { winner: b, loser: a, by: "file-name" };
}

/** Plan the merge of the inputs; `directory` names the units and gives their order. */
export function planMerge(inputs: readonly MergeInput[], directory?: UnitDirectory): MergePlan {
  const placed: Placed[] = inputs.map((input) => {
    const found = ledgerUnit(input);
    const match = directory ? matchUnit(directory, found.name) : undefined;
    const unit = match?.kind === "matched" ? match.unit.name : found.name;
    const order = match?.kind === "matched" ? match.unit.order : Number.MAX_SAFE_INTEGER;
    const counts = { errors: 0, warnings: 0 };
    for (const f of input.findings) {
      if (f.severity === "error") counts.errors++;
      else if (f.severity === "warning") counts.warnings++;
    }
    const fillDate = readFillDate(input.recognition.fillDate);
    const line: UnitLine = {
      unit, unitFrom: found.from, written: found.written, match: match?.kind ?? "none", list: input.ledger.list.name,
      file: input.file, sheet: input.sheet, ...(fillDate && { fillDate }),
      rows: input.rowCount ?? input.ledger.lines.filter((l) => l.kind === "data").length, ...counts, extraColumns: input.ledger.report.extraColumns,
    };
    return { input, unit, order, line };
  });
  // Units in 单位名录 order, the others by name: the same whatever order the files came in.
  placed.sort((a, b) => a.order - b.order || byText(unitKey(a.unit), unitKey(b.unit)) || byText(a.input.file, b.input.file) || byText(a.input.sheet, b.input.sheet));

  const chosen = new Map<string, Placed>();
  const duplicates: Duplicate[] = [];
  for (const p of placed) {
    const key = `${p.input.ledger.list.id}\u0000${unitKey(p.unit)}`;
    const other = chosen.get(key);
    if (!other) {
      chosen.set(key, p);
      continue;
    }
    const { winner, loser, by } = later(other, p);
    chosen.set(key, winner);
    const ref = (x: Placed) => ({ file: x.input.file, sheet: x.input.sheet, ...(x.line.fillDate && { fillDate: x.line.fillDate }) });
    duplicates.push({ unit: p.unit, list: p.input.ledger.list.name, kept: ref(winner), dropped: ref(loser), by });
  }
  const kept = new Set(chosen.values());
  const used = placed.filter((p) => kept.has(p));

  const lists: MergedList[] = [];
  for (const p of used) {
    const { ledger } = p.input;
    let merged = lists.find((l) => l.list.id === ledger.list.id);
    if (!merged) {
      merged = { list: ledger.list, columns: ledger.columns.filter((c) => c.role !== "extra"), parts: [], rows: [], rowCount: 0, ...(ledger.year !== undefined && { year: ledger.year }) };
      lists.push(merged);
    }
    // The units' own columns are carried too, one column per header however many units have it.
    for (const c of ledger.columns) {
      if (c.role === "extra" && !merged.columns.some((m) => m.role === "extra" && m.header === c.header)) merged.columns.push({ ...c, source: undefined });
    }
  }
  for (const merged of lists) {
    const standard = merged.columns.filter((c) => c.role !== "extra").length;
    for (const p of used) {
      const { ledger } = p.input;
      if (ledger.list.id !== merged.list.id) continue;
      const own = ledger.columns.map((c, i) => [c.header, i] as const).filter(([, i]) => ledger.columns[i].role === "extra");
      const at = merged.columns.map((c, i) => (i < standard ? i : own.find(([h]) => h === c.header)?.[1]));
      const part: MergePart = { unit: p.unit, file: p.input.file, sheet: p.input.sheet, local: p.input.local === true, at, rows: p.line.rows };
      merged.parts.push(part);
      merged.rowCount += part.rows;
      for (const row of partRows(part, ledger.lines)) merged.rows.push(row);
    }
  }
  // Lists in the catalogue's order.
  const listOrder = (l: ListSchema): number => LISTS.findIndex((x) => x.id === l.id);
  lists.sort((a, b) => listOrder(a.list) - listOrder(b.list));

  const errorRows: ErrorRow[] = used.flatMap((p) =>
    p.input.findings.filter((f) => f.severity === "error").map((f) => ({ unit: p.unit, file: p.input.file, sheet: p.input.sheet, ...(f.cell && { cell: f.cell }), rule: f.rule, message: f.message })),
  );
  const sent = new Set(used.map((p) => unitKey(p.unit)));
  const missing = directory ? directory.units.filter((u) => !sent.has(unitKey(u.name))).map((u) => u.name) : [];
  return { lists, units: used.map((p) => p.line), duplicates, missing, errorRows, hasDirectory: directory !== undefined };
}

/** A part's rows in the 汇总, from its ledger's lines (as read in the first place, or read again). */
export function partRows(part: MergePart, lines: readonly StandardLine[]): MergedRow[] {
  // A sheet whose columns are the 汇总's shares its rows' arrays (a city's 汇总 has 180,000 rows).
  const same = part.at.every((i, n) => i === n) && lines.every((l) => l.kind !== "data" || l.cells.length === part.at.length);
  const rows: MergedRow[] = [];
  for (const line of lines) {
    if (line.kind !== "data") continue;
    rows.push({
      unit: part.unit, file: part.file, sheet: part.sheet, row: line.sourceRow + 1, local: part.local,
      cells: same ? line.cells : part.at.map((i) => (i === undefined ? null : line.cells[i])),
      formats: same || !line.formats.length ? line.formats : part.at.map((i) => (i === undefined ? undefined : line.formats[i])),
    });
  }
  return rows;
}

/** Whether a header is the 汇总's 来源单位 column (a sheet with one is checked and ranked by it). */
export function isSourceUnitHeader(header: string): boolean {
  return normalizeHeader(header.split("/").pop() ?? header) === normalizeHeader(say("merge.col.unit"));
}
