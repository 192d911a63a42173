/**
 * 汇总 (merge, docs/merging.md): the units' ledgers, from files or from sheets of the workbook,
 * into one 汇总 sheet per list in the list's standard template with where every row came from,
 * and a 汇总说明 sheet with what the office must be told. One entry for the pane and `luoshi
 * merge`. Files are read one at a time; nothing is written until every file is read, so a
 * cancel leaves the workbook as it was.
 */
import type { BlockWriter, RowBlock, SheetInfo, WorkbookPort } from "../workbook/port";
import { WorkbookError, writesBlocks } from "../workbook/port";
import { recognize } from "../domain/recognize/recognize";
import { standardize } from "../domain/standardize";
import { validateSnapshot } from "../domain/validate/validate";
import { partRows, planMerge, type MergedList, type MergeInput, type MergePlan } from "../domain/merge/merge";
import type { StandardLine } from "../domain/standardize/types";
import { DIRECTORY_SHEET, readDirectory, type UnitDirectory } from "../domain/merge/directory";
import { mergedBlock, mergedListHead, mergedListLayout, mergedSheetName, mergeSummaryLayout, type SkippedSource } from "../render/mergeLayout";
import { longestTexts, OWN_NOTES } from "../render/standardLayout";
import { say } from "../messages";
import { cannot, done, guarded, type Outcome } from "./outcome";
import { isResultSheet } from "./sheets";
import { loadSettings, todayInChina } from "./settings";
import { resolveList } from "./template";

/** A file to merge, opened only when its turn comes. */
export interface MergeFile {
  /** The name shown and written in 来源文件 (`柳林镇.xlsx`). */
  name: string;
  /** Last change, ms since 1970 (which of a unit's two ledgers is later). */
  modified: number;
  open(): Promise<WorkbookPort>;
}

export interface MergeRequest {
  /** Files to merge. */
  files?: readonly MergeFile[];
  /** Sheets of the workbook itself to merge (`all`: every visible sheet but ours and the 单位名录). */
  sheets?: readonly string[] | "all";
  /** Only this list (name or short id); default every list found. */
  list?: string;
  /** Where the 单位名录 is (a workbook holding that sheet); default the workbook's own. */
  directory?: WorkbookPort;
  /** The date printed on the 汇总说明 (default today in China). */
  date?: string;
  /**
   * Called before each file is read (`read`), and, when the rows are read again as the 汇总 is
   * written (a target that writes blocks), before each file is read again (`write`).
   */
  onProgress?(done: number, total: number, file: string, phase?: "read" | "write"): void;
  /** Set `aborted` to stop before the next file; nothing is written then. */
  signal?: { readonly aborted: boolean };
}

export interface MergeResult {
  plan: MergePlan;
  skipped: SkippedSource[];
  /** The 汇总 sheets written, per list. */
  sheets: { list: string; sheet: string; rows: number }[];
  summarySheet: string;
  message: string;
  /** `fail` when a file or sheet was skipped or a unit of the 单位名录 is missing. */
  verdict: "pass" | "fail";
}

/** Our own merge sheets, never merged again. */
export function isMergeOutput(name: string): boolean {
  const ofList = say("merge.sheetOfList", { list: "" }).slice(0, -1); // `汇总（`
  return name === say("merge.sheet") || name === say("merge.summarySheet") || name.startsWith(ofList);
}

/** The formats of a row none of whose cells keeps its own, shared by all such rows. */
const NO_FORMATS: (string | undefined)[] = [];

interface Reader {
  inputs: MergeInput[];
  skipped: SkippedSource[];
  /**
   * Let each sheet's lines go once read, keeping their count and widest texts: the rows are read
   * again, one file at a time, as the 汇总 is written (a target that writes blocks).
   */
  release?: Map<string, readonly number[]>;
}

const sourceKey = (file: string, sheet: string): string => `${file}\u0000${sheet}`;

/** Recognise, standardise and validate the sheets of one workbook. */
async function readSheets(wb: WorkbookPort, names: readonly string[], file: string, modified: number, local: boolean, only: string | undefined, out: Reader): Promise<void> {
  const settings = await loadSettings(wb);
  for (const sheet of names) {
    if (isResultSheet(sheet) || isMergeOutput(sheet) || sheet === DIRECTORY_SHEET) continue;
    const snapshot = await wb.readSheet(sheet);
    const recognition = recognize(snapshot, settings.year === undefined ? {} : { year: settings.year });
    if (!recognition.ok) {
      // Empty sheets (Sheet2, Sheet3 …) are noise in a unit's file; anything else is named.
      if (recognition.reason !== "empty") out.skipped.push({ file, sheet, reason: say("merge.skip.notLedger") });
      continue;
    }
    if (only !== undefined && recognition.list.id !== only) {
      out.skipped.push({ file, sheet, reason: say("merge.skip.otherList", { list: recognition.list.name }) });
      continue;
    }
    const standard = standardize(snapshot, recognition, { ownNotes: OWN_NOTES });
    if (!standard.ok) continue;
    for (const line of standard.ledger.lines) if (line.kind === "data" && line.formats.every((f) => f === undefined)) line.formats = NO_FORMATS;
    // Kept until every file is read: only what the 汇总 needs (not the snapshot, not info findings).
    const findings = validateSnapshot(snapshot, { settings, recognition }).findings.filter((f) => f.severity !== "info");
    const { fillLine, unit, fillDate } = recognition;
    const slim = { ...(fillLine && { fillLine }), ...(unit && { unit }), ...(fillDate !== undefined && { fillDate }) };
    const input: MergeInput = { file, modified, sheet, recognition: slim, ledger: standard.ledger, findings, ...(local && { local }) };
    if (out.release) {
      out.release.set(sourceKey(file, sheet), longestTexts(standard.ledger.columns, standard.ledger.lines));
      input.rowCount = standard.ledger.lines.filter((l) => l.kind === "data").length;
      input.ledger = { ...standard.ledger, lines: [] };
    }
    out.inputs.push(input);
  }
}

/** A sheet's lines read again for the 汇总 (the first read let them go). */
async function linesAgain(file: MergeFile, sheet: string, expected: number): Promise<StandardLine[]> {
  const wb = await file.open();
  const settings = await loadSettings(wb);
  const snapshot = await wb.readSheet(sheet);
  const recognition = recognize(snapshot, settings.year === undefined ? {} : { year: settings.year });
  const standard = recognition.ok ? standardize(snapshot, recognition, { ownNotes: OWN_NOTES }) : undefined;
  const lines = standard?.ok ? standard.ledger.lines : [];
  if (lines.filter((l) => l.kind === "data").length !== expected) throw new WorkbookError(say("merge.changedMeanwhile", { file: file.name }), "unreadable-file");
  return lines;
}

/**
 * Write a list's 汇总 from its parts, reading each part's file again when its turn comes: only
 * one file's rows are held at a time (docs/merging.md "Scale").
 */
async function writeInBlocks(
  target: WorkbookPort & BlockWriter,
  merged: MergedList,
  name: string,
  files: readonly MergeFile[],
  longest: ReadonlyMap<string, readonly number[]>,
  options: { date: string; several: ReadonlySet<string>; onProgress?: MergeRequest["onProgress"] },
): Promise<string> {
  const head = mergedListHead(merged, name, { date: options.date, several: options.several, longestOf: (part) => longest.get(sourceKey(part.file, part.sheet)) ?? [] });
  const byName = new Map(files.map((f) => [f.name, f]));
  async function* blocks(): AsyncGenerator<RowBlock> {
    let index = 0;
    for (const [n, part] of merged.parts.entries()) {
      const file = byName.get(part.file);
      if (!file) continue;
      options.onProgress?.(n, merged.parts.length, file.name, "write");
      const rows = partRows(part, await linesAgain(file, part.sheet, part.rows));
      yield mergedBlock(head, rows, index);
      index += rows.length;
    }
  }
  return target.writeSheetInBlocks(head.layout, blocks());
}

/** The 单位名录 of a workbook, if it has one (`listed`: its sheets, when the caller has them). */
export async function directoryOf(wb: WorkbookPort, listed?: readonly SheetInfo[]): Promise<UnitDirectory | undefined> {
  const sheets = listed ?? (await wb.listSheets());
  if (!sheets.some((s) => s.name === DIRECTORY_SHEET)) return undefined;
  const r = readDirectory(await wb.readSheet(DIRECTORY_SHEET));
  return r.ok ? r.directory : undefined;
}

/** Merge the ledgers asked for into `target`. */
export function mergeLedgers(target: WorkbookPort, request: MergeRequest): Promise<Outcome<MergeResult>> {
  return guarded(async () => {
    let only: string | undefined;
    if (request.list !== undefined) {
      const list = resolveList(request.list);
      if (!list.ok) return list;
      only = list.value.id;
    }
    // A target that writes blocks gets the rows file by file, read again: a city's 600 files × 300 rows.
    const inBlocks = writesBlocks(target) && request.sheets === undefined ? target : undefined;
    const reader: Reader = { inputs: [], skipped: [], ...(inBlocks && { release: new Map<string, readonly number[]>() }) };
    const files = [...(request.files ?? [])].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const [i, file] of files.entries()) {
      if (request.signal?.aborted) return cannot("cancelled", say("merge.cancelled"));
      request.onProgress?.(i, files.length, file.name, "read");
      try {
        const wb = await file.open();
        const names = (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name);
        await readSheets(wb, names, file.name, file.modified, false, only, reader);
      } catch (e) {
        if (!(e instanceof WorkbookError)) throw e;
        reader.skipped.push({ file: file.name, reason: e.message });
      }
    }
    if (request.sheets) {
      const names = request.sheets === "all" ? (await target.listSheets()).filter((s) => s.visible).map((s) => s.name) : request.sheets;
      await readSheets(target, names, "", Date.now(), true, only, reader);
    }
    if (request.signal?.aborted) return cannot("cancelled", say("merge.cancelled"));
    request.onProgress?.(files.length, files.length, "", "read");
    if (!reader.inputs.length) {
      const why = reader.skipped.map((s) => say("merge.skipLine", { source: s.sheet ? say("merge.fileWithSheet", { file: s.file, sheet: s.sheet }) : s.file, reason: s.reason.replace(/。$/, "") })).join("；");
      return cannot("no-ledger", say("merge.nothing", { why }));
    }
    const directory = request.directory ? await directoryOf(request.directory) : await directoryOf(target);
    const plan = planMerge(reader.inputs, directory);
    const perFile = new Map<string, Set<string>>();
    for (const input of reader.inputs) perFile.set(input.file, (perFile.get(input.file) ?? new Set()).add(input.sheet));
    const several = new Set([...perFile].filter(([, sheets]) => sheets.size > 1).map(([file]) => file));
    const date = request.date ?? todayInChina();
    const sheets: MergeResult["sheets"] = [];
    for (const merged of plan.lists) {
      const name = mergedSheetName(merged, plan.lists.length);
      const sheet =
        inBlocks && reader.release
          ? await writeInBlocks(inBlocks, merged, name, files, reader.release, { date, several, onProgress: request.onProgress })
          : await target.writeSheet(mergedListLayout(merged, name, { date, several }));
      sheets.push({ list: merged.list.name, sheet, rows: merged.rowCount });
    }
    const skipped = [...reader.skipped].sort((a, b) => (a.file + (a.sheet ?? "") < b.file + (b.sheet ?? "") ? -1 : 1));
    const summarySheet = await target.writeSheet(mergeSummaryLayout(plan, skipped, date));
    const message = say("merge.done", {
      units: plan.units.length, rows: sheets.reduce((n, s) => n + s.rows, 0), sheets: sheets.map((s) => `“${s.sheet}”`).join("、"),
      missing: plan.missing.length, duplicates: plan.duplicates.length, skipped: skipped.length, summary: summarySheet,
    });
    return done({ plan, skipped, sheets, summarySheet, message, verdict: skipped.length || plan.missing.length ? "fail" : "pass" });
  });
}

