/**
 * Small readings of cells shared by the rules: what counts as empty, a formula error, the
 * header label as written, the compact form two texts are compared in, and the "once per
 * merged cell" guard (a merged cell's problem is reported once, at its top-left cell).
 */
import type { Grid } from "../recognize/grid";
import type { RuleContext } from "./context";
import { normalizeText, toHalfWidth } from "../text/normalize";

/** Cell content that means "nothing written here". */
const EMPTY_MARKS: ReadonlySet<string> = new Set([
  "无", "暂无", "空", "略", "/", "//", "\\", "-", "--", "---", "—", "——", "_", "N/A", "n/a", "NA", "#", "…", "...",
]);

/** Whether a cell's (trimmed) text says nothing: empty, or a placeholder such as `/`, `无`, `——`. */
export function isEmptyText(text: string): boolean {
  if (text === "") return true;
  if (text.length > 4) return false;
  return EMPTY_MARKS.has(toHalfWidth(text).trim());
}

/** The error values Excel shows for a failed formula (not translated in zh-CN Excel). */
export const FORMULA_ERRORS: ReadonlySet<string> = new Set([
  "#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
]);

/** Whether a cell shows a formula error (`#REF!`); its other readings are then not judged. */
export function isFormulaError(text: string): boolean {
  return text.length >= 4 && text.length <= 14 && text.charCodeAt(0) === 35 /* # */ && FORMULA_ERRORS.has(text.trim());
}

const MARKERS = /^[*★☆※●◆▲\s]+|[*★☆※●◆▲:：\s]+$/g;
const SPACES = /[\s\u3000]+/g;

/** A header as the clerk wrote it, for messages: spaces and required-markers dropped (`完 成 时 限` → `完成时限`). */
export function headerLabel(header: string): string {
  return header.replace(MARKERS, "").replace(SPACES, "");
}

/** Punctuation, symbols and whitespace of any script. */
const NOT_WORDS = /[\p{P}\p{S}\s]+/gu;
/** A list marker at the start: `1.`, `1、`, `(1)`, `①`. */
const LIST_MARKER = /^(?:\d{1,2}[.、]|\(\d{1,2}\)|[①-⑳])/;

/** The form two texts are compared in: half-width, no spaces, no punctuation, no leading list marker. */
export function compactText(text: string): string {
  return normalizeText(text).replace(LIST_MARKER, "").replace(NOT_WORDS, "");
}

/** The key of a cell's top-left cell (merged areas share one key). */
export function masterKey(grid: Grid, row: number, col: number): number {
  const m = grid.master(row, col);
  return m.row * 16384 + m.col;
}

/**
 * The "once per merged cell" guard: the top-left cell of (row, col) when no finding of this
 * kind was made for it yet, else undefined. Each rule keeps its own `seen` set.
 */
export function firstSight(seen: Set<number>, grid: Grid, row: number, col: number): { row: number; col: number } | undefined {
  const m = grid.master(row, col);
  const key = m.row * 16384 + m.col;
  if (seen.has(key)) return undefined;
  seen.add(key);
  return m;
}

/**
 * Where to report a problem of the cell (row, col): the cell itself, or — inside a merged
 * area — its top-left cell the first time, and undefined after that (`seen` is the rule's own).
 */
export function place(ctx: RuleContext, seen: Set<number>, row: number, col: number): { row: number; col: number } | undefined {
  return ctx.mergedAt(row, col) ? firstSight(seen, ctx.grid, row, col) : { row, col };
}
