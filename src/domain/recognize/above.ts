/**
 * Reading the lines above the header: the title (`柳林镇2023年度重点工作任务清单`) and the fill
 * line (`填报单位：柳林镇   填报日期：2023年3月5日`).
 */
import type { Grid } from "./grid";
import type { FillLine } from "./types";
import { collapseSpaces } from "../text/normalize";
import { joinFillCells, parseFillLine, type FillLineValues } from "./fillLine";
import { findListByName } from "./title";

/** What stands above the table. */
export interface Above {
  /** The title as written (spaces collapsed). */
  title?: string;
  /** The first fill line, as the result reports it. */
  fillLine?: FillLine;
  /** The first fill line's values, with the year of its date. */
  fill?: FillLineValues;
}

const ATTACHMENT = /^附件\s*[\d一二三四五六七八九十]*\s*[:：]?$/;
const TITLE_WORDS = /清单|台账|登记|一览表|统计表|情况表|任务表|推进表/;

/** The row's texts, each merged area once, in column order. */
function rowTexts(grid: Grid, row: number): string[] {
  const texts: string[] = [];
  for (let col = grid.firstCol; col <= grid.lastCol; col++) {
    if (grid.master(row, col).col !== col) continue;
    const text = collapseSpaces(grid.text(row, col));
    if (text !== "") texts.push(text);
  }
  return texts;
}

/**
 * Read the rows above `headerTop`. The title is the first line naming a list, else the first
 * line with a ledger word (清单/台账/登记/…表), else the first line that is not `附件1`.
 */
export function readAbove(grid: Grid, headerTop: number): Above {
  const above: Above = {};
  const lines: string[] = [];
  for (let row = grid.firstRow; row < headerTop; row++) {
    const texts = rowTexts(grid, row);
    if (texts.length === 0) continue;
    const fill = parseFillLine(joinFillCells(texts));
    if (fill) {
      if (!above.fill) {
        above.fill = fill;
        above.fillLine = { row, ...withoutYear(fill) };
      }
      continue;
    }
    const line = texts.join(" ");
    if (!ATTACHMENT.test(line)) lines.push(line);
  }
  const title = lines.find((l) => findListByName(l)) ?? lines.find((l) => TITLE_WORDS.test(l)) ?? lines[0];
  if (title) above.title = title;
  return above;
}

function withoutYear(values: FillLineValues): Omit<FillLine, "row"> {
  const out: Omit<FillLine, "row"> = {};
  if (values.unit) out.unit = values.unit;
  if (values.date) out.date = values.date;
  if (values.person) out.person = values.person;
  if (values.phone) out.phone = values.phone;
  return out;
}
