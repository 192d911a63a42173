/**
 * `luoshi`: the command line over the same features as the pane, on .xlsx files (ExcelJS).
 * Exit codes: 0 fine, 1 findings, 2 bad input or usage (with one sentence on stderr).
 */
import { parseArgs } from "util";
import { CliIo, nodeIo } from "./io";
import { HELP } from "./help";
import { UsageError } from "./commands";
import { runTemplate } from "./template";
import { runInspect } from "./inspect";
import { runValidate } from "./validate";
import { runStandardize } from "./standardize";
import { runProgress } from "./progress";
import { runStage } from "./stage";
import { runMerge } from "./merge";
import { runRank } from "./rank";
import { runLetters } from "./letters";
import { runServe } from "./serve";
import { WorkbookError } from "../workbook/port";
import { readYear } from "../features/input";
import { say } from "../messages";

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: "boolean", short: "h" },
        json: { type: "boolean" },
        out: { type: "string", short: "o" },
        unit: { type: "string" },
        units: { type: "string" },
        year: { type: "string" },
        sheet: { type: "string" },
        write: { type: "boolean" },
        date: { type: "string" },
        basis: { type: "string" },
        stage: { type: "string" },
        list: { type: "string" },
        metric: { type: "string" },
        ties: { type: "string" },
        previous: { type: "string" },
        type: { type: "string" },
        "check-date": { type: "string" },
        issuer: { type: "string" },
        contact: { type: "string" },
        phone: { type: "string" },
        "reply-by": { type: "string" },
        combined: { type: "boolean" },
        draft: { type: "boolean" },
        again: { type: "boolean" },
        fonts: { type: "string" },
        port: { type: "string" },
        host: { type: "string" },
        https: { type: "boolean" },
        cert: { type: "string" },
        key: { type: "string" },
        dir: { type: "string" },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.out(HELP);
      return command || values.help ? 0 : 2;
    }
    const year = parseYear(values.year);
    switch (command) {
      case "template":
        return await runTemplate(io, rest, { out: values.out, unit: values.unit, units: values.units, year });
      case "inspect":
        return await runInspect(io, rest, { json: Boolean(values.json), year });
      case "validate":
        return await runValidate(io, rest, { json: Boolean(values.json), write: Boolean(values.write), sheet: values.sheet, year });
      case "progress":
        return await runProgress(io, rest, { date: values.date, basis: values.basis, year, sheet: values.sheet, json: Boolean(values.json), write: Boolean(values.write) });
      case "stage":
        return await runStage(io, rest, { stage: values.stage, year, basis: values.basis, json: Boolean(values.json), write: Boolean(values.write) });
      case "merge":
        return await runMerge(io, rest, { out: values.out, units: values.units, list: values.list, json: Boolean(values.json) });
      case "rank":
        return await runRank(io, rest, {
          date: values.date, metric: values.metric, ties: values.ties, previous: values.previous, units: values.units, basis: values.basis,
          out: values.out, json: Boolean(values.json), write: Boolean(values.write),
        });
      case "letters":
        return await runLetters(io, rest, {
          out: values.out, type: values.type, units: values.units, date: values.date, checkDate: values["check-date"], issuer: values.issuer,
          contact: values.contact, phone: values.phone, replyBy: values["reply-by"], combined: Boolean(values.combined), draft: Boolean(values.draft),
          again: Boolean(values.again), json: Boolean(values.json), fonts: values.fonts,
        });
      case "serve":
        return await runServe(io, rest, { port: values.port, host: values.host, https: Boolean(values.https), cert: values.cert, key: values.key, dir: values.dir });
      case "standardize":
        return await runStandardize(io, rest, { year, sheet: values.sheet, out: values.out });
      default:
        throw new UsageError(say("cli.usage.unknownCommand", { command }));
    }
  } catch (e) {
    io.err(sentence(e) + "\n");
    return 2;
  }
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = readYear(text, "--year ");
  if (!year.ok) throw new UsageError(year.message);
  return year.value;
}

/** Expected trouble as its sentence; anything else is a bug, named with its message (never a stack). */
function sentence(e: unknown): string {
  if (e instanceof UsageError || e instanceof WorkbookError) return e.message;
  const code = (e as { code?: string }).code;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" || code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return say("cli.usage.badArgument", { detail: (e as Error).message });
  }
  return say("unexpected.cli", { detail: e instanceof Error ? e.message : String(e) });
}
