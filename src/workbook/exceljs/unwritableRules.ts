/**
 * Conditional-format rules ExcelJS reads but cannot write: an Excel 2010 (x14) rule whose
 * formula refers to another sheet (Excel and WPS keep such rules in the worksheet's extension
 * list, the formula in `xm:f`) comes back from ExcelJS 4.4 without its `formulae`, and writing it
 * throws a TypeError (cf-rule-xform.js renderExpression), so the whole workbook could not be saved
 * (measured: docs/round-trip.md, test/unit/round-trip.test.ts). They are dropped after loading, so
 * the clerk's download works; the pane says beforehand that they will be missing
 * (roundTripLosses: `cross-sheet-conditional-formats`).
 */
import type ExcelJS from "exceljs";

/** Rule types that are written with a formula. */
const NEED_FORMULA = new Set(["expression", "cellIs"]);

/** Drop, in place, the rules of the sheet that need a formula and have none; returns how many. */
export function dropUnwritableRules(ws: ExcelJS.Worksheet): number {
  const holder = ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
  const formats = holder.conditionalFormattings;
  if (!Array.isArray(formats)) return 0;
  let dropped = 0;
  const kept = formats
    .map((cf) => {
      const rules = cf.rules.filter((rule) => {
        const formulae = (rule as { formulae?: unknown[] }).formulae;
        const bad = NEED_FORMULA.has(rule.type) && (!Array.isArray(formulae) || formulae.length === 0);
        if (bad) dropped++;
        return !bad;
      });
      return { ...cf, rules };
    })
    .filter((cf) => cf.rules.length > 0);
  if (dropped > 0) holder.conditionalFormattings = kept;
  return dropped;
}
