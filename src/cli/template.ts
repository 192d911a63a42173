/** `luoshi template <清单> --out FILE.xlsx [--unit 柳林镇] [--year 2023] [--units 经发办,农业办]`. */
import type { CliIo } from "./io";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { createTemplate, isDirectoryKey } from "../features/template";
import { thisYearInChina } from "../features/settings";
import { splitNames } from "../domain/text/splitNames";
import { say } from "../messages";
import { refuse, UsageError } from "./commands";

export async function runTemplate(io: CliIo, args: string[], opts: { out?: string; unit?: string; units?: string; year?: number }): Promise<number> {
  const [key] = args;
  if (!key) throw new UsageError(say("cli.usage.template"));
  if (!opts.out) throw new UsageError(say("cli.usage.templateOut"));
  if (!/\.xlsx$/i.test(opts.out)) throw new UsageError(say("cli.out.notXlsx", { out: opts.out }));
  if (io.exists(opts.out)) throw new UsageError(say("cli.out.exists", { out: opts.out }));
  const wb = ExcelJsWorkbook.create();
  const units = opts.units === undefined ? undefined : splitNames(opts.units);
  const made = await createTemplate(wb, { list: key, unit: opts.unit, year: opts.year ?? thisYearInChina(), units });
  if (!made.ok) return refuse(io, made);
  await io.writeFile(opts.out, await wb.save());
  io.out((isDirectoryKey(key) ? say("cli.template.directory", { out: opts.out }) : say("cli.template.done", { list: made.value.list, out: opts.out, sheet: made.value.sheet })) + "\n");
  return 0;
}
