/**
 * Taking the charts out of an .xlsx before ExcelJS drops them: for each worksheet whose drawing
 * holds chart anchors, the anchors (with the drawing root's namespace declarations moved onto
 * them) and every part their charts reach (style, colours, user shapes, embedded data), so the
 * save can put them back. Anchors that also refer to anything but charts (pictures in a group,
 * say) are left out, as are chartsheets and the newer chart types (chartex: waterfall,
 * treemap…), which sit in other parts.
 */

import JSZip from "jszip";
import type { CarriedAnchor, CarriedPart, CarriedRel } from "./carried";
import { CONTENT_TYPE, ContentTypes, readRels, readText, REL_TYPE, RELATIONSHIPS_NS, resolveTarget, worksheetParts, type Relationship } from "./opc";
import { declareNamespaces, namespacesOf, prefixesFor, rootStartTag } from "./xml";

const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const SPREADSHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** The chart anchors of each worksheet, by sheet name (sheets without charts left out). */
export async function readAnchors(bytes: Uint8Array): Promise<Map<string, CarriedAnchor[]>> {
  const found = new Map<string, CarriedAnchor[]>();
  const zip = await JSZip.loadAsync(bytes);
  const types = new ContentTypes((await readText(zip, "[Content_Types].xml")) ?? "");
  if (!types.has(CONTENT_TYPE.chart)) return found;
  const parts = new PartReader(zip, types);
  for (const [sheet, sheetPart] of await worksheetParts(zip)) {
    const drawingRel = (await readRels(zip, sheetPart)).find((r) => r.type === REL_TYPE.drawing && !r.external);
    if (!drawingRel) continue;
    const drawingPart = resolveTarget(sheetPart, drawingRel.target);
    const anchors = await chartAnchors(zip, parts, drawingPart);
    if (anchors.length > 0) found.set(sheet, anchors);
  }
  return found;
}

async function chartAnchors(zip: JSZip, parts: PartReader, drawingPart: string): Promise<CarriedAnchor[]> {
  const xml = await readText(zip, drawingPart);
  if (xml === undefined) return [];
  const root = rootStartTag(xml);
  const declarations = namespacesOf(root.tag);
  const xdr = prefixesFor(declarations, SPREADSHEET_DRAWING_NS)[0];
  if (xdr === undefined) return [];
  const rels = new Map((await readRels(zip, drawingPart)).map((r) => [r.id, r]));
  const rPrefixes = prefixesFor(declarations, RELATIONSHIPS_NS);
  const anchorPattern = new RegExp(`<${xdr}:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\\b[\\s\\S]*?</${xdr}:\\1>`, "g");
  const anchors: CarriedAnchor[] = [];
  for (const m of xml.matchAll(anchorPattern)) {
    const anchorXml = m[0];
    if (!anchorXml.includes(`"${CHART_URI}"`)) continue;
    const ids = relIdsIn(anchorXml, rPrefixes);
    const used = ids.map((id) => rels.get(id));
    if (used.length === 0 || !used.every((r): r is Relationship => r !== undefined && r.type === REL_TYPE.chart && !r.external)) continue;
    const carried: CarriedRel[] = [];
    for (const rel of used) carried.push({ id: rel.id, type: rel.type, target: await parts.read(resolveTarget(drawingPart, rel.target)) });
    anchors.push({ xml: declareNamespaces(anchorXml, declarations), rels: carried });
  }
  return anchors;
}

/** Relationship ids the anchor refers to: values of attributes in the relationships namespace. */
function relIdsIn(anchorXml: string, rootPrefixes: string[]): string[] {
  const prefixes = new Set(rootPrefixes);
  for (const m of anchorXml.matchAll(/xmlns:([\w.-]+)="([^"]*)"/g)) if (m[2] === RELATIONSHIPS_NS) prefixes.add(m[1]);
  const ids = new Set<string>();
  for (const m of anchorXml.matchAll(/\s([\w.-]+):[\w.-]+="([^"]*)"/g)) if (prefixes.has(m[1])) ids.add(m[2]);
  return [...ids];
}

/** Reads parts with everything they link to, each once. */
class PartReader {
  private readonly cache = new Map<string, CarriedPart>();

  constructor(
    private readonly zip: JSZip,
    private readonly types: ContentTypes,
  ) {}

  async read(name: string): Promise<CarriedPart> {
    const known = this.cache.get(name);
    if (known) return known;
    const file = this.zip.file(name);
    if (!file) throw new Error(`readAnchors: the package has no part ${name}`);
    const part: CarriedPart = { name, contentType: this.types.typeOf(name) ?? "application/octet-stream", data: await file.async("uint8array"), rels: [] };
    this.cache.set(name, part);
    for (const rel of await readRels(this.zip, name)) {
      const target = rel.external ? undefined : resolveTarget(name, rel.target);
      part.rels.push({
        id: rel.id,
        type: rel.type,
        target: target !== undefined && this.zip.file(target) ? await this.read(target) : { text: rel.target, external: rel.external },
      });
    }
    return part;
  }
}
