/**
 * What the browser edition's download will lack or show differently from the clerk's own file:
 * ExcelJS 4.4 rewrites the whole package when `ExcelJsWorkbook.save` writes it, and drops or
 * changes what it does not model. The kinds below are exactly those measured to be lost or
 * changed by `test/unit/round-trip.test.ts` (docs/round-trip.md has the table and the evidence);
 * what survives (pictures, notes with formatted text, formulas and cached values, classic
 * conditional formats and data validation, hidden sheets, WPS number formats, the theme, sheet
 * protection, print setup, grouping, rich text, web links, tab colours, frozen panes) and what
 * the adapter carries itself (charts) is not reported.
 *
 * The scan reads the original package with JSZip, never ExcelJS: the workbook part and its
 * relationships, styles.xml, each worksheet and its relationships, and only the small parts a
 * worksheet points at when one of them is what is lost (comments, VML, drawings, tables,
 * threaded comments, slicers), plus docProps/custom.xml when there is one.
 */

import JSZip from "jszip";
import { say } from "../../messages";
import { readRels, readText, REL_TYPE, resolveTarget, type Relationship } from "./charts/opc";
import { attributesOf, unescapeXml } from "./charts/xml";
import { ZH_CN_BUILTIN_FORMATS } from "./builtinFormats";

/** The kinds of loss, in the order they are reported (what costs the clerk most first). */
export const ROUND_TRIP_LOSS_KINDS = [
  "cross-sheet-conditional-formats",
  "pivot-tables",
  "slicers",
  "shapes",
  "cell-images",
  "threaded-comments",
  "plain-notes",
  "external-links",
  "names-lost",
  "names-scope",
  "cross-sheet-validations",
  "sparklines",
  "tables",
  "builtin-number-formats",
  "escaped-number-formats",
  "data-bars",
  "dynamic-arrays",
  "internal-hyperlinks",
  "filter-criteria",
  "page-breaks",
  "protected-ranges",
  "workbook-protection",
  "shown-notes",
  "ignored-errors",
  "custom-properties",
] as const;

/** One kind of thing the download will lack or change. */
export type RoundTripLossKind = (typeof ROUND_TRIP_LOSS_KINDS)[number];

/** What the ExcelJS round trip will drop or change of one kind, and where. */
export interface RoundTripLoss {
  readonly kind: RoundTripLossKind;
  /** The sheets concerned, in tab order (empty for what belongs to the whole workbook). */
  readonly sheets: readonly string[];
  /** How many: rules, pivot tables, shapes, cells, names, page breaks… (1 for a workbook setting). */
  readonly count: number;
  /**
   * The things' own names where the clerk knows them by name: defined names, tables, custom
   * properties.
   */
  readonly names: readonly string[];
}

/**
 * The built-in number format ids ExcelJS 4.4 knows by their code (lib/xlsx/defaultnumformats.js,
 * the ids with an `f`): a cell styled with any other id and no `<numFmt>` for it loses its format.
 */
const EXCELJS_BUILTIN_FORMATS: ReadonlySet<number> = new Set([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 37, 38, 39, 40, 45, 46, 47, 48, 49]);

/**
 * A backslash before a character that means something in a format code: ExcelJS drops every
 * backslash of a format code it reads (`0\%` becomes `0%`, a percentage). A backslash before a
 * character that is shown as it is (`\-`, `\ `, `\年`) changes nothing that shows.
 */
const MEANINGFUL_ESCAPE = /\\[0-9A-Za-z#?.,%@"*_;\\[\]]/;

/** The custom properties WPS adds to every file it saves (its build and a file id), which no clerk set. */
const WPS_PROPERTIES: ReadonlySet<string> = new Set(["KSOProductBuildVer", "ICV"]);

/** The x14 conditional format rules ExcelJS reads and writes back (the others make it fail to save). */
const X14_RULES_KEPT: ReadonlySet<string> = new Set(["dataBar", "iconSet"]);

/** An A1 area with its sheet, as ExcelJS keeps it in a defined name (`名录!$A$1:$A$5`, `'一 季度'!$B$2`). */
const SHEET_AREA = /^(?:'(?:[^']|'')+'|[^'!:,\s()"]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/**
 * What `ExcelJsWorkbook.load(original)` then `save()` will drop or change of the clerk's file,
 * one entry per kind in the order of `ROUND_TRIP_LOSS_KINDS`, the sheets in tab order. Nothing
 * for a file ExcelJS carries whole. Bytes that are not an .xlsx package give a rejected promise
 * (JSZip's error); the caller has already refused them through `ExcelJsWorkbook.load`.
 */
export async function roundTripLosses(original: Uint8Array): Promise<RoundTripLoss[]> {
  const book = await openBook(original);
  const tally = new Tally(book.sheets.map((s) => s.name));
  scanNames(book, tally);
  scanWorkbookSettings(book, tally);
  const styles = await scanStyles(book);
  await scanCustomProperties(book.zip, tally);
  for (const sheet of book.sheets) {
    if (sheet.part !== undefined) await scanWorksheet(book.zip, sheet.name, sheet.part, styles, tally);
  }
  return tally.losses();
}

/** One zh-CN sentence per loss, from the catalogue: what will be missing, where, and what the clerk can do. */
export function describeLosses(losses: readonly RoundTripLoss[]): string[] {
  return losses.map((loss) => SENTENCES[loss.kind](loss));
}

// ---------------------------------------------------------------------------------------------
// Sentences

/** `“汇总”、“名录”` */
function quoted(names: readonly string[]): string {
  return names.map((name) => say("roundTrip.quoted", { name })).join("、");
}

type Describe = (loss: RoundTripLoss) => string;

/** Where and how many, the two things most sentences say. */
const where = (loss: RoundTripLoss) => ({ sheets: quoted(loss.sheets), count: loss.count });

const SENTENCES: { readonly [K in RoundTripLossKind]: Describe } = {
  "cross-sheet-conditional-formats": (l) => say("roundTrip.cross-sheet-conditional-formats", where(l)),
  "pivot-tables": (l) => say("roundTrip.pivot-tables", where(l)),
  slicers: (l) => say("roundTrip.slicers", where(l)),
  shapes: (l) => say("roundTrip.shapes", where(l)),
  "cell-images": (l) => say("roundTrip.cell-images", where(l)),
  "threaded-comments": (l) => say("roundTrip.threaded-comments", where(l)),
  "plain-notes": (l) => say("roundTrip.plain-notes", where(l)),
  "external-links": (l) => say("roundTrip.external-links", { count: l.count }),
  "names-lost": (l) => say("roundTrip.names-lost", { count: l.count, names: quoted(l.names) }),
  "names-scope": (l) => say("roundTrip.names-scope", { sheets: quoted(l.sheets), names: quoted(l.names) }),
  "cross-sheet-validations": (l) => say("roundTrip.cross-sheet-validations", where(l)),
  sparklines: (l) => say("roundTrip.sparklines", where(l)),
  tables: (l) => say("roundTrip.tables", { ...where(l), names: quoted(l.names) }),
  "builtin-number-formats": (l) => say("roundTrip.builtin-number-formats", where(l)),
  "escaped-number-formats": (l) => say("roundTrip.escaped-number-formats", where(l)),
  "data-bars": (l) => say("roundTrip.data-bars", where(l)),
  "dynamic-arrays": (l) => say("roundTrip.dynamic-arrays", where(l)),
  "internal-hyperlinks": (l) => say("roundTrip.internal-hyperlinks", where(l)),
  "filter-criteria": (l) => say("roundTrip.filter-criteria", where(l)),
  "page-breaks": (l) => say("roundTrip.page-breaks", where(l)),
  "protected-ranges": (l) => say("roundTrip.protected-ranges", where(l)),
  "workbook-protection": () => say("roundTrip.workbook-protection"),
  "shown-notes": (l) => say("roundTrip.shown-notes", where(l)),
  "ignored-errors": (l) => say("roundTrip.ignored-errors", { sheets: quoted(l.sheets) }),
  "custom-properties": (l) => say("roundTrip.custom-properties", { count: l.count, names: quoted(l.names) }),
};

// ---------------------------------------------------------------------------------------------
// The tally

interface Found {
  sheets: string[];
  count: number;
  names: string[];
}

/** Losses as they are found, merged by kind. */
class Tally {
  private readonly found = new Map<RoundTripLossKind, Found>();

  /** `tabOrder`: the workbook's sheet names in tab order, the order each loss names its sheets in. */
  constructor(private readonly tabOrder: readonly string[]) {}

  /** Count `count` things of a kind (nothing when `count` is 0), on `sheet` when they belong to one. */
  add(kind: RoundTripLossKind, count: number, sheet?: string, names: readonly string[] = []): void {
    if (count <= 0) return;
    const entry = this.found.get(kind) ?? { sheets: [], count: 0, names: [] };
    entry.count += count;
    if (sheet !== undefined && !entry.sheets.includes(sheet)) entry.sheets.push(sheet);
    for (const name of names) if (!entry.names.includes(name)) entry.names.push(name);
    this.found.set(kind, entry);
  }

  /** The losses in the order of `ROUND_TRIP_LOSS_KINDS`. */
  losses(): RoundTripLoss[] {
    return ROUND_TRIP_LOSS_KINDS.flatMap((kind) => {
      const entry = this.found.get(kind);
      if (!entry) return [];
      const sheets = [...entry.sheets].sort((a, b) => this.tabOrder.indexOf(a) - this.tabOrder.indexOf(b));
      return [{ kind, sheets, count: entry.count, names: entry.names }];
    });
  }
}

// ---------------------------------------------------------------------------------------------
// The package

interface SheetEntry {
  name: string;
  /** The worksheet part; undefined for a chartsheet or a sheet whose part is missing. */
  part: string | undefined;
}

interface Book {
  zip: JSZip;
  workbookPart: string;
  workbookXml: string;
  workbookRels: Relationship[];
  /** Every sheet in tab order (the index a sheet-scoped name's localSheetId counts in). */
  sheets: SheetEntry[];
}

/** The last segment of a relationship type (".../comments" → "comments"), the same in every namespace variant. */
function typeOf(rel: Relationship): string {
  return rel.type.slice(rel.type.lastIndexOf("/") + 1);
}

/** Start tags of an element (any prefix) in `xml`, as attribute maps. */
function startTags(xml: string, local: string): Map<string, string>[] {
  return [...xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])[^>]*>`, "g"))].map((m) => attributesOf(m[0]));
}

/** Whole elements (any prefix) in `xml`: their start tag's attributes and their content. */
function elements(xml: string, local: string): { attrs: Map<string, string>; body: string }[] {
  const pattern = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1>)`, "g");
  return [...xml.matchAll(pattern)].map((m) => ({ attrs: attributesOf(`<x${m[2]}>`), body: m[3] ?? "" }));
}

/** How many times `pattern` (global) occurs in `xml`. */
function occurrences(xml: string, pattern: RegExp): number {
  return xml.match(pattern)?.length ?? 0;
}

/** An XML boolean attribute that is on ("1" or "true"). */
function isOn(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** The package, its workbook part (found through the package relationships) and the sheets in tab order. */
async function openBook(bytes: Uint8Array): Promise<Book> {
  const zip = await JSZip.loadAsync(bytes);
  const office = (await readRels(zip, "")).find((r) => r.type === REL_TYPE.officeDocument);
  const workbookPart = office ? resolveTarget("", office.target) : "xl/workbook.xml";
  const workbookXml = (await readText(zip, workbookPart)) ?? "";
  const workbookRels = await readRels(zip, workbookPart);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets = startTags(workbookXml, "sheet").map((a) => {
    const rel = byId.get([...a].find(([key]) => key.endsWith(":id"))?.[1] ?? "");
    const part = rel && typeOf(rel) === "worksheet" && !rel.external ? resolveTarget(workbookPart, rel.target) : undefined;
    return { name: a.get("name") ?? "", part: part !== undefined && zip.file(part) ? part : undefined };
  });
  return { zip, workbookPart, workbookXml, workbookRels, sheets };
}

/** The parts a worksheet relates to, by relationship type (internal ones only). */
async function relatedParts(zip: JSZip, part: string): Promise<Map<string, string[]>> {
  const byType = new Map<string, string[]>();
  for (const rel of await readRels(zip, part)) {
    if (rel.external) continue;
    const type = typeOf(rel);
    byType.set(type, [...(byType.get(type) ?? []), resolveTarget(part, rel.target)]);
  }
  return byType;
}

/** The text of every part of a type a worksheet relates to. */
async function textsOf(zip: JSZip, parts: Map<string, string[]>, type: string): Promise<string[]> {
  const texts = await Promise.all((parts.get(type) ?? []).map((p) => readText(zip, p)));
  return texts.filter((t): t is string => t !== undefined);
}

// ---------------------------------------------------------------------------------------------
// The workbook

/**
 * Defined names: ExcelJS keeps a name only when its value is one or more areas with their sheet,
 * and keeps no name's sheet scope (`localSheetId`). Built-in names (`_xlnm.`: print titles and
 * area survive, the filter's is machinery), future-function names (`_xlfn.`), hidden names and
 * names already broken (`#REF!`, a slicer's `#N/A`) are not the clerk's and are left out.
 */
function scanNames(book: Book, tally: Tally): void {
  for (const { attrs, body } of elements(book.workbookXml, "definedName")) {
    const name = attrs.get("name") ?? "";
    const value = unescapeXml(body).trim();
    if (/^_xl(?:nm|fn)\./i.test(name) || isOn(attrs.get("hidden")) || value.startsWith("#")) continue;
    if (!isSheetAreas(value)) {
      tally.add("names-lost", 1, undefined, [name]);
      continue;
    }
    const scope = attrs.get("localSheetId");
    if (scope !== undefined) tally.add("names-scope", 1, book.sheets[Number(scope)]?.name, [name]);
  }
}

/** Whether a name's value is a comma-separated list of areas with their sheet (commas inside quotes are a sheet's). */
function isSheetAreas(value: string): boolean {
  const pieces = value.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? [];
  return pieces.length > 0 && pieces.join(",") === value && pieces.every((p) => SHEET_AREA.test(p.trim()));
}

/** Workbook protection and external links (the workbook's own settings). */
function scanWorkbookSettings(book: Book, tally: Tally): void {
  const protection = startTags(book.workbookXml, "workbookProtection")[0];
  if (protection && (isOn(protection.get("lockStructure")) || isOn(protection.get("lockWindows")))) tally.add("workbook-protection", 1);
  tally.add("external-links", book.workbookRels.filter((r) => typeOf(r) === "externalLink").length);
}

/** Custom document properties other than WPS's own. */
async function scanCustomProperties(zip: JSZip, tally: Tally): Promise<void> {
  const rel = (await readRels(zip, "")).find((r) => typeOf(r) === "custom-properties" && !r.external);
  const xml = rel ? await readText(zip, resolveTarget("", rel.target)) : undefined;
  if (xml === undefined) return;
  const names = startTags(xml, "property")
    .map((a) => a.get("name") ?? "")
    .filter((n) => n !== "" && !WPS_PROPERTIES.has(n));
  tally.add("custom-properties", names.length, undefined, names);
}

/** The cell styles (cellXfs indexes) whose number format the round trip loses or changes. */
interface StyleLosses {
  builtin: ReadonlySet<number>;
  escaped: ReadonlySet<number>;
}

/** The cell styles whose number format is lost (an unknown built-in id) or rewritten (escapes). */
async function scanStyles(book: Book): Promise<StyleLosses> {
  const rel = book.workbookRels.find((r) => typeOf(r) === "styles" && !r.external);
  const xml = rel ? ((await readText(book.zip, resolveTarget(book.workbookPart, rel.target))) ?? "") : "";
  const codes = new Map(startTags(xml, "numFmt").map((a) => [Number(a.get("numFmtId")), a.get("formatCode") ?? ""]));
  const cellXfs = /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const builtin = new Set<number>();
  const escaped = new Set<number>();
  startTags(cellXfs, "xf").forEach((a, index) => {
    const id = Number(a.get("numFmtId") ?? "0");
    const code = codes.get(id);
    if (code === undefined && !EXCELJS_BUILTIN_FORMATS.has(id) && ZH_CN_BUILTIN_FORMATS[id] === undefined) builtin.add(index);
    if (code !== undefined && MEANINGFUL_ESCAPE.test(code)) escaped.add(index);
  });
  return { builtin, escaped };
}

// ---------------------------------------------------------------------------------------------
// A worksheet

async function scanWorksheet(zip: JSZip, sheet: string, part: string, styles: StyleLosses, tally: Tally): Promise<void> {
  const xml = (await readText(zip, part)) ?? "";
  const parts = await relatedParts(zip, part);
  scanSheetXml(xml, sheet, tally);
  scanStyledCells(xml, sheet, styles, tally);
  tally.add("pivot-tables", parts.get("pivotTable")?.length ?? 0, sheet);
  for (const slicers of await textsOf(zip, parts, "slicer")) tally.add("slicers", occurrences(slicers, /<(?:[\w.-]+:)?slicer\s/g), sheet);
  for (const drawing of await textsOf(zip, parts, "drawing")) tally.add("shapes", shapesIn(drawing), sheet);
  for (const threads of await textsOf(zip, parts, "threadedComment")) tally.add("threaded-comments", threadsIn(threads), sheet);
  for (const comments of await textsOf(zip, parts, "comments")) tally.add("plain-notes", plainNotesIn(comments), sheet);
  for (const vml of await textsOf(zip, parts, "vmlDrawing")) tally.add("shown-notes", shownNotesIn(vml), sheet);
  for (const table of await textsOf(zip, parts, "table")) scanTable(table, sheet, tally);
}

/** What the worksheet's own XML shows: extension lists, links, breaks, filters, ranges, formulas. */
function scanSheetXml(xml: string, sheet: string, tally: Tally): void {
  const x14Rules = x14RuleTypes(xml);
  tally.add("cross-sheet-conditional-formats", x14Rules.filter((t) => !X14_RULES_KEPT.has(t)).length, sheet);
  tally.add("data-bars", x14Rules.filter((t) => t === "dataBar").length, sheet);
  tally.add("cross-sheet-validations", occurrences(xml, /<x14:dataValidation[\s>]/g), sheet);
  tally.add("sparklines", occurrences(xml, /<x14:sparkline[\s>]/g), sheet);
  tally.add("dynamic-arrays", occurrences(xml, /<(?:[\w.-]+:)?c\s[^>]*\bcm="/g), sheet);
  tally.add("cell-images", occurrences(xml, /<(?:[\w.-]+:)?f\b[^>]*>[^<]*\bDISPIMG\(/g), sheet);
  tally.add("internal-hyperlinks", startTags(xml, "hyperlink").filter((a) => a.has("location") && ![...a.keys()].some((k) => k.endsWith(":id"))).length, sheet);
  tally.add("page-breaks", occurrences(xml, /<(?:[\w.-]+:)?brk\b/g), sheet);
  tally.add("filter-criteria", filterColumnsIn(xml), sheet);
  tally.add("protected-ranges", startTags(xml, "protectedRange").length, sheet);
  tally.add("ignored-errors", startTags(xml, "ignoredError").length, sheet);
}

/** The types of the x14 conditional format rules (in the worksheet's extension list). */
function x14RuleTypes(xml: string): string[] {
  return [...xml.matchAll(/<x14:cfRule\b[^>]*>/g)].map((m) => attributesOf(m[0]).get("type") ?? "");
}

/** The filter criteria of the sheet's autofilter (a table's filter lives in its table part and is left alone). */
function filterColumnsIn(xml: string): number {
  const filter = elements(xml, "autoFilter")[0];
  return filter ? occurrences(filter.body, /<(?:[\w.-]+:)?filterColumn\b/g) : 0;
}

/** Cells whose style's number format the round trip loses or rewrites. */
function scanStyledCells(xml: string, sheet: string, styles: StyleLosses, tally: Tally): void {
  if (styles.builtin.size === 0 && styles.escaped.size === 0) return;
  let builtin = 0;
  let escaped = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?c\s[^>]*?\bs="(\d+)"/g)) {
    const style = Number(m[1]);
    if (styles.builtin.has(style)) builtin++;
    if (styles.escaped.has(style)) escaped++;
  }
  tally.add("builtin-number-formats", builtin, sheet);
  tally.add("escaped-number-formats", escaped, sheet);
}

/** Drawing anchors that hold a shape, a connector or a group (ExcelJS keeps only pictures; the adapter carries charts). */
function shapesIn(drawing: string): number {
  const anchors = drawing.match(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g) ?? [];
  return anchors.filter((anchor) => {
    const own = anchor.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, "");
    return /<xdr:(sp|cxnSp|grpSp)\b/.test(own);
  }).length;
}

/** Threads (comments that are not replies) of a threaded comments part. */
function threadsIn(xml: string): number {
  return startTags(xml, "threadedComment").filter((a) => !a.has("parentId")).length;
}

/**
 * Notes whose text is a plain `<t>` without runs, which ExcelJS writes back empty. The notes Excel
 * writes beside threaded comments (author "tc=…") are counted with the threads instead.
 */
function plainNotesIn(xml: string): number {
  const authors = elements(xml, "author").map((a) => unescapeXml(a.body));
  return elements(xml, "comment").filter(({ attrs, body }) => {
    const author = authors[Number(attrs.get("authorId") ?? "0")] ?? "";
    return !author.startsWith("tc=") && !/<(?:[\w.-]+:)?r>/.test(body) && /<(?:[\w.-]+:)?t[\s>]/.test(body);
  }).length;
}

/** Notes set to be always shown (x:Visible in their VML shape), which ExcelJS writes back hidden. */
function shownNotesIn(vml: string): number {
  return elements(vml, "ClientData").filter(({ attrs, body }) => attrs.get("ObjectType") === "Note" && /<x:Visible\s*\/?>/.test(body)).length;
}

/** A table with a header row, which ExcelJS writes back without one (it reads a missing headerRowCount as 0). */
function scanTable(xml: string, sheet: string, tally: Tally): void {
  const table = startTags(xml, "table")[0];
  if (!table || table.get("headerRowCount") === "0") return;
  tally.add("tables", 1, sheet, [table.get("displayName") ?? table.get("name") ?? ""]);
}
