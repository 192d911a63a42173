/** `luoshi inspect FILE.xlsx [--json] [--year 2023]`: what every visible sheet is. */
import type { CliIo } from "./io";
import { describeInspection, inspectionToJson, inspectSheets } from "../features/inspect";
import { say } from "../messages";
import { exitOf, openFile, refuse, UsageError } from "./commands";

export async function runInspect(io: CliIo, args: string[], opts: { json: boolean; year?: number }): Promise<number> {
  const [file] = args;
  if (!file) throw new UsageError(say("cli.usage.inspect"));
  const outcome = await inspectSheets(await openFile(io, file), { sheets: "all", year: opts.year });
  if (!outcome.ok) return refuse(io, outcome);
  const { sheets, verdict } = outcome.value;
  if (opts.json) io.out(JSON.stringify({ file, sheets: sheets.map(inspectionToJson) }, null, 2) + "\n");
  else {
    for (const i of sheets) io.out(describeInspection(i) + "\n");
    if (!sheets.length) io.out(say("inspect.noVisibleSheet") + "\n");
  }
  return exitOf(verdict);
}
