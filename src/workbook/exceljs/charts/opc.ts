/**
 * The .xlsx package (Open Packaging Conventions) as the chart code needs it: parts by name in a
 * JSZip, relationships (parse, render, resolve and relativise targets, free ids), content
 * types (look up, add), free part names, and the worksheets' parts by sheet name.
 */

import type JSZip from "jszip";
import { attributesOf, escapeXml, namespacesOf, prefixesFor, rootStartTag } from "./xml";

const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Relationship types used here. */
export const REL_TYPE = {
  officeDocument: `${RELS_NS}/officeDocument`,
  worksheet: `${RELS_NS}/worksheet`,
  drawing: `${RELS_NS}/drawing`,
  chart: `${RELS_NS}/chart`,
} as const;

/** The relationships namespace (the `r:` of `r:id`). */
export const RELATIONSHIPS_NS = RELS_NS;

/** Content types used here. */
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

/** One relationship of a part. `target` is as written (relative to the source part's folder, or absolute from "/"). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships in a .rels part. */
export function parseRels(xml: string): Relationship[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
    const a = attributesOf(m[0]);
    return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "", external: a.get("TargetMode") === "External" };
  });
}

/** A .rels part. */
export function renderRels(rels: readonly Relationship[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** A free "rIdN" among `rels`. */
export function nextRelId(rels: readonly Relationship[]): string {
  const taken = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (taken.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** The part a relationship of `source` points at ("../charts/chart1.xml" from "xl/drawings/drawing1.xml" → "xl/charts/chart1.xml"). */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const piece of target.replace(/^\//, "").split("/")) {
    if (piece === "..") base.pop();
    else if (piece !== "." && piece !== "") base.push(decodeURIComponent(piece));
  }
  return base.join("/");
}

/** How `source` refers to `part` ("xl/drawings/drawing1.xml" → "xl/charts/chart1.xml" gives "../charts/chart1.xml"). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

/** A part's text, or undefined when the package lacks it. */
export async function readText(zip: JSZip, part: string): Promise<string | undefined> {
  return zip.file(part)?.async("string");
}

/** A part's relationships (none when it has no .rels part). */
export async function readRels(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(part));
  return xml === undefined ? [] : parseRels(xml);
}

/** The package's content types: defaults by extension, overrides by part name (compared case-insensitively). */
export class ContentTypes {
  private readonly defaults = new Map<string, string>();
  private readonly overrides = new Map<string, string>();
  private added = "";

  constructor(private readonly xml: string) {
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?(Default|Override)\b[^>]*>/g)) {
      const a = attributesOf(m[0]);
      const type = a.get("ContentType") ?? "";
      if (m[1] === "Default") this.defaults.set((a.get("Extension") ?? "").toLowerCase(), type);
      else this.overrides.set((a.get("PartName") ?? "").replace(/^\//, "").toLowerCase(), type);
    }
  }

  /** A part's content type, or undefined. */
  typeOf(part: string): string | undefined {
    return this.overrides.get(part.toLowerCase()) ?? this.defaults.get(extensionOf(part));
  }

  /** Whether any part has this content type. */
  has(type: string): boolean {
    return [...this.overrides.values(), ...this.defaults.values()].includes(type);
  }

  /** Declare a part's type (an override unless its extension's default already says so). */
  declare(part: string, type: string): void {
    if (this.typeOf(part) === type) return;
    this.overrides.set(part.toLowerCase(), type);
    this.added += `<Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`;
  }

  /** The [Content_Types].xml text with the declarations added. */
  render(): string {
    return this.added === "" ? this.xml : this.xml.replace(/<\/((?:[\w.-]+:)?)Types>\s*$/, `${this.added}</$1Types>`);
  }
}

function extensionOf(part: string): string {
  const name = part.slice(part.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** A part name not yet in the package: `${stem}${n}${ext}` with the smallest free n ≥ 1; reserved in `taken`. */
export function freePartName(taken: Set<string>, stem: string, ext: string): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${ext}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** The package's part names, lower-cased (for free names). */
export function partNames(zip: JSZip): Set<string> {
  const names = new Set<string>();
  zip.forEach((path, entry) => {
    if (!entry.dir) names.add(path.toLowerCase());
  });
  return names;
}

/** The workbook's worksheets: sheet name → worksheet part (chartsheets and others left out). */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const office = (await readRels(zip, "")).find((r) => r.type === REL_TYPE.officeDocument);
  const workbook = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const xml = (await readText(zip, workbook)) ?? "";
  const rels = new Map((await readRels(zip, workbook)).map((r) => [r.id, r]));
  const rPrefixes = prefixesFor(namespacesOf(rootStartTag(xml).tag), RELATIONSHIPS_NS);
  const sheets = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const a = attributesOf(m[0]);
    const rel = rels.get(rPrefixes.map((p) => a.get(`${p}:id`)).find((id) => id !== undefined) ?? "");
    const name = a.get("name");
    if (name !== undefined && rel?.type === REL_TYPE.worksheet && !rel.external) sheets.set(name, resolveTarget(workbook, rel.target));
  }
  return sheets;
}
