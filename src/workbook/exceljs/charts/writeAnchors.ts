/**
 * Putting carried anchors (charts) into a saved .xlsx: per sheet, the sheet's drawing (the one
 * ExcelJS wrote for its images, or a new `xl/drawings/drawingN.xml` referenced by a
 * `<drawing r:id>` in the schema's place in the sheet), the anchors appended to it with fresh
 * relationship ids and shape ids, their parts written under free names with their own
 * relationships, and every new part's content type declared.
 */

import JSZip from "jszip";
import type { CarriedAnchor, CarriedPart } from "./carried";
import {
  CONTENT_TYPE,
  ContentTypes,
  freePartName,
  nextRelId,
  partNames,
  readRels,
  readText,
  REL_TYPE,
  RELATIONSHIPS_NS,
  relativeTarget,
  relsPathOf,
  renderRels,
  resolveTarget,
  worksheetParts,
  type Relationship,
} from "./opc";
import { attributesOf, childInsertionPoint, namespacesOf, prefixesFor, rootStartTag, unescapeXml } from "./xml";

const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const EMPTY_DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>`;
/** Children of <worksheet> that come after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** The package with each sheet's anchors added (sheets by name; unknown names are a bug). */
export async function writeAnchors(bytes: Uint8Array, bySheet: ReadonlyMap<string, readonly CarriedAnchor[]>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = await worksheetParts(zip);
  const types = new ContentTypes((await readText(zip, "[Content_Types].xml")) ?? "");
  const writer = new PartWriter(zip, types);
  for (const [sheet, anchors] of bySheet) {
    if (anchors.length === 0) continue;
    const part = sheets.get(sheet);
    if (!part) throw new Error(`writeAnchors: the saved workbook has no worksheet named ${sheet}`);
    await addToSheet(zip, writer, part, anchors);
  }
  zip.file("[Content_Types].xml", types.render());
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

async function addToSheet(zip: JSZip, writer: PartWriter, sheetPart: string, anchors: readonly CarriedAnchor[]): Promise<void> {
  let sheetXml = (await readText(zip, sheetPart)) ?? "";
  const sheetRels = await readRels(zip, sheetPart);
  let drawingPart: string;
  const existing = existingDrawing(sheetXml, sheetRels);
  if (existing) {
    drawingPart = resolveTarget(sheetPart, existing.target);
  } else {
    drawingPart = writer.reserve("xl/drawings/drawing", ".xml");
    zip.file(drawingPart, EMPTY_DRAWING);
    writer.types.declare(drawingPart, CONTENT_TYPE.drawing);
    const id = nextRelId(sheetRels);
    sheetRels.push({ id, type: REL_TYPE.drawing, target: relativeTarget(sheetPart, drawingPart), external: false });
    sheetXml = withDrawingElement(sheetXml, id);
    zip.file(sheetPart, sheetXml);
    zip.file(relsPathOf(sheetPart), renderRels(sheetRels));
  }
  let drawingXml = (await readText(zip, drawingPart)) ?? EMPTY_DRAWING;
  const inScope = namespacesOf(rootStartTag(drawingXml).tag);
  const drawingRels = await readRels(zip, drawingPart);
  let shapeId = maxShapeId(drawingXml);
  const added: string[] = [];
  for (const anchor of anchors) {
    const ids = new Map<string, string>();
    for (const rel of anchor.rels) {
      const id = nextRelId(drawingRels);
      ids.set(rel.id, id);
      drawingRels.push(relationshipTo(writer, drawingPart, id, rel.type, rel.target));
    }
    let xml = withoutDeclarations(renameRelIds(anchor.xml, ids), inScope);
    xml = xml.replace(/(<(?:[\w.-]+:)?cNvPr\b[^>]*?\sid=")(\d+)(")/g, (_, head: string, _id: string, tail: string) => `${head}${++shapeId}${tail}`);
    added.push(xml);
  }
  drawingXml = appendToRoot(drawingXml, added.join(""));
  zip.file(drawingPart, drawingXml);
  zip.file(relsPathOf(drawingPart), renderRels(drawingRels));
}

/** The sheet's drawing relationship, if its XML has a <drawing> element (ExcelJS writes one for images). */
function existingDrawing(sheetXml: string, rels: readonly Relationship[]): Relationship | undefined {
  const m = /<(?:[\w.-]+:)?drawing\b[^>]*>/.exec(sheetXml);
  if (!m) return undefined;
  const id = [...attributesOf(m[0])].find(([name]) => name.endsWith(":id"))?.[1];
  const rel = rels.find((r) => r.id === id && r.type === REL_TYPE.drawing && !r.external);
  if (!rel) throw new Error("writeAnchors: the sheet's <drawing> has no drawing relationship");
  return rel;
}

/** The sheet XML with <drawing r:id> before the first child that must follow it. */
function withDrawingElement(sheetXml: string, id: string): string {
  const dataEnd = sheetXml.lastIndexOf("</sheetData>");
  const from = dataEnd >= 0 ? dataEnd + "</sheetData>".length : sheetXml.search(/<sheetData\b[^>]*\/>/);
  if (from < 0) throw new Error("writeAnchors: a worksheet without <sheetData>");
  const start = dataEnd >= 0 ? from : sheetXml.indexOf(">", from) + 1;
  const at = childInsertionPoint(sheetXml, AFTER_DRAWING, start);
  if (at < 0) throw new Error("writeAnchors: the worksheet XML ends early");
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? "";
  const rPrefix = prefixesFor(namespacesOf(root), RELATIONSHIPS_NS)[0];
  const element = rPrefix ? `<drawing ${rPrefix}:id="${id}"/>` : `<drawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${id}"/>`;
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

/** The anchor without the namespace declarations the drawing's root already makes. */
function withoutDeclarations(anchorXml: string, inScope: ReadonlyMap<string, string>): string {
  return anchorXml.replace(/^<[^>]*>/, (start) =>
    start.replace(/\s+xmlns(?::([\w.-]+))?="([^"]*)"/g, (whole, prefix: string | undefined, uri: string) => (inScope.get(prefix ?? "") === unescapeXml(uri) ? "" : whole)),
  );
}

function maxShapeId(drawingXml: string): number {
  let max = 1;
  for (const m of drawingXml.matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*?\sid="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** Rewrite relationship references (attributes in the relationships namespace) by the map. */
function renameRelIds(anchorXml: string, ids: ReadonlyMap<string, string>): string {
  const start = /^<[^>]*>/.exec(anchorXml)?.[0] ?? "";
  const prefixes = new Set(prefixesFor(namespacesOf(start), RELATIONSHIPS_NS));
  for (const m of anchorXml.matchAll(/xmlns:([\w.-]+)="([^"]*)"/g)) if (m[2] === RELATIONSHIPS_NS) prefixes.add(m[1]);
  return anchorXml.replace(/(\s)([\w.-]+):([\w.-]+)="([^"]*)"/g, (whole, space: string, prefix: string, local: string, value: string) =>
    prefixes.has(prefix) && ids.has(value) ? `${space}${prefix}:${local}="${ids.get(value)}"` : whole,
  );
}

function appendToRoot(xml: string, children: string): string {
  const selfClosing = /<((?:[\w.-]+:)?wsDr)\b([^>]*?)\/>\s*$/.exec(xml);
  if (selfClosing) return `${xml.slice(0, selfClosing.index)}<${selfClosing[1]}${selfClosing[2]}>${children}</${selfClosing[1]}>`;
  const end = /<\/((?:[\w.-]+:)?wsDr)>\s*$/.exec(xml);
  if (!end) throw new Error("writeAnchors: a drawing without its </wsDr>");
  return xml.slice(0, end.index) + children + xml.slice(end.index);
}

function relationshipTo(writer: PartWriter, source: string, id: string, type: string, target: CarriedPart | { text: string; external: boolean }): Relationship {
  if ("text" in target) return { id, type, target: target.text, external: target.external };
  return { id, type, target: relativeTarget(source, writer.write(target)), external: false };
}

/** Writes carried parts (each once, with its relationships) under free names. */
class PartWriter {
  private readonly taken: Set<string>;
  private readonly written = new Map<CarriedPart, string>();

  constructor(
    private readonly zip: JSZip,
    readonly types: ContentTypes,
  ) {
    this.taken = partNames(zip);
  }

  /** A free name like `${stem}N${ext}`. */
  reserve(stem: string, ext: string): string {
    return freePartName(this.taken, stem, ext);
  }

  /** Write the part (and the parts it links to); returns its name. */
  write(part: CarriedPart): string {
    const done = this.written.get(part);
    if (done) return done;
    const m = /^(.*?)(\d*)(\.[^./]*)?$/.exec(part.name);
    const name = this.reserve(m?.[1] ?? part.name, m?.[3] ?? "");
    this.written.set(part, name);
    const rels = part.rels.map((rel) => relationshipTo(this, name, rel.id, rel.type, rel.target));
    this.zip.file(name, part.data);
    if (rels.length > 0) this.zip.file(relsPathOf(name), renderRels(rels));
    this.types.declare(name, part.contentType);
    return name;
  }
}
