/**
 * Changing a cell's style without touching other cells: ExcelJS shares one style object
 * between all cells loaded with the same style id (and between merged cells), so writing
 * `cell.fill = …` would repaint every cell sharing it. Here a cell always gets a new style
 * object; equal results are memoised so 300,000 bordered cells share a handful of objects.
 */

import type ExcelJS from "exceljs";
import type { AreaStyle } from "../port";

type Style = Partial<ExcelJS.Style>;

const memo = new WeakMap<object, Map<string, Style>>();
const NO_STYLE: Style = {};

function isEmpty(style: Style): boolean {
  for (const _ in style) return false;
  return true;
}

/** Give the cell `patch(style)` merged over its style; `key` names the patch for memoising. */
export function patchStyle(cell: ExcelJS.Cell, key: string, patch: (style: Style) => Style): void {
  const base: Style = cell.style ?? {};
  // A new cell gets a fresh `{}` of its own from ExcelJS: all of them are one "no style" here,
  // or every new cell would get its own style objects (a 汇总 of 180,000 rows: gigabytes).
  let byKey = memo.get(isEmpty(base) ? NO_STYLE : base);
  if (!byKey) {
    byKey = new Map();
    memo.set(isEmpty(base) ? NO_STYLE : base, byKey);
  }
  let next = byKey.get(key);
  if (!next) {
    next = { ...base, ...patch(base) };
    byKey.set(key, next);
  }
  cell.style = next;
}

/** Remove the cell's fill (restoring "no fill"). */
export function removeFill(cell: ExcelJS.Cell): void {
  const base: Style = cell.style ?? {};
  if (!("fill" in base)) return;
  const next: Style = { ...base };
  delete next.fill;
  cell.style = next;
}

/** "#RRGGBB" → ExcelJS ARGB "FFRRGGBB". */
export function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (!m) throw new RangeError(`Not a #RRGGBB colour: ${hex}`);
  return `FF${m[1].toUpperCase()}`;
}

/** A solid fill of the colour. */
export function solidFill(hex: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } };
}

/** The "#RRGGBB" of a solid ARGB fill, or null (no fill, a pattern, or a theme colour). */
export function hexOfFill(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  const colour = fill.fgColor?.argb;
  return colour && /^[0-9a-fA-F]{8}$/.test(colour) ? `#${colour.slice(2).toUpperCase()}` : null;
}

/** The style changes an AreaStyle asks for, merged over what the cell has. */
export function areaStylePatch(s: AreaStyle): (base: Style) => Style {
  return (base) => {
    const out: Style = {};
    if (s.bold !== undefined || s.fontSize !== undefined || s.fontName !== undefined || s.fontColor !== undefined) {
      out.font = {
        ...base.font,
        ...(s.bold !== undefined && { bold: s.bold }),
        ...(s.fontSize !== undefined && { size: s.fontSize }),
        ...(s.fontName !== undefined && { name: s.fontName }),
        ...(s.fontColor !== undefined && { color: { argb: argb(s.fontColor) } }),
      };
    }
    if (s.fill !== undefined) out.fill = solidFill(s.fill);
    if (s.horizontal !== undefined || s.vertical !== undefined || s.wrap !== undefined) {
      out.alignment = {
        ...base.alignment,
        ...(s.horizontal !== undefined && { horizontal: s.horizontal }),
        ...(s.vertical !== undefined && { vertical: s.vertical }),
        ...(s.wrap !== undefined && { wrapText: s.wrap }),
      };
    }
    if (s.border) {
      const thin: Partial<ExcelJS.Border> = { style: "thin" };
      out.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
    return out;
  };
}

/** A memo key for an AreaStyle (its look, not its area). */
export function areaStyleKey(s: AreaStyle): string {
  const { area: _area, ...look } = s;
  return `style:${JSON.stringify(look)}`;
}
