/**
 * The 单位名录 (docs/merging.md): the county's list of reporting units, read from a sheet with a
 * 单位 column and optional 类别, 排序 and 别名 columns. Its order (排序, else row order) is the
 * order of every county output; it names who is missing.
 */
import type { SheetSnapshot } from "../sheet";
import { createGrid } from "../recognize/grid";
import { normalizeHeader } from "../text/normalize";
import { unitKey } from "./unitKey";

/** The sheet name the office keeps its unit list under. */
export const DIRECTORY_SHEET = "单位名录";

/** The categories of reporting units. */
export const UNIT_CATEGORIES = ["乡镇", "街道", "开发区", "县直部门"] as const;

export interface DirectoryUnit {
  /** The unit's name as county documents write it. */
  name: string;
  category?: string;
  /** 0-based position in the county's order. */
  order: number;
  /** Other names (`县发改局`). */
  aliases: string[];
}

export interface UnitDirectory {
  units: DirectoryUnit[];
}

/** Why a sheet could not be read as a 单位名录. */
export type DirectoryProblem = { ok: false; reason: "no-unit-column" | "empty" };

const HEADERS = { name: ["单位", "单位名称", "填报单位", "责任单位"], category: ["类别", "单位类别", "类型"], order: ["排序", "序号", "顺序"], aliases: ["别名", "简称", "其他名称"] } as const;

/** Read a 单位名录 sheet: the first row holding a 单位 header is the header. */
export function readDirectory(snapshot: SheetSnapshot): { ok: true; directory: UnitDirectory } | DirectoryProblem {
  const grid = createGrid(snapshot);
  for (let row = grid.firstRow; row <= Math.min(grid.lastRow, grid.firstRow + 10); row++) {
    const colOf = (names: readonly string[]): number | undefined => {
      for (let col = grid.firstCol; col <= grid.lastCol; col++) if (names.includes(normalizeHeader(grid.text(row, col)))) return col;
      return undefined;
    };
    const nameCol = colOf(HEADERS.name);
    if (nameCol === undefined) continue;
    const categoryCol = colOf(HEADERS.category);
    const orderCol = colOf(HEADERS.order);
    const aliasCol = colOf(HEADERS.aliases);
    const found: { unit: Omit<DirectoryUnit, "order">; sortKey: number; at: number }[] = [];
    for (let r = row + 1; r <= grid.lastRow; r++) {
      const name = grid.text(r, nameCol).trim();
      if (name === "") continue;
      const orderText = orderCol === undefined ? "" : grid.text(r, orderCol).trim();
      const sortKey = orderText === "" ? NaN : Number(orderText);
      const aliases = aliasCol === undefined ? [] : grid.text(r, aliasCol).split(/[、,，;；\s]+/).filter((a) => a !== "");
      const category = categoryCol === undefined ? "" : grid.text(r, categoryCol).trim();
      found.push({ unit: { name, aliases, ...(category && { category }) }, sortKey: Number.isFinite(sortKey) ? sortKey : Infinity, at: r });
    }
    if (!found.length) return { ok: false, reason: "empty" };
    found.sort((a, b) => a.sortKey - b.sortKey || a.at - b.at);
    return { ok: true, directory: { units: found.map((f, order) => ({ ...f.unit, order })) } };
  }
  return { ok: false, reason: "no-unit-column" };
}

/** How a unit's name stands against the 单位名录. */
export type UnitMatch =
  | { kind: "matched"; unit: DirectoryUnit }
  | { kind: "ambiguous"; candidates: DirectoryUnit[] }
  | { kind: "unknown" };

/** Match a name by its key against every unit's name and aliases. */
export function matchUnit(directory: UnitDirectory, name: string): UnitMatch {
  const key = unitKey(name);
  const hits = directory.units.filter((u) => unitKey(u.name) === key || u.aliases.some((a) => unitKey(a) === key));
  if (hits.length === 1) return { kind: "matched", unit: hits[0] };
  return hits.length > 1 ? { kind: "ambiguous", candidates: hits } : { kind: "unknown" };
}
