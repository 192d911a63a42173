/**
 * Column widths: the port speaks Excel's character units as an .xlsx file stores them (what
 * ExcelJS writes: padding included, so Excel's default column is 9.14 and shows as "8.43"),
 * Office.js speaks points. Both give the same pixels: trunc((256·w + trunc(128/7)) / 256 · 7)
 * for the default 11-point font (maximum digit width 7 px), at 96 dpi.
 */

const DIGIT_PX = 7;

/** Characters → points. */
export function charsToPoints(chars: number): number {
  const px = Math.trunc(((256 * chars + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return (px * 72) / 96;
}

/** Points → characters (the inverse, to two decimals). */
export function pointsToChars(points: number): number {
  const px = (points * 96) / 72;
  return Math.round(((px / DIGIT_PX) * 256 - Math.trunc(128 / DIGIT_PX)) / 2.56) / 100;
}
