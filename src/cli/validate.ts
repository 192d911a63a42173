/** `luoshi validate FILE.xlsx [--sheet NAME] [--year 2023] [--json] [--write]`. */
import type { CliIo } from "./io";
import { describeFinding, describeSheet, validateSheets } from "../features/validate";
import type { PerSheet } from "../features/sheets";
import type { SheetReport } from "../domain/validate/types";
import { say } from "../messages";
import { exitOf, openFile, outputPath, refuse, UsageError } from "./commands";

export interface ValidateCliOptions {
  sheet?: string;
  year?: number;
  json: boolean;
  write: boolean;
}

/** The JSON form of one sheet's report (a sheet not checked has `list: null` and its `message`). */
export function reportJson(s: PerSheet<SheetReport>) {
  if (!s.ok) return { sheet: s.sheet, list: null, headerRow: null, message: s.message, counts: { error: 0, warning: 0, info: 0 }, findings: [] };
  const r = s.value;
  return {
    sheet: r.sheet,
    list: r.list,
    headerRow: r.headerRow,
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

/** The text form: per sheet its sentence, then one line per finding. */
export function reportText(s: PerSheet<SheetReport>): string {
  const lines = [describeSheet(s)];
  if (s.ok) {
    for (const f of s.value.findings) lines.push(`  ${describeFinding(f)}`);
  }
  return lines.join("\n") + "\n";
}

export async function runValidate(io: CliIo, args: string[], opts: ValidateCliOptions): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError(say("cli.usage.validate"));
  const out = opts.write ? outputPath(file, "checked") : undefined;
  const wb = await openFile(io, file);
  const outcome = await validateSheets(wb, { sheets: opts.sheet === undefined ? "all" : { name: opts.sheet }, year: opts.year, write: opts.write });
  if (!outcome.ok) return refuse(io, outcome, file);
  const { sheets, verdict } = outcome.value;
  if (opts.json) io.out(JSON.stringify({ file, sheets: sheets.map(reportJson) }, null, 2) + "\n");
  else for (const s of sheets) io.out(reportText(s));
  if (out) {
    await io.writeFile(out, await wb.save());
    if (!opts.json) io.out(say("cli.validate.written", { out }) + "\n");
  }
  return exitOf(verdict);
}
