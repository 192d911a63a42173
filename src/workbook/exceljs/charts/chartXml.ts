/**
 * A `ChartSpec` as DrawingML: the chart part (`c:chartSpace` with one clustered `c:barChart`,
 * a series per spec series whose category and value references point at the sheet's cells
 * and carry caches of their current values, so viewers draw it without recalculating) and the
 * drawing anchor that places it over cells. Elements follow the schema's order
 * (ECMA-376 Part 1, dml-chart.xsd), which Excel enforces.
 */

import type ExcelJS from "exceljs";
import type { CellArea } from "../../../domain/sheet";
import { absoluteReference } from "../../common/charts";
import type { ChartSpec } from "../../port";
import { readCell, type ReadCell } from "../cellRead";
import type { CarriedAnchor } from "./carried";
import { CONTENT_TYPE, REL_TYPE } from "./opc";
import { escapeXml } from "./xml";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
};
const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;

/** A chart with the values its cells hold now. */
export interface ChartData {
  spec: ChartSpec;
  /** The sheet the chart's cells are on. */
  sheet: string;
  /** Category labels as shown, one per row of the categories ("" for an empty cell). */
  categories: string[];
  /** Each series' numbers by row (null where the cell holds no number) and its cells' number format. */
  series: { name: string; values: (number | null)[]; format: string }[];
}

/** Read the cells a chart shows from the worksheet (without creating the empty ones). */
export function chartData(ws: ExcelJS.Worksheet, spec: ChartSpec): ChartData {
  const read = (row: number, col: number): ReadCell => {
    const cell = ws.findRow(row + 1)?.findCell(col + 1);
    return cell ? readCell(cell) : { value: null, text: "", format: "General" };
  };
  const cells = (area: CellArea) => Array.from({ length: area.rowCount }, (_, i) => read(area.row + i, area.col));
  return {
    spec,
    sheet: ws.name,
    categories: cells(spec.categories).map((c) => c.text),
    series: spec.series.map((s) => {
      const values = cells(s.values);
      return {
        name: s.name,
        values: values.map((c) => (typeof c.value === "number" ? c.value : null)),
        format: values.find((c) => typeof c.value === "number")?.format ?? "General",
      };
    }),
  };
}

/** The chart part's XML. */
export function chartPartXml(data: ChartData): string {
  const { spec, sheet } = data;
  const bar = spec.kind === "bar";
  const series = data.series
    .map((s, i) =>
      [
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>`,
        `<c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`,
        `<c:invertIfNegative val="0"/>`,
        `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(sheet, spec.categories))}</c:f>${stringCache(data.categories)}</c:strRef></c:cat>`,
        `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(sheet, spec.series[i].values))}</c:f>${numberCache(s.values, s.format)}</c:numRef></c:val>`,
        `</c:ser>`,
      ].join(""),
    )
    .join("");
  const valueFormat = spec.valueFormat === undefined ? `<c:numFmt formatCode="General" sourceLinked="1"/>` : `<c:numFmt formatCode="${escapeXml(spec.valueFormat)}" sourceLinked="0"/>`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">`,
    `<c:date1904 val="0"/><c:lang val="zh-CN"/><c:roundedCorners val="0"/>`,
    `<c:chart>`,
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1"/><a:t>${escapeXml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`,
    `<c:autoTitleDeleted val="0"/>`,
    `<c:plotArea><c:layout/>`,
    `<c:barChart><c:barDir val="${bar ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>`,
    series,
    `<c:gapWidth val="150"/><c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:barChart>`,
    // A bar chart's categories read top to bottom (maxMin), the value axis crossing at the last (crosses max) stays at the bottom.
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/>`,
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`,
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/>`,
    valueFormat,
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`,
    `</c:plotArea>`,
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>`,
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>`,
    `</c:chart>`,
    `</c:chartSpace>`,
  ].join("");
}

function stringCache(texts: string[]): string {
  const points = texts.map((t, i) => (t === "" ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(t)}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points}</c:strCache>`;
}

function numberCache(values: (number | null)[], format: string): string {
  const points = values.map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
  return `<c:numCache><c:formatCode>${escapeXml(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

/** A new chart ready for a sheet's drawing: its anchor over the spec's cells and its chart part. */
export function newChartAnchor(data: ChartData): CarriedAnchor {
  const { row, col, rowCount, colCount } = data.spec.anchor;
  const marker = (tag: string, r: number, c: number) => `<xdr:${tag}><xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const xml = [
    `<xdr:twoCellAnchor xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">`,
    marker("from", row, col),
    marker("to", row + rowCount, col + colCount),
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(data.spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`,
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>`,
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  ].join("");
  return {
    xml,
    rels: [{ id: "rId1", type: REL_TYPE.chart, target: { name: "xl/charts/chart1.xml", contentType: CONTENT_TYPE.chart, data: chartPartXml(data), rels: [] } }],
  };
}
