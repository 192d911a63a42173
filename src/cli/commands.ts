/** The CLI's commands: each parses its arguments, calls one feature and prints the result. */
import type { CliIo } from "./io";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { WorkbookError } from "../workbook/port";
import { createTemplate, resolveList } from "../features/template";
import { describeInspection, inspectionToJson, inspectWorkbook } from "../features/inspect";
import { todayInChina } from "../domain/progress/stages";
import { splitNames } from "../domain/text/splitNames";

/** A mistake in how the command was called: exit 2 with this sentence. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The plan year when none is given: this year in China time. */
export function thisYearInChina(now = new Date()): number {
  return Number(todayInChina(now).slice(0, 4));
}

export async function runTemplate(io: CliIo, args: string[], opts: { out?: string; unit?: string; units?: string; year?: number }): Promise<number> {
  const [key] = args;
  if (!key) throw new UsageError("请写明要哪种清单，例如：luoshi template 重点工作任务清单 --out 台账.xlsx");
  if (!opts.out) throw new UsageError("请用 --out 指定保存的文件，例如：--out 台账.xlsx");
  if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(`--out 的文件名应以 .xlsx 结尾（现在是“${opts.out}”）。`);
  if (io.exists(opts.out)) throw new UsageError(`文件“${opts.out}”已存在。为免覆盖，请换一个文件名。`);
  const list = resolveList(key);
  const wb = ExcelJsWorkbook.create();
  const units = opts.units === undefined ? undefined : splitNames(opts.units);
  const sheet = await createTemplate(wb, list, { unit: opts.unit, year: opts.year ?? thisYearInChina(), units });
  await io.writeFile(opts.out, await wb.save());
  io.out(`已生成《${list.name}》模板：${opts.out}（工作表“${sheet}”）\n`);
  return 0;
}

export async function runInspect(io: CliIo, args: string[], opts: { json: boolean; year?: number }): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError("请写明要识别的文件，例如：luoshi inspect 台账.xlsx");
  const wb = await openFile(io, file);
  const inspections = await inspectWorkbook(wb, { year: opts.year });
  if (opts.json) {
    io.out(JSON.stringify({ file, sheets: inspections.map(inspectionToJson) }, null, 2) + "\n");
  } else {
    for (const i of inspections) io.out(describeInspection(i) + "\n");
    if (!inspections.length) io.out("这个文件没有可见的工作表。\n");
  }
  const problems = inspections.some((i) => !i.recognition.ok || i.recognition.missing.length > 0);
  return problems || !inspections.length ? 1 : 0;
}

/** Read a .xlsx file into a workbook, turning every failure into a sentence. */
export async function openFile(io: CliIo, file: string): Promise<ExcelJsWorkbook> {
  if (!io.exists(file)) throw new UsageError(`找不到文件“${file}”。请检查路径和文件名。`);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (e) {
    throw new WorkbookError(`无法读取文件“${file}”：${(e as Error).message}。`, "unreadable-file");
  }
  return ExcelJsWorkbook.load(bytes);
}
