/**
 * `luoshi standardize FILE.xlsx [--sheet 名称] [--year 2023] [--out 新文件.xlsx]`: write every
 * ledger sheet (or the one named) in its list's standard template on a new sheet, and save the
 * workbook as FILE.standard.xlsx. The original file is never written; an existing output is
 * never overwritten. Exit 0 done, 1 a sheet is not a ledger (the others saved), 2 bad input or
 * nothing to standardise.
 */
import type { CliIo } from "./io";
import { standardizeSheets } from "../features/standardize";
import { say } from "../messages";
import { exitOf, openFile, refuse, UsageError } from "./commands";

/** `a/台账.xlsx` → `a/台账.standard.xlsx`. */
export function standardOutputPath(file: string): string {
  const base = /\.[^./\\]+$/.test(file) ? file.replace(/\.[^./\\]+$/, "") : file;
  return `${base}.standard.xlsx`;
}

function checkOutput(io: CliIo, file: string, out: string): void {
  if (!/\.xlsx$/i.test(out)) throw new UsageError(say("cli.out.notXlsx", { out }));
  if (out === file) throw new UsageError(say("cli.out.isSource"));
  if (io.exists(out)) throw new UsageError(say("cli.out.existsStandard", { out }));
}

export async function runStandardize(io: CliIo, args: string[], opts: { year?: number; sheet?: string; out?: string }): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError(say("cli.usage.standardize"));
  const out = opts.out ?? standardOutputPath(file);
  const wb = await openFile(io, file);
  checkOutput(io, file, out);
  const outcome = await standardizeSheets(wb, { sheets: opts.sheet === undefined ? "all" : { name: opts.sheet }, year: opts.year });
  if (!outcome.ok) return refuse(io, outcome, file);
  for (const s of outcome.value.sheets) {
    if (s.ok) io.out(s.value.summary + "\n");
    else io.err(s.message + "\n");
  }
  await io.writeFile(out, await wb.save());
  io.out(say("cli.standardize.saved", { out, count: outcome.value.done.length, file }) + "\n");
  return exitOf(outcome.value.verdict);
}
