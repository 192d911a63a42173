/**
 * The ribbon's function commands without Office: which use case each button runs, the zh-CN
 * message the clerk reads, and the handler shape Office calls (`event.completed()` always,
 * last). The host comes in through `CommandDeps` (a workbook and a way to show a message), so
 * the tests run the real use cases over an in-memory workbook.
 */
import type { WorkbookPort } from "../workbook/port";
import type { Outcome } from "../features/outcome";
import { describeSheet, validateSheets } from "../features/validate";
import { standardizeSheets } from "../features/standardize";
import { clearMarks } from "../features/marks";
import { officeErrorCode, officeSentence } from "../workbook/officejs/officeErrors";
import { say, type MessageId } from "../messages";

/** The FunctionName values in manifest.xml. */
export const COMMAND_NAMES = ["validateActiveSheet", "standardizeActiveSheet", "clearMarks"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What each button is called on the ribbon (for messages). */
const LABELS = {
  validateActiveSheet: "ribbon.validateActiveSheet",
  standardizeActiveSheet: "ribbon.standardizeActiveSheet",
  clearMarks: "ribbon.clearMarks",
} as const satisfies Record<CommandName, MessageId>;

/** Per button: the use case on the active sheet, and the sentence of its result. */
const COMMANDS: Record<CommandName, (wb: WorkbookPort) => Promise<Outcome<string>>> = {
  // 一键校验: validate the active sheet, write 校验结果 and the marks, report the counts.
  validateActiveSheet: async (wb) => {
    const o = await validateSheets(wb);
    return o.ok ? { ok: true, value: o.value.sheets.map(describeSheet).join("\n") } : o;
  },
  standardizeActiveSheet: async (wb) => {
    const o = await standardizeSheets(wb);
    return o.ok ? { ok: true, value: o.value.done.map((d) => d.summary).join("\n") } : o;
  },
  clearMarks: async (wb) => {
    const o = await clearMarks(wb);
    return o.ok ? { ok: true, value: o.value.message } : o;
  },
};

/** What a command needs from its host. */
export interface CommandDeps {
  /** The workbook the command works on (made when the button is pressed). */
  workbook(): WorkbookPort;
  /** Show the clerk a message; resolves when the clerk has seen it (or it cannot be shown). */
  notify(message: string): Promise<void>;
}

/**
 * The zh-CN sentence for a command that threw (a bug, or an Office error that escaped the
 * adapter): an Office code gets the same sentence the adapters give it; anything else is named.
 */
export function commandErrorMessage(name: CommandName, e: unknown): string {
  const command = say(LABELS[name]);
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  if (code) return say("ribbon.failed", { command, reason: officeSentence(code, "write", message) });
  return say("ribbon.failedUnknown", { command, detail: message ? say("ribbon.detail", { detail: message }) : "" });
}

/** Run one command and tell the clerk how it went. Never throws. */
export async function runCommand(name: CommandName, deps: CommandDeps): Promise<void> {
  let message: string;
  try {
    const outcome = await COMMANDS[name](deps.workbook());
    message = outcome.ok ? outcome.value : outcome.message;
  } catch (e) {
    message = commandErrorMessage(name, e);
  }
  try {
    await deps.notify(message);
  } catch {
    // Nowhere left to show it: the command itself is done either way.
  }
}

/** The part of `Office.AddinCommands.Event` a handler uses. */
export interface CommandEvent {
  completed(): void;
}

/** The function Office calls for a button: runs the command, then always `event.completed()`. */
export function makeHandler(name: CommandName, deps: CommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await runCommand(name, deps);
    } finally {
      event.completed();
    }
  };
}
