/**
 * Reading charts back out of saved .xlsx bytes, independently of the code that wrote them:
 * JSZip for the package, xml2js (strict: a malformed part fails the test) for every part on
 * the way: workbook → sheet → drawing → chart.
 */
import JSZip from "jszip";
import { parseStringPromise } from "xml2js";
import { cellAddress } from "../../../src/workbook/a1";
import type { ChartLook } from "../harness";

/** An element as xml2js gives it: attributes under `$`, children by qualified name. */
type Node = { $?: Record<string, string>; _?: string } & { [child: string]: Node[] | string[] | Record<string, string> | string | undefined };

/** Parse a part strictly; throws when it is missing or not well-formed. */
export async function parsePart(zip: JSZip, part: string): Promise<Node> {
  const file = zip.file(part);
  if (!file) throw new Error(`the package has no part ${part}`);
  return (await parseStringPromise(await file.async("string"), { strict: true })) as Node;
}

/** Relationship id → target part, for a part. */
export async function relsOf(zip: JSZip, part: string): Promise<Map<string, { type: string; part: string }>> {
  const slash = part.lastIndexOf("/");
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  if (!zip.file(relsPart)) return new Map();
  const rels = (await parsePart(zip, relsPart)).Relationships as Node;
  return new Map(kids(rels, "Relationship").map((r) => [attr(r, "Id"), { type: attr(r, "Type"), part: resolve(part, attr(r, "Target")) }]));
}

function resolve(from: string, target: string): string {
  const parts = target.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const p of target.replace(/^\//, "").split("/")) {
    if (p === "..") parts.pop();
    else parts.push(p);
  }
  return parts.join("/");
}

function kids(node: Node | undefined, name: string): Node[] {
  const value = node?.[name];
  return Array.isArray(value) ? (value as unknown[]).map((v) => (typeof v === "string" ? ({ _: v } as Node) : (v as Node))) : [];
}

function kid(node: Node | undefined, ...path: string[]): Node | undefined {
  let current = node;
  for (const name of path) current = kids(current, name)[0];
  return current;
}

function attr(node: Node | undefined, name: string): string {
  return node?.$?.[name] ?? "";
}

function text(node: Node | undefined): string {
  return node?._ ?? "";
}

/** The worksheet part of a sheet, by name. */
export async function sheetPartOf(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await parsePart(zip, "xl/workbook.xml");
  const entry = kids(kid(workbook.workbook as Node, "sheets"), "sheet").find((s) => attr(s, "name") === sheet);
  if (!entry) throw new Error(`no sheet ${sheet} in the saved workbook`);
  const rel = (await relsOf(zip, "xl/workbook.xml")).get(attr(entry, "r:id"));
  if (!rel) throw new Error(`sheet ${sheet} has no relationship`);
  return rel.part;
}

/** The drawing part of a sheet, or undefined. */
export async function drawingPartOf(zip: JSZip, sheet: string): Promise<string | undefined> {
  const sheetPart = await sheetPartOf(zip, sheet);
  const drawing = kid((await parsePart(zip, sheetPart)).worksheet as Node, "drawing");
  if (!drawing) return undefined;
  return (await relsOf(zip, sheetPart)).get(attr(drawing, "r:id"))?.part;
}

/** The charts of a sheet in saved .xlsx bytes, in drawing order. */
export async function xlsxCharts(bytes: Uint8Array, sheet: string): Promise<ChartLook[]> {
  const zip = await JSZip.loadAsync(bytes);
  const drawingPart = await drawingPartOf(zip, sheet);
  if (!drawingPart) return [];
  const drawing = (await parsePart(zip, drawingPart))["xdr:wsDr"] as Node;
  const rels = await relsOf(zip, drawingPart);
  const looks: ChartLook[] = [];
  for (const anchor of kids(drawing, "xdr:twoCellAnchor")) {
    const chartRef = kid(anchor, "xdr:graphicFrame", "a:graphic", "a:graphicData", "c:chart");
    if (!chartRef) continue;
    const rel = rels.get(Object.entries(chartRef.$ ?? {}).find(([name]) => name.endsWith(":id"))?.[1] ?? "");
    if (!rel) throw new Error("a chart anchor without its relationship");
    const chart = kid((await parsePart(zip, rel.part))["c:chartSpace"] as Node, "c:chart");
    const plot = kid(chart, "c:plotArea");
    const bar = kid(plot, "c:barChart");
    const dir = attr(kid(bar, "c:barDir"), "val");
    const numFmt = kid(plot, "c:valAx", "c:numFmt");
    const marker = (name: string, less: number) => {
      const m = kid(anchor, name);
      return cellAddress(Number(text(kid(m, "xdr:row"))) - less, Number(text(kid(m, "xdr:col"))) - less);
    };
    looks.push({
      kind: dir === "col" ? "column" : dir === "bar" ? "bar" : "other",
      title: kids(kid(chart, "c:title", "c:tx", "c:rich"), "a:p")
        .flatMap((p) => kids(p, "a:r").map((r) => text(kid(r, "a:t"))))
        .join(""),
      series: kids(bar, "c:ser").map((ser) => ({
        name: text(kid(ser, "c:tx", "c:v")) || text(kid(ser, "c:tx", "c:strRef", "c:f")),
        categories: text(kid(ser, "c:cat", "c:strRef", "c:f")),
        values: text(kid(ser, "c:val", "c:numRef", "c:f")),
      })),
      firstOnTop: attr(kid(plot, "c:catAx", "c:scaling", "c:orientation"), "val") === "maxMin" && attr(kid(plot, "c:valAx", "c:crosses"), "val") === "max",
      valueFormat: numFmt && attr(numFmt, "sourceLinked") === "0" ? attr(numFmt, "formatCode") : null,
      from: marker("xdr:from", 0),
      to: marker("xdr:to", 1),
    });
  }
  return looks;
}
