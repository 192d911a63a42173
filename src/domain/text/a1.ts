/** A1 notation for the domain's messages (`C7`); src/workbook/a1.ts adds range checks and parsing on top. */

/** The column letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The A1 address of a 0-based cell: (6, 2) → `C7`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}
