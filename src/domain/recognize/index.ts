/** Recognising a ledger: the public API of this folder. */
export { recognize, HEADER_SCAN_ROWS, type RecognizeOptions } from "./recognize";
export { createGrid, type Grid } from "./grid";
export { readRow, type FieldCell } from "./record";
export { matchHeader, monthOfHeader, type HeaderMatch } from "./header";
export { parseTitle, findYear, findListByName, type TitleInfo } from "./title";
export { cleanUnitName } from "./unitName";
export type * from "./types";
