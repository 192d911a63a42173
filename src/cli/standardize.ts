/**
 * `luoshi standardize FILE.xlsx [--sheet 名称] [--year 2023] [--out 新文件.xlsx]`: write every
 * ledger sheet (or the one named) in its list's standard template on a new sheet, and save the
 * workbook as FILE.standard.xlsx. The original file is never written; an existing output is
 * never overwritten. Exit 0 done, 1 a sheet is not a ledger (nothing else wrong), 2 bad input.
 */
import type { CliIo } from "./io";
import { UsageError, openFile } from "./commands";
import { WorkbookError } from "../workbook/port";
import { NotLedgerError, standardizeSheet, type StandardizeResult } from "../features/standardize";

/** `a/台账.xlsx` → `a/台账.standard.xlsx`. */
export function standardOutputPath(file: string): string {
  const base = /\.[^./\\]+$/.test(file) ? file.replace(/\.[^./\\]+$/, "") : file;
  return `${base}.standard.xlsx`;
}

function checkOutput(io: CliIo, file: string, out: string): void {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out 的文件名应以 .xlsx 结尾（现在是“${out}”）。`);
  if (out === file) throw new UsageError("--out 不能是原文件：规范化从不改写原文件，请换一个文件名。");
  if (io.exists(out)) throw new UsageError(`文件“${out}”已存在。为免覆盖，请换一个文件名（--out），或先移走它。`);
}

export async function runStandardize(io: CliIo, args: string[], opts: { year?: number; sheet?: string; out?: string }): Promise<number> {
  try {
    const [file] = args;
    if (!file) throw new UsageError("请写明要规范化的文件，例如：luoshi standardize 台账.xlsx");
    const out = opts.out ?? standardOutputPath(file);
    const wb = await openFile(io, file);
    checkOutput(io, file, out);
    const sheets = opts.sheet !== undefined ? [opts.sheet] : (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name);
    const done: StandardizeResult[] = [];
    let failed = 0;
    for (const sheet of sheets) {
      try {
        const result = await standardizeSheet(wb, { sheet, year: opts.year });
        done.push(result);
        io.out(result.summary + "\n");
      } catch (e) {
        if (!(e instanceof NotLedgerError)) throw e;
        // Empty sheets (Sheet2, Sheet3 …) are skipped quietly unless asked for by name.
        if (e.reason === "empty" && opts.sheet === undefined) continue;
        failed++;
        io.err(e.message + "\n");
      }
    }
    if (!done.length) {
      io.err(`文件“${file}”中没有可规范化的台账工作表，未生成新文件。\n`);
      return 1;
    }
    await io.writeFile(out, await wb.save());
    io.out(`已保存：${out}（含原工作表和${done.length}张规范化后的工作表；原文件“${file}”未改动）\n`);
    return failed ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof WorkbookError) {
      io.err(e.message + "\n");
      return 2;
    }
    throw e;
  }
}
