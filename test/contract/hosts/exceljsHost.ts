/**
 * ExcelJsWorkbook under the contract: in memory, or through bytes (every change is saved and
 * the file loaded again, so each assertion is about what the .xlsx keeps). Charts are not in
 * the ExcelJS model, so the inspector reads them from the saved bytes.
 */
import type ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot } from "../../../src/domain/sheet";
import { areaAddress, parseAreaAddress } from "../../../src/workbook/a1";
import { ExcelJsWorkbook } from "../../../src/workbook/exceljs/ExcelJsWorkbook";
import { hexOfFill } from "../../../src/workbook/exceljs/cellStyle";
import { dataValidationsOf } from "../../../src/workbook/exceljs/internals";
import type { Batched, CellMark, Decision, ReadRequest, ReadResult, SheetInfo, SheetWrite, WorkbookPort } from "../../../src/workbook/port";
import type { CellLook, ContractHost, HostInspector, SheetLayout } from "../harness";
import { xlsxCharts } from "./xlsxCharts";

/** A port that saves and reloads the .xlsx after every change. */
export class RoundTripWorkbook implements WorkbookPort {
  readonly kind = "xlsx" as const;
  constructor(public current: ExcelJsWorkbook) {}

  private async reload(): Promise<void> {
    this.current = await ExcelJsWorkbook.load(await this.current.save());
  }
  private async change<T>(fn: (wb: ExcelJsWorkbook) => Promise<T>): Promise<T> {
    const result = await fn(this.current);
    await this.reload();
    return result;
  }
  listSheets(): Promise<SheetInfo[]> {
    return this.current.listSheets();
  }
  activeSheet(): Promise<string> {
    return this.current.activeSheet();
  }
  activateSheet(name: string): Promise<void> {
    return this.change((wb) => wb.activateSheet(name));
  }
  selectCell(sheet: string, address: string): Promise<void> {
    return this.change((wb) => wb.selectCell(sheet, address));
  }
  readSheet(name?: string): Promise<SheetSnapshot> {
    return this.current.readSheet(name);
  }
  writeSheet(spec: SheetWrite): Promise<string> {
    return this.change((wb) => wb.writeSheet(spec));
  }
  markCells(sheet: string, marks: CellMark[]): Promise<void> {
    return this.change((wb) => wb.markCells(sheet, marks));
  }
  clearMarks(sheet: string): Promise<void> {
    return this.change((wb) => wb.clearMarks(sheet));
  }
  getSetting(key: string): Promise<string | null> {
    return this.current.getSetting(key);
  }
  appendRows(sheet: string, at: number, rows: CellValue[][]): Promise<void> {
    return this.change((wb) => wb.appendRows(sheet, at, rows));
  }
  setSetting(key: string, value: string): Promise<void> {
    return this.change((wb) => wb.setSetting(key, value));
  }
  batch<T>(request: ReadRequest, decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>> {
    return this.change((wb) => wb.batch(request, decide));
  }
}

/** A fresh in-memory .xlsx. */
export async function memoryHost(): Promise<ContractHost> {
  const wb = ExcelJsWorkbook.create();
  return { wb, inspect: exceljsInspector(() => wb.exceljs, () => wb.save()), notes: true };
}

/** A fresh .xlsx that goes through bytes after every change. */
export async function fileHost(): Promise<ContractHost> {
  const wb = new RoundTripWorkbook(ExcelJsWorkbook.create());
  return { wb, inspect: exceljsInspector(() => wb.current.exceljs, () => wb.current.save()), notes: true };
}

/** Reads fills, fonts, validations, views and page setup from the ExcelJS model, and charts from the saved bytes. */
export function exceljsInspector(book: () => ExcelJS.Workbook, save: () => Promise<Uint8Array>): HostInspector {
  const sheet = (name: string) => {
    const ws = book().getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  return {
    async cell(name, row, col) {
      return lookOf(sheet(name).findCell(row + 1, col + 1));
    },
    async layout(name) {
      return layoutOf(sheet(name));
    },
    async charts(name) {
      return xlsxCharts(await save(), name);
    },
  };
}

function hex(argb: string | undefined): string | null {
  return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
}

function lookOf(cell: ExcelJS.Cell | undefined): CellLook {
  const style = cell?.style ?? {};
  const b = style.border;
  const note = cell?.note;
  return {
    fill: hexOfFill(style.fill),
    bold: style.font?.bold === true,
    fontColor: hex(style.font?.color?.argb),
    horizontal: style.alignment?.horizontal ?? null,
    wrap: style.alignment?.wrapText === true,
    border: [b?.top, b?.left, b?.bottom, b?.right].every((side) => side?.style === "thin"),
    note: note === undefined || note === null ? null : typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join(""),
  };
}

function layoutOf(ws: ExcelJS.Worksheet): SheetLayout {
  const columnWidths: Record<number, number> = {};
  (ws.columns ?? []).forEach((column, i) => {
    if (column.width !== undefined) columnWidths[i] = column.width;
  });
  const rowHeights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    if (row.height !== undefined && row.height !== null) rowHeights[n - 1] = row.height;
  });
  const view = ws.views?.[0] as (Partial<ExcelJS.WorksheetViewFrozen> & { activeCell?: string }) | undefined;
  const links: SheetLayout["links"] = [];
  const formulas: SheetLayout["formulas"] = {};
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const m = /^HYPERLINK\("#(.*)",/.exec(cell.formula ?? "");
      if (m) links.push({ cell: cell.address, target: m[1].replace(/""/g, '"') });
      else if (cell.formula) formulas[cell.address] = `=${cell.formula}`;
    }),
  );
  const setup = ws.pageSetup;
  return {
    columnWidths,
    rowHeights,
    freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : null,
    validations: validationsOf(ws),
    conditionalFormats: ((ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []).flatMap((cf) =>
      cf.rules.map((rule) => ({
        area: cf.ref,
        text: /SEARCH\("((?:[^"]|"")*)"/.exec("formulae" in rule ? String(rule.formulae?.[0] ?? "") : "")?.[1].replace(/""/g, '"') ?? "",
        fill: hex(rule.style?.fill && "bgColor" in rule.style.fill ? rule.style.fill.bgColor?.argb : undefined) ?? "",
      })),
    ),
    formulas,
    links,
    print: {
      orientation: setup.orientation === "landscape" ? "landscape" : "portrait",
      a4: setup.paperSize === 9,
      fitToWidth: setup.fitToPage === true && setup.fitToWidth === 1 && (setup.fitToHeight === 0 || setup.fitToHeight === 1),
      onePage: setup.fitToPage === true && setup.fitToWidth === 1 && setup.fitToHeight === 1,
      titleRows: setup.printTitlesRow ? setup.printTitlesRow.split(":").map((r) => `$${r.replace(/\$/g, "")}`).join(":") : null,
    },
    activeCell: view?.activeCell ?? null,
  };
}

function validationsOf(ws: ExcelJS.Worksheet): SheetLayout["validations"] {
  const groups = new Map<string, { cells: string[]; v: ExcelJS.DataValidation }>();
  for (const [address, v] of Object.entries(dataValidationsOf(ws))) {
    if (!v) continue;
    const key = JSON.stringify(v);
    const group = groups.get(key) ?? { cells: [], v };
    group.cells.push(address);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ cells, v }) => {
    const areas = cells.map(parseAreaAddress);
    const top = Math.min(...areas.map((a) => a.row));
    const left = Math.min(...areas.map((a) => a.col));
    const bottom = Math.max(...areas.map((a) => a.row + a.rowCount));
    const right = Math.max(...areas.map((a) => a.col + a.colCount));
    const source = String(v.formulae?.[0] ?? "").replace(/^"|"$/g, "").replace(/""/g, '"');
    return {
      area: areaAddress({ row: top, col: left, rowCount: bottom - top, colCount: right - left }),
      list: source.split(","),
      strict: (v.errorStyle ?? "stop") === "stop" && v.showErrorMessage === true,
      ...(v.prompt !== undefined && { prompt: v.prompt }),
    };
  });
}
