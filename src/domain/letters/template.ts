/**
 * The 函件模板 settings sheet (docs/letters.md): the office's wording of each letter, one row per
 * type and part (`类型 | 部分 | 内容 | 说明`), read back over the defaults of templates.ts, and
 * checked before anything is drafted — an unknown placeholder (`{单位名}`), an unbalanced brace,
 * an unknown 类型 or 部分 is a problem with its cell. `fillTemplate` puts the values in.
 */
import { say } from "../../messages";
import type { SheetSnapshot } from "../sheet";
import { createGrid, type Grid } from "../recognize/grid";
import { cellAddress } from "../text/a1";
import { normalizeHeader } from "../text/normalize";
import { quote } from "../validate/template";
import { LETTER_TYPES, type LetterType } from "./types";
import {
  DEFAULT_TEMPLATES, PARTS_OF, PART_NOTES, PLACEHOLDER_NAMES, isPlaceholder, templatePartOf, templateTypeOf, wordingOf,
  type LetterPart, type LetterTemplates, type LetterWording, type Placeholder,
} from "./templates";

/** The sheet the office keeps its wording in. */
export const TEMPLATE_SHEET = "函件模板";

/** What can be wrong on the 函件模板 sheet. Every kind is an error: nothing is drafted while one stands. */
export type TemplateProblemKind =
  | "no-header"
  | "empty-type"
  | "unknown-type"
  | "empty-part"
  | "unknown-part"
  | "duplicate"
  | "unknown-placeholder"
  | "self-reference"
  | "unbalanced-brace";

export interface TemplateProblem {
  kind: TemplateProblemKind;
  sheet: string;
  /** A1 address of the cell at fault (`C7`). */
  cell: string;
  /** 1-based sheet row. */
  row: number;
  /** zh-CN: what is wrong and how to fix it. */
  message: string;
}

/** The placeholder values: plain text (or a count), put in as they are, never read as wording or a formula. */
export type TemplateValues = Readonly<Partial<Record<Placeholder, string | number>>>;

const OPEN = new Set(["{", "｛"]);
const CLOSE = new Set(["}", "｝"]);

/** A text as literal pieces and braced tokens (`{单位}`, or `｛单位｝` typed with a Chinese input method). */
type Piece = string | { name: string; raw: string };

function scan(text: string): { pieces: Piece[]; unbalanced: boolean } {
  const pieces: Piece[] = [];
  let literal = "";
  let openAt = -1;
  let unbalanced = false;
  const chars = [...text];
  chars.forEach((c, i) => {
    if (OPEN.has(c)) {
      if (openAt >= 0) {
        unbalanced = true;
        literal += chars.slice(openAt, i).join("");
      }
      openAt = i;
    } else if (CLOSE.has(c)) {
      if (openAt < 0) {
        unbalanced = true;
        literal += c;
        return;
      }
      const raw = chars.slice(openAt, i + 1).join("");
      if (literal) pieces.push(literal);
      literal = "";
      pieces.push({ name: raw.slice(1, -1).trim(), raw });
      openAt = -1;
    } else if (openAt < 0) {
      literal += c;
    }
  });
  if (openAt >= 0) {
    unbalanced = true;
    literal += chars.slice(openAt).join("");
  }
  if (literal) pieces.push(literal);
  return { pieces, unbalanced };
}

/**
 * Put the values in: each known placeholder (half- or full-width braces) becomes its value ("" when
 * none is given); unknown names and stray braces stay as written. One pass: a value that itself
 * looks like a placeholder or a formula (`{编号}`, `=SUM(A1)`) is put in as text.
 */
export function fillTemplate(text: string, values: TemplateValues): string {
  return scan(text)
    .pieces.map((p) => (typeof p === "string" ? p : isPlaceholder(p.name) ? String(values[p.name] ?? "") : p.raw))
    .join("");
}

/** The placeholders a text uses (known ones only, each once). */
export function placeholdersIn(text: string): Placeholder[] {
  const names: Placeholder[] = [];
  for (const p of scan(text).pieces) if (typeof p !== "string" && isPlaceholder(p.name) && !names.includes(p.name)) names.push(p.name);
  return names;
}

/** The rows of a 函件模板 sheet: the header, then one row per type and part with its wording (default: the defaults). */
export function templateSheetRows(templates: LetterTemplates = DEFAULT_TEMPLATES): string[][] {
  const head = [say("letterText.head.type"), say("letterText.head.part"), say("letterText.head.text"), say("letterText.head.note")];
  const rows = LETTER_TYPES.flatMap((type) => PARTS_OF[type].map((part) => [type, part, wordingOf(templates, type, part), PART_NOTES[part]]));
  return [head, ...rows];
}

const HEADERS = {
  type: ["类型", "函件类型", "文种"],
  part: ["部分", "段落"],
  text: ["内容", "措辞", "文字"],
} as const;

/** How many rows from the top a header is looked for. */
const HEADER_SCAN = 10;

/** One usable row of the sheet: its type, part and wording. */
interface SheetRow {
  type: LetterType;
  part: LetterPart;
  text: string;
}

const list = (items: readonly string[]): string => items.join("、");

/** Read the sheet's rows and find what is wrong with them. */
function readSheet(snapshot: SheetSnapshot): { rows: SheetRow[]; problems: TemplateProblem[] } {
  const grid = createGrid(snapshot);
  const problems: TemplateProblem[] = [];
  const header = findHeader(grid);
  if (!header) {
    const row = Math.max(grid.firstRow, 0);
    const col = Math.max(grid.firstCol, 0);
    problems.push({ kind: "no-header", sheet: grid.sheet, cell: cellAddress(row, col), row: row + 1, message: say("letterText.template.noHeader", { sheet: grid.sheet }) });
    return { rows: [], problems };
  }
  const at = (row: number, col: number): string => {
    const m = grid.master(row, col);
    return cellAddress(m.row, m.col);
  };
  const problem = (kind: TemplateProblemKind, row: number, cell: string, message: string): void => {
    problems.push({ kind, sheet: grid.sheet, cell, row: row + 1, message });
  };
  const rows: SheetRow[] = [];
  const first = new Map<string, number>();
  for (let r = header.row + 1; r <= grid.lastRow; r++) {
    const typeText = grid.text(r, header.type).trim();
    const partText = grid.text(r, header.part).trim();
    const text = grid.text(r, header.text).trim();
    // A row with nothing to say (a blank line, or a 类型 merged down over it) is no row.
    if (partText === "" && text === "") continue;
    const typeCell = at(r, header.type);
    const partCell = at(r, header.part);
    const textCell = cellAddress(r, header.text);
    const line = r + 1;
    const type = templateTypeOf(typeText);
    if (!type) {
      if (typeText === "") problem("empty-type", r, typeCell, say("letterText.template.emptyType", { cell: typeCell, types: list(LETTER_TYPES), row: line }));
      else problem("unknown-type", r, typeCell, say("letterText.template.unknownType", { cell: typeCell, type: typeText, types: list(LETTER_TYPES), row: line }));
      continue;
    }
    const part = templatePartOf(partText);
    const parts = list(PARTS_OF[type]);
    if (partText === "") {
      problem("empty-part", r, partCell, say("letterText.template.emptyPart", { cell: partCell, type, parts, row: line }));
      continue;
    }
    if (!part || !PARTS_OF[type].includes(part)) {
      problem("unknown-part", r, partCell, say("letterText.template.unknownPart", { cell: partCell, part: partText, type, parts, row: line }));
      continue;
    }
    const key = `${type}\u0000${part}`;
    const earlier = first.get(key);
    if (earlier !== undefined) {
      problem("duplicate", r, partCell, say("letterText.template.duplicate", { cell: partCell, type, part, first: earlier, row: line }));
      continue;
    }
    first.set(key, line);
    problems.push(...textProblems(grid.sheet, r, textCell, type, part, text));
    rows.push({ type, part, text });
  }
  return { rows, problems };
}

/** The header row and the columns of 类型, 部分 and 内容, in the first rows of the sheet. */
function findHeader(grid: Grid): { row: number; type: number; part: number; text: number } | undefined {
  for (let row = grid.firstRow; row <= Math.min(grid.lastRow, grid.firstRow + HEADER_SCAN - 1); row++) {
    const colOf = (names: readonly string[]): number | undefined => {
      for (let col = grid.firstCol; col <= grid.lastCol; col++) if (names.includes(normalizeHeader(grid.text(row, col)))) return col;
      return undefined;
    };
    const type = colOf(HEADERS.type);
    const part = colOf(HEADERS.part);
    const text = colOf(HEADERS.text);
    if (type !== undefined && part !== undefined && text !== undefined) return { row, type, part, text };
  }
  return undefined;
}

/** The problems of one part's wording: stray braces, unknown placeholders, 事由 quoting itself. */
function textProblems(sheet: string, r: number, cell: string, type: LetterType, part: LetterPart, text: string): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  const { pieces, unbalanced } = scan(text);
  const add = (kind: TemplateProblemKind, message: string): void => {
    out.push({ kind, sheet, cell, row: r + 1, message });
  };
  if (unbalanced) add("unbalanced-brace", say("letterText.template.unbalanced", { cell, type, part, text: quote(text), example: "{单位}" }));
  const allowed = PLACEHOLDER_NAMES.filter((name) => !(part === "事由" && name === "事由"));
  const seen = new Set<string>();
  for (const p of pieces) {
    if (typeof p === "string" || seen.has(p.raw)) continue;
    seen.add(p.raw);
    if (part === "事由" && p.name === "事由") add("self-reference", say("letterText.template.selfReference", { cell, type, token: p.raw }));
    else if (!isPlaceholder(p.name)) add("unknown-placeholder", say("letterText.template.unknownPlaceholder", { cell, type, part, token: p.raw, known: list(allowed.map((n) => `{${n}}`)) }));
  }
  return out;
}

/**
 * Every problem of a 函件模板 sheet, with its cell: a missing header, a row without or with an
 * unknown 类型 or 部分, a part given twice, an unknown placeholder, 事由 quoting itself, a brace
 * without its pair. The letters are not drafted while there is one.
 */
export function checkTemplates(snapshot: SheetSnapshot): TemplateProblem[] {
  return readSheet(snapshot).problems;
}

/**
 * The wording on a 函件模板 sheet over the defaults: a part the sheet leaves out or empty keeps
 * its default; a row with an unknown 类型 or 部分, or a part's second row, is left out. The
 * problems are those of `checkTemplates`.
 */
export function readTemplates(snapshot: SheetSnapshot): { templates: LetterTemplates; problems: TemplateProblem[] } {
  const { rows, problems } = readSheet(snapshot);
  const wording = Object.fromEntries(LETTER_TYPES.map((type) => [type, { ...DEFAULT_TEMPLATES[type] }])) as Record<LetterType, Partial<Record<LetterPart, string>>>;
  for (const r of rows) if (r.text !== "") wording[r.type][r.part] = r.text;
  return { templates: wording as Readonly<Record<LetterType, LetterWording>>, problems };
}
