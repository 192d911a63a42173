/**
 * What every `luoshi` command shares: usage errors, opening a file, and turning a use case's
 * outcome into text and an exit code (0 fine, 1 the check found problems, 2 the command could
 * not proceed: bad usage or input, or nothing in the file to work on).
 */
import type { CliIo } from "./io";
import { ExcelJsWorkbook } from "../workbook/exceljs/ExcelJsWorkbook";
import { WorkbookError } from "../workbook/port";
import type { Cannot } from "../features/outcome";
import { say } from "../messages";

/** A mistake in how the command was called: exit 2 with this sentence. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Throw the usage error of a refused option (the sentence of `features/input`). */
export function orUsage<T>(outcome: { ok: true; value: T } | Cannot): T {
  if (!outcome.ok) throw new UsageError(outcome.message);
  return outcome.value;
}

/** A use case could not proceed: its sentence on stderr, exit 2. */
export function refuse(io: CliIo, c: Cannot, file?: string): number {
  io.err((c.code === "no-ledger" && file ? say("cli.inFile", { file, message: c.message }) : c.message) + "\n");
  return 2;
}

/** Exit 0 or 1 from a use case's verdict. */
export const exitOf = (verdict: "pass" | "fail"): number => (verdict === "pass" ? 0 : 1);

/** Read a .xlsx file into a workbook, turning every failure into a sentence. */
export async function openFile(io: CliIo, file: string): Promise<ExcelJsWorkbook> {
  if (!io.exists(file)) throw new UsageError(say("cli.noFile", { file }));
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (e) {
    throw new WorkbookError(say("workbook.cannotReadFile", { file, detail: (e as Error).message }), "unreadable-file");
  }
  return ExcelJsWorkbook.load(bytes);
}

/** `a/台账.xlsx` → `a/台账.<suffix>.xlsx`; refuses a name that would be the original. */
export function outputPath(file: string, suffix: string): string {
  const out = file.replace(/(\.xlsx)?$/i, `.${suffix}.xlsx`);
  if (out === file) throw new UsageError(say("cli.out.sameAsSource"));
  return out;
}
