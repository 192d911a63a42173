/**
 * The standard template of a list as a sheet layout (data, no I/O): title, fill line,
 * one- or two-level header, empty rows ready to fill, drop-downs, formats, widths, frozen
 * header and an A4 landscape print setup. `createTemplate` hands it to a workbook adapter.
 * `ledgerSheetLayout` is the frame shared with the standardised sheet (`standardLayout.ts`),
 * which puts the clerk's rows where the template has empty ones.
 */
import type { ColumnKind, FieldId, ListSchema } from "../domain/lists/schema";
import type { AreaStyle, CellArea, CellValue, ListValidation, SheetWrite, TextConditionalFormat } from "../workbook/port";
import { STATUS_FILLS } from "./palette";
import { say } from "../messages";

export interface TemplateOptions {
  /** 填报单位, e.g. 柳林镇; blank leaves a line to fill by hand. */
  unit?: string;
  /** Plan year, e.g. 2023. */
  year: number;
  /** Known units (for a drop-down on the 责任单位 column). */
  units?: readonly string[];
  /** Empty bordered rows to draw (default 10). */
  emptyRows?: number;
  /** Rows that get drop-downs and formats (default 500), so the clerk can keep typing. */
  formattedRows?: number;
}

/** Column kinds whose cells are text even when they look like numbers (`2023.10` stays `2023.10`). */
const TEXT_KINDS = new Set(["deadline", "text", "longtext", "person", "unit", "choice", "month"]);

const NUMBER_FORMAT: Partial<Record<ColumnKind, string>> = {
  date: "yyyy-mm-dd",
  percent: "0%",
  number: "0",
  seq: "0",
};

/** The title the seed's lists carry: `{单位}{年}年度{清单名}`. */
export function templateTitle(list: ListSchema, year: number, unit?: string): string {
  return say("sheets.template.title", { unit: unit ?? "", year, list: list.name });
}

/** The notes printed under every five-item list. */
export const FIVE_ITEMS_NOTE = say("sheets.template.fiveItemsNote");

/** One column of a ledger sheet. */
export interface LayoutColumn {
  /** The header text. */
  name: string;
  kind: ColumnKind;
  width: number;
  field?: FieldId;
  choices?: readonly string[];
  /** A column whose cells keep their own formats: no format for the whole column. */
  ownFormats?: boolean;
  /** Centre the body cells (序号, percentages). */
  centered?: boolean;
}

/** A ledger sheet: the template's frame (title, fill line, header, notes) around body rows. */
export interface LedgerSheet {
  sheet: string;
  columns: readonly LayoutColumn[];
  /** The group header over the month columns: with month columns, the header has two levels. */
  monthGroup?: string;
  title: string;
  /** The fill line's two halves (`填报单位：…`, `填报日期：…`). */
  fillLeft: string;
  fillRight: string;
  /** Rows under the header, each as wide as `columns`. */
  body: CellValue[][];
  /** Body rows (0-based in `body`) that are section lines: merged across, bold. */
  sections?: readonly number[];
  /** Heights of the body rows in points (default 30). */
  bodyHeights?: readonly (number | undefined)[];
  /** Lines under the table, each merged across. */
  notes: readonly string[];
  /** Heights of the note lines in points (default 34). */
  noteHeights?: readonly number[];
  /** Rows from the first body row that get drop-downs and formats. */
  formattedRows: number;
  /** Known units (for a drop-down on the 责任单位 column). */
  units?: readonly string[];
  /** Formats of single cells (kept from the clerk's sheet). */
  cellFormats?: { area: CellArea; format: string }[];
}

/** The rows of the title, fill line and header, with their merges. */
function frame(spec: LedgerSheet, twoLevel: boolean): { rows: CellValue[][]; merges: CellArea[]; half: number } {
  const cols = spec.columns;
  const width = cols.length;
  const headerTop = 2;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const title = blank();
  title[0] = spec.title;
  const fill = blank();
  const half = Math.max(1, Math.floor(width / 2));
  fill[0] = spec.fillLeft;
  fill[half] = spec.fillRight;

  const header1 = blank();
  const header2 = blank();
  const merges: CellArea[] = [
    { row: 0, col: 0, rowCount: 1, colCount: width },
    { row: 1, col: 0, rowCount: 1, colCount: half },
    { row: 1, col: half, rowCount: 1, colCount: width - half },
  ];
  cols.forEach((c, i) => {
    if (twoLevel && c.kind === "month") {
      header2[i] = c.name;
    } else {
      header1[i] = c.name;
      if (twoLevel) merges.push({ row: headerTop, col: i, rowCount: 2, colCount: 1 });
    }
  });
  if (twoLevel) {
    const first = cols.findIndex((c) => c.kind === "month");
    const count = cols.filter((c) => c.kind === "month").length;
    header1[first] = spec.monthGroup ?? say("sheets.template.monthGroup");
    merges.push({ row: headerTop, col: first, rowCount: 1, colCount: count });
  }
  return { rows: twoLevel ? [title, fill, header1, header2] : [title, fill, header1], merges, half };
}

/** Build a ledger sheet's layout. */
export function ledgerSheetLayout(spec: LedgerSheet): SheetWrite {
  const cols = spec.columns;
  const width = cols.length;
  const twoLevel = Boolean(spec.monthGroup) && cols.some((c) => c.kind === "month");
  const headerTop = 2;
  const headerBottom = twoLevel ? 3 : 2;
  const firstData = headerBottom + 1;
  const bodyRows = spec.body.length;
  const lastDrawn = firstData + bodyRows - 1;
  const { rows, merges, half } = frame(spec, twoLevel);
  for (const line of spec.body) rows.push(line); // not push(...body): 100,000 arguments overflow the stack
  const sections = spec.sections ?? [];
  for (const s of sections) merges.push({ row: firstData + s, col: 0, rowCount: 1, colCount: width });
  for (const n of spec.notes) {
    const line = new Array<CellValue>(width).fill(null);
    line[0] = n;
    merges.push({ row: rows.length, col: 0, rowCount: 1, colCount: width });
    rows.push(line);
  }

  const dataArea = (i: number) => ({ row: firstData, col: i, rowCount: spec.formattedRows, colCount: 1 });
  const numberFormats = cols.flatMap((c, i) => {
    if (c.ownFormats) return [];
    const format = NUMBER_FORMAT[c.kind] ?? (TEXT_KINDS.has(c.kind) ? "@" : undefined);
    return format ? [{ area: dataArea(i), format }] : [];
  });
  for (const f of spec.cellFormats ?? []) numberFormats.push(f);
  const validations: ListValidation[] = cols.flatMap((c, i) => {
    if (c.choices) return [{ area: dataArea(i), list: [...c.choices], strict: false, prompt: say("sheets.template.choose", { column: c.name }) }];
    if (c.kind === "unit" && c.field === "unit" && spec.units?.length) {
      return [{ area: dataArea(i), list: [...spec.units], strict: false, prompt: say("sheets.template.chooseUnit") }];
    }
    return [];
  });
  const statusCol = cols.findIndex((c) => c.field === "status");
  const conditionalFormats: TextConditionalFormat[] =
    statusCol < 0
      ? []
      : Object.entries(STATUS_FILLS).map(([text, colours]) => ({ area: dataArea(statusCol), text, fill: colours.fill, fontColor: colours.font }));

  const headerArea = { row: headerTop, col: 0, rowCount: headerBottom - headerTop + 1, colCount: width };
  const styles: AreaStyle[] = [
    { area: { row: 0, col: 0, rowCount: 1, colCount: width }, bold: true, fontSize: 18, fontName: "黑体", horizontal: "center", vertical: "middle" },
    { area: { row: 1, col: 0, rowCount: 1, colCount: half }, fontSize: 11, horizontal: "left" },
    { area: { row: 1, col: half, rowCount: 1, colCount: width - half }, fontSize: 11, horizontal: "right" },
    { area: headerArea, bold: true, fontSize: 11, fontName: "黑体", fill: "#D9E2F3", horizontal: "center", vertical: "middle", wrap: true, border: true },
    { area: { row: firstData, col: 0, rowCount: bodyRows, colCount: width }, fontSize: 11, vertical: "top", wrap: true, border: true },
  ];
  cols.forEach((c, i) => {
    if (c.centered) styles.push({ area: { row: firstData, col: i, rowCount: bodyRows, colCount: 1 }, horizontal: "center" });
  });
  for (const s of sections) {
    styles.push({ area: { row: firstData + s, col: 0, rowCount: 1, colCount: width }, bold: true, fill: "#F2F2F2", horizontal: "left", vertical: "middle" });
  }
  if (spec.notes.length) {
    styles.push({ area: { row: lastDrawn + 1, col: 0, rowCount: spec.notes.length, colCount: width }, fontSize: 10, wrap: true, horizontal: "left", vertical: "top" });
  }
  const taskCol = cols.findIndex((c) => c.field === "task");
  const rowHeights: (number | undefined)[] = [36, 22, 30];
  if (twoLevel) rowHeights.push(22);
  for (let r = 0; r < bodyRows; r++) rowHeights.push(spec.bodyHeights?.[r] ?? 30);
  spec.notes.forEach((_n, i) => rowHeights.push(spec.noteHeights?.[i] ?? 34));

  return {
    sheet: spec.sheet,
    ifExists: "rename",
    rows,
    widths: cols.map((c) => c.width),
    numberFormats,
    merges,
    styles,
    validations,
    conditionalFormats,
    freeze: { rows: headerBottom + 1, cols: taskCol >= 0 ? taskCol + 1 : 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: headerTop, to: headerBottom } },
    rowHeights,
    activate: true,
  };
}

/** Build the template layout of a list. */
export function templateLayout(list: ListSchema, options: TemplateOptions): SheetWrite {
  const width = list.columns.length;
  const emptyRows = options.emptyRows ?? 10;
  return ledgerSheetLayout({
    sheet: list.name,
    columns: list.columns,
    monthGroup: list.monthGroup,
    title: templateTitle(list, options.year, options.unit),
    fillLeft: say("sheets.template.fillUnit", { unit: options.unit ?? "" }),
    fillRight: say("sheets.template.fillDate", { date: say("sheets.template.blankDate", { year: options.year }) }),
    body: Array.from({ length: emptyRows }, () => new Array<CellValue>(width).fill(null)),
    notes: list.fiveItems ? [FIVE_ITEMS_NOTE] : [],
    formattedRows: options.formattedRows ?? 500,
    units: options.units,
  });
}
