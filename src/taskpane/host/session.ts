/**
 * The pane's workbook session: a WorkbookPort plus what the browser edition needs to open a
 * .xlsx file and hand the result back as a download. ExcelJS is loaded only when a file is opened.
 */
import type { WorkbookPort } from "../../workbook/port";
import type { PaneMode } from "./mode";

export interface Session {
  mode: PaneMode;
  /** The workbook, or null until a file is opened (browser edition). */
  wb: WorkbookPort | null;
  /** The open file's name (browser edition). */
  fileName?: string;
  /** Save the workbook as .xlsx bytes (browser edition only). */
  save?: () => Promise<Uint8Array>;
  /** Call back when the clerk switches sheets in the host (inside Excel); resolves once listening. */
  onSheetChange?: (callback: () => void) => Promise<void>;
}

/** Open .xlsx bytes as a session in the browser edition. */
export async function openXlsx(mode: PaneMode, bytes: ArrayBuffer, fileName: string): Promise<Session> {
  const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs" */ "../../workbook/exceljs/ExcelJsWorkbook");
  const wb = await ExcelJsWorkbook.load(bytes);
  return { mode, wb, fileName, save: () => wb.save() };
}

/** The name of the file offered for download: `X.xlsx` → `X（台账助手）.xlsx`. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, "");
  return `${base}（台账助手）.xlsx`;
}
