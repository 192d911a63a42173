/**
 * Scoring a header layout against a list: which column is which field, how well, and whether
 * that is enough to call the sheet a ledger of that list.
 */
import type { FieldId, ListSchema } from "../lists/schema";
import type { HeaderLayout } from "./layout";
import { MATCH_QUALITY, matchHeader } from "./header";

/** A column read as a field. */
export interface ColumnMatch {
  field: FieldId;
  col: number;
  header: string;
  quality: number;
  /** The sheet row of the header level that matched. */
  row: number;
}

/** How a header layout reads as one list. */
export interface ListScore {
  list: ListSchema;
  layout: HeaderLayout;
  /** One per field, in sheet order (a field named twice keeps its best column, then its first). */
  columns: ColumnMatch[];
  /** Header cells that name no field of the list (or a field already taken). */
  unknown: { col: number; header: string }[];
  /** Sum of match qualities over distinct fields, the months counting as one field. */
  score: number;
  /** How many of the list's required columns were found. */
  required: number;
  /** How many distinct fields were found, the months counting as one. */
  fields: number;
}

/** Read every header cell of the layout as a field of `list`. */
export function scoreLayout(list: ListSchema, layout: HeaderLayout): ListScore {
  const best = new Map<FieldId, ColumnMatch>();
  const unmatched: { col: number; header: string }[] = [];
  for (const cell of layout.cells) {
    let match;
    let row = layout.top;
    for (let i = 0; i < cell.levels.length && !match; i++) {
      match = matchHeader(list, cell.levels[i]);
      row = cell.levelRows[i];
    }
    if (!match) {
      unmatched.push({ col: cell.col, header: cell.display });
      continue;
    }
    const prior = best.get(match.field);
    const mine: ColumnMatch = { field: match.field, col: cell.col, header: cell.display, quality: match.quality, row };
    if (!prior || prior.quality < mine.quality) {
      if (prior) unmatched.push({ col: prior.col, header: prior.header });
      best.set(match.field, mine);
    } else {
      unmatched.push({ col: cell.col, header: cell.display });
    }
  }
  const columns = [...best.values()].sort((a, b) => a.col - b.col);
  let score = 0;
  let fields = 0;
  let months = false;
  for (const c of columns) {
    if (c.field.startsWith("month")) {
      months = true;
    } else {
      score += c.quality;
      fields++;
    }
  }
  if (months) {
    score += MATCH_QUALITY.name;
    fields++;
  }
  const requiredFields = list.columns.filter((c) => c.required).map((c) => c.field);
  const required = requiredFields.filter((f) => best.has(f)).length;
  return { list, layout, columns, unknown: unmatched.sort((a, b) => a.col - b.col), score, required, fields };
}

/**
 * Whether a scored header is enough to call the sheet a ledger of that list: two of its
 * required columns among three recognised ones, or one required column among four.
 */
export function isAcceptable(s: ListScore): boolean {
  return (s.required >= 2 && s.fields >= 3) || (s.required >= 1 && s.fields >= 4);
}

/** Whether a two-row layout really uses its upper row: some column matched there. */
export function usesUpperRow(s: ListScore): boolean {
  return s.layout.bottom === s.layout.top || s.columns.some((c) => c.row === s.layout.top);
}

/** Order for choosing among lists on one header: more required columns, then the better score. */
export function compareForList(a: ListScore, b: ListScore): number {
  return b.required - a.required || b.score - a.score;
}
