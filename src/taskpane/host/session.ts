/**
 * The pane's workbook session: a WorkbookPort plus what the browser edition needs to open a
 * .xlsx file and hand the result back as a download. ExcelJS is loaded only when a file is opened.
 */
import { WorkbookError, type WorkbookPort } from "../../workbook/port";
import { say } from "../../messages";
import type { ExcelJsWorkbook } from "../../workbook/exceljs/ExcelJsWorkbook";
import type { HostPlatform, PaneMode } from "./mode";

export interface Session {
  mode: PaneMode;
  /** Inside Excel, which Excel (Office.context.platform); absent elsewhere. */
  platform?: HostPlatform;
  /** The workbook, or null until a file is opened (browser edition). */
  wb: WorkbookPort | null;
  /** The open file's name (browser edition). */
  fileName?: string;
  /** Save the workbook as .xlsx bytes (browser edition only). */
  save?: () => Promise<Uint8Array>;
  /** Call back when the clerk switches sheets in the host (inside Excel); resolves once listening. */
  onSheetChange?: (callback: () => void) => Promise<void>;
  /**
   * What the download will lack or show differently from the file the clerk opened (one sentence
   * each, docs/round-trip.md); empty when the round trip keeps everything (browser edition).
   */
  losses?: string[];
  /** The sample ledger the browser edition opens with (it makes way when the clerk opens files of their own). */
  sample?: boolean;
  /** Why the session started without a workbook (the sample could not be fetched), shown on the error bar. */
  problem?: string;
}

/**
 * Whether the pane can hand the clerk a file (a download): the browser edition can, and so can
 * Excel on Windows and on the web; Excel on Mac and on iPad cannot (docs/letters.md "Getting the
 * file to the clerk"), so what would be a file goes to a sheet there.
 */
export function downloadsFiles(session: Pick<Session, "mode" | "platform">): boolean {
  return !(session.mode === "excel" && (session.platform === "mac" || session.platform === "ios"));
}

/** A file the clerk picked: its name and its bytes. */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** .xlsx bytes as a workbook, ExcelJS loaded (as its own chunk) on first use. */
export async function loadXlsx(bytes: ArrayBuffer): Promise<ExcelJsWorkbook> {
  const { ExcelJsWorkbook } = await import(/* webpackChunkName: "exceljs" */ "../../workbook/exceljs/ExcelJsWorkbook");
  return ExcelJsWorkbook.load(bytes);
}

/** Open .xlsx bytes as a session in the browser edition, with what its download will lack (docs/round-trip.md). */
export async function openXlsx(mode: PaneMode, bytes: ArrayBuffer, fileName: string): Promise<Session> {
  const original = new Uint8Array(bytes.slice(0));
  const wb = await loadXlsx(bytes);
  return { mode, wb, fileName, save: () => wb.save(), losses: await lossesOf(original) };
}

/** The sentences of what the round trip loses; none when the package cannot be scanned (the workbook opened, so say nothing rather than fail). */
async function lossesOf(original: Uint8Array): Promise<string[]> {
  try {
    const { roundTripLosses, describeLosses } = await import(/* webpackChunkName: "exceljs" */ "../../workbook/exceljs/roundTripLosses");
    return describeLosses(await roundTripLosses(original));
  } catch {
    return [];
  }
}

/**
 * Refuse a file whose name is not `.xlsx` (an old .xls, a WPS .et) before it is read, with the
 * sentence to show (a `WorkbookError`).
 */
export function refuseUnlessXlsx(name: string): void {
  if (!/\.xlsx$/i.test(name)) throw new WorkbookError(say("workbook.notXlsx", { file: name }), "unreadable-file");
}

/**
 * Open a file the clerk picked. A name that is not `.xlsx` is refused before it is read; bytes
 * that are no workbook are refused by the adapter. Both are `WorkbookError`s with the sentence to show.
 */
export async function openPickedFile(mode: PaneMode, file: PickedFile): Promise<Session> {
  refuseUnlessXlsx(file.name);
  return openXlsx(mode, await file.arrayBuffer(), file.name);
}

/** The name of the file offered for download: `X.xlsx` → `X（台账助手）.xlsx`. */
export function downloadName(fileName: string): string {
  return say("pane.file.downloadName", { base: fileName.replace(/\.xlsx$/i, "") });
}
