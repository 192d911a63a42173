/** `luoshi validate FILE.xlsx [--sheet NAME] [--year 2023] [--json] [--write]`. */
import type { CliIo } from "./io";
import { openFile, UsageError } from "./commands";
import { describeReport, loadSettings, todayInChina, writeResults } from "../features/validate";
import { validateSheet as checkSnapshot } from "../domain/validate/validate";
import type { SheetReport } from "../domain/validate/types";
import { SEVERITY_LABEL } from "../render/reportSheet";
import { isResultSheet } from "../features/ownSheets";

export interface ValidateCliOptions {
  sheet?: string;
  year?: number;
  json: boolean;
  write: boolean;
}

/** The JSON form of one sheet's report, as the issue specifies it. */
export function reportJson(r: SheetReport) {
  return {
    sheet: r.sheet,
    list: r.list,
    headerRow: r.headerRow,
    ...(r.message ? { message: r.message } : {}),
    counts: r.counts,
    findings: r.findings.map((f) => ({
      sheet: f.sheet,
      ...(f.cell ? { cell: f.cell, row: f.row } : {}),
      ...(f.field ? { field: f.field } : {}),
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      hint: f.hint,
      ...(f.text !== undefined ? { text: f.text } : {}),
      ...(f.reading ? { reading: f.reading } : {}),
    })),
  };
}

/** `NAME.xlsx` → `NAME.checked.xlsx`. */
export function checkedName(file: string): string {
  return file.replace(/(\.xlsx)?$/i, ".checked.xlsx");
}

export async function runValidate(io: CliIo, args: string[], opts: ValidateCliOptions): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError("请写明要校验的文件，例如：luoshi validate 台账.xlsx");
  const wb = await openFile(io, file);
  const stored = await loadSettings(wb);
  const settings = opts.year ? { ...stored, year: opts.year } : stored;
  const names = opts.sheet ? [opts.sheet] : (await wb.listSheets()).filter((s) => s.visible && !isResultSheet(s.name)).map((s) => s.name);
  const reports: SheetReport[] = [];
  for (const name of names) reports.push(checkSnapshot(await wb.readSheet(name), { settings }));
  const ledgers = reports.filter((r) => r.list);
  if (!ledgers.length) {
    const why = reports.map((r) => r.message).filter(Boolean).join(" ");
    throw new UsageError(opts.sheet ? (why || `工作表“${opts.sheet}”不是台账。`) : `文件“${file}”中没有可识别的台账工作表。${why}`);
  }
  if (opts.json) {
    io.out(JSON.stringify({ file, sheets: reports.map(reportJson) }, null, 2) + "\n");
  } else {
    for (const r of reports) {
      io.out(describeReport(r) + "\n");
      for (const f of r.findings) io.out(`  ${f.cell ?? "（整表）"}\t${SEVERITY_LABEL[f.severity]}\t${f.rule}\t${f.message}\u3000${f.hint}\n`);
    }
  }
  if (opts.write) {
    const out = checkedName(file);
    if (out === file) throw new UsageError("结果文件名与原文件相同，已停止以免覆盖原文件。");
    await writeResults(wb, ledgers, todayInChina());
    await io.writeFile(out, await wb.save());
    if (!opts.json) io.out(`已把校验结果和标记写入“${out}”，原文件未改动。\n`);
  }
  return ledgers.some((r) => r.counts.error > 0) ? 1 : 0;
}
