/**
 * `luoshi merge FILES_OR_FOLDERS… --out 汇总.xlsx [--units 单位名录.xlsx] [--list tasks] [--json]`:
 * the units' ledgers into one 汇总 per list (docs/merging.md). Folders give their .xlsx files
 * (not their sub-folders). The output is a new file; it is never written over. Exit 0 all
 * merged, 1 a file or sheet skipped or a unit missing, 2 could not merge.
 */
import type { CliIo } from "./io";
import { StreamedWorkbook } from "../workbook/exceljs/StreamedWorkbook";
import { mergeLedgers, type MergeFile, type MergeResult } from "../features/merge";
import { say } from "../messages";
import { exitOf, openFile, refuse, UsageError } from "./commands";

export interface MergeCliOptions {
  out?: string;
  units?: string;
  list?: string;
  json: boolean;
}

/** The files named, with the .xlsx files of the folders named (each once, in name order). */
export function filesOf(io: CliIo, paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const p of paths) {
    const inside = io.listFolder(p);
    if (inside === null) {
      if (!io.exists(p)) throw new UsageError(say("cli.noFile", { file: p }));
      files.add(p);
    } else {
      for (const f of inside) if (/\.xlsx$/i.test(f) && !/(^|[\\/])~\$/.test(f)) files.add(f);
    }
  }
  return [...files].sort();
}

/** The JSON shape of issue 9. */
export function mergeJson(out: string, r: MergeResult) {
  return {
    out,
    lists: r.sheets.map((s) => ({ list: s.list, sheet: s.sheet, rows: s.rows })),
    units: r.plan.units.map((u) => ({ unit: u.unit, file: u.file, sheet: u.sheet, rows: u.rows, errors: u.errors })),
    duplicates: r.plan.duplicates.map((d) => ({ unit: d.unit, kept: d.kept, dropped: d.dropped })),
    missing: r.plan.missing,
    skipped: r.skipped.map((s) => ({ file: s.file, sheet: s.sheet ?? null, reason: s.reason })),
  };
}

export async function runMerge(io: CliIo, args: string[], opts: MergeCliOptions): Promise<number> {
  if (!args.length) throw new UsageError(say("cli.usage.merge"));
  if (!opts.out) throw new UsageError(say("cli.usage.mergeOut"));
  if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(say("cli.out.notXlsx", { out: opts.out }));
  if (io.exists(opts.out)) throw new UsageError(say("cli.out.exists", { out: opts.out }));
  const paths = filesOf(io, args).filter((f) => f !== opts.out && f !== opts.units);
  const directory = opts.units === undefined ? undefined : await openFile(io, opts.units);
  const files: MergeFile[] = paths.map((path) => ({ name: path.replace(/^.*[\\/]/, ""), modified: io.modified(path), open: () => openFile(io, path) }));
  // Written as a stream: a city's 600 files × 300 rows stay well under 500 MB (docs/merging.md "Scale").
  const target = new StreamedWorkbook();
  const outcome = await mergeLedgers(target, {
    files, list: opts.list, directory,
    onProgress: io.errIsTerminal
      ? (n, total, file, phase) => io.err(`\r\x1b[K${file ? say(phase === "write" ? "merge.progressWrite" : "merge.progress", { n: n + 1, total, file }) : ""}`)
      : undefined,
  });
  if (!outcome.ok) return refuse(io, outcome);
  await io.writeFile(opts.out, await target.save());
  if (opts.json) io.out(JSON.stringify(mergeJson(opts.out, outcome.value), null, 2) + "\n");
  else io.out(`${outcome.value.message}\n${say("cli.merge.written", { out: opts.out })}\n`);
  return exitOf(outcome.value.verdict);
}
