/** OfficeJsWorkbook over the fake Excel host, with an inspector reading the fake's model. */
import { areaAddress, cellAddress } from "../../../src/workbook/a1";
import { absoluteReference } from "../../../src/workbook/common/charts";
import { FakeExcel, type FakeExcelOptions } from "../../../src/workbook/fake/FakeExcel";
import type { ChartModel, ChartRangeModel, SheetModel } from "../../../src/workbook/fake/model";
import { OfficeJsWorkbook } from "../../../src/workbook/officejs/OfficeJsWorkbook";
import { pointsToChars } from "../../../src/workbook/officejs/units";
import type { CellLook, ChartLook, ContractHost, HostInspector, SheetLayout } from "../harness";

/**
 * A fresh fake Excel (one empty "Sheet1") and the adapter over it. The fake plays Excel as it
 * has been seen to behave (`mode: "observed"`: requests measured as office.js sends them,
 * merges found only by their top-left cell, no fill and white read alike; FakeExcel.ts).
 */
export async function officeHost(options?: FakeExcelOptions): Promise<ContractHost & { fake: FakeExcel }> {
  const fake = new FakeExcel({ mode: "observed", ...options });
  return { fake, wb: new OfficeJsWorkbook(fake.run), inspect: fakeInspector(fake), notes: false };
}

/** Reads fills, fonts, validations and page layout from the fake's model. */
export function fakeInspector(fake: FakeExcel): HostInspector {
  return {
    async cell(sheet, row, col): Promise<CellLook> {
      const model = fake.sheet(sheet);
      const cell = fake.cell(sheet, row, col);
      const sides = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"].map((side) => hasBorder(model, row, col, side));
      return {
        fill: cell?.fill ?? null,
        bold: cell?.font?.bold === true,
        fontColor: cell?.font?.color ?? null,
        horizontal: cell?.horizontal?.toLowerCase() ?? null,
        wrap: cell?.wrap === true,
        border: sides.every(Boolean),
        note: null,
      };
    },
    async layout(sheet): Promise<SheetLayout> {
      const model = fake.sheet(sheet);
      const links: SheetLayout["links"] = [];
      const formulas: SheetLayout["formulas"] = {};
      for (const [r, cols] of model.cells) {
        for (const [c, cell] of cols) {
          if (cell.hyperlink?.documentReference) links.push({ cell: cellAddress(r, c), target: cell.hyperlink.documentReference });
          if (cell.formula) formulas[cellAddress(r, c)] = cell.formula;
        }
      }
      const zoom = model.page.zoom;
      return {
        columnWidths: Object.fromEntries([...model.columnWidths].map(([c, pts]) => [c, pointsToChars(pts)])),
        rowHeights: Object.fromEntries(model.rowHeights),
        freeze: model.freeze,
        validations: model.validations.map((v) => ({
          area: areaAddress(v.area),
          list: v.rule?.list?.source.split(",") ?? [],
          strict: v.errorAlert?.showAlert === true && v.errorAlert.style === "Stop",
          ...(v.prompt?.showPrompt && { prompt: v.prompt.message }),
        })),
        conditionalFormats: model.conditionalFormats.map((cf) => ({ area: areaAddress(cf.area), text: cf.rule?.text ?? "", fill: cf.fill ?? "" })),
        formulas,
        links,
        print: {
          orientation: model.page.orientation === "Landscape" ? "landscape" : "portrait",
          a4: model.page.paperSize === "A4",
          fitToWidth: zoom?.horizontalFitToPages === 1 && (zoom.verticalFitToPages === 0 || zoom.verticalFitToPages === 1),
          onePage: zoom?.horizontalFitToPages === 1 && zoom.verticalFitToPages === 1,
          titleRows: model.page.printTitleRows,
        },
        activeCell: cellAddress(model.activeCell.row, model.activeCell.col),
      };
    },
    async charts(sheet): Promise<ChartLook[]> {
      return fake.sheet(sheet).charts.map(chartLook);
    },
  };
}

/** What the fake recorded for a chart, in the contract's terms. */
function chartLook(chart: Readonly<ChartModel>): ChartLook {
  const ref = (r: ChartRangeModel | null) => (r ? absoluteReference(r.sheet.name, r.area) : "");
  const position = chart.position;
  return {
    kind: chart.type === "ColumnClustered" ? "column" : chart.type === "BarClustered" ? "bar" : "other",
    title: chart.title ?? "",
    series: chart.series.map((s) => ({ name: s.name, categories: ref(s.xValues), values: ref(s.values) })),
    firstOnTop: chart.axes.category.reversePlotOrder && chart.axes.category.position === "Maximum",
    valueFormat: chart.valueAxisNumberFormat === "General" ? null : chart.valueAxisNumberFormat,
    from: position ? cellAddress(position.from.row, position.from.col) : "",
    to: position?.to ? cellAddress(position.to.row, position.to.col) : "",
  };
}

/** Whether a thin continuous border covers the cell's edge (as an edge or an inside border of an area). */
function hasBorder(sheet: Readonly<SheetModel>, row: number, col: number, side: string): boolean {
  return sheet.borders.some((b) => {
    const a = b.area;
    const inside = row >= a.row && row < a.row + a.rowCount && col >= a.col && col < a.col + a.colCount;
    if (!inside || b.style !== "Continuous") return false;
    switch (side) {
      case "EdgeTop":
        return b.side === "EdgeTop" ? row === a.row : b.side === "InsideHorizontal" && row > a.row;
      case "EdgeBottom":
        return b.side === "EdgeBottom" ? row === a.row + a.rowCount - 1 : b.side === "InsideHorizontal" && row < a.row + a.rowCount - 1;
      case "EdgeLeft":
        return b.side === "EdgeLeft" ? col === a.col : b.side === "InsideVertical" && col > a.col;
      default:
        return b.side === "EdgeRight" ? col === a.col + a.colCount - 1 : b.side === "InsideVertical" && col < a.col + a.colCount - 1;
    }
  });
}
