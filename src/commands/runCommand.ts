/**
 * The ribbon's function commands without Office: what each button does, the zh-CN message the
 * clerk reads, and the handler shape Office calls (`event.completed()` always, last). All
 * dependencies come in through `CommandDeps`, so the tests run with fakes.
 */
import type { WorkbookPort } from "../workbook/port";

/** The FunctionName values in manifest.xml. */
export const COMMAND_NAMES = ["validateActiveSheet", "standardizeActiveSheet", "clearMarks"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What the ribbon buttons are called in the manifest (for messages). */
const LABELS: Record<CommandName, string> = {
  validateActiveSheet: "一键校验",
  standardizeActiveSheet: "规范化",
  clearMarks: "清除标记",
};

/** Everything a command needs. `I` is what the check returns (the validation report). */
export interface CommandDeps<I> {
  /** The workbook the command works on (made when the button is pressed). */
  workbook(): WorkbookPort;
  check(wb: WorkbookPort): Promise<I>;
  describe(result: I): string;
  clearAllMarks(wb: WorkbookPort): Promise<string>;
  /** 规范化 the active sheet; returns the zh-CN summary. */
  standardize(wb: WorkbookPort): Promise<string>;
  /** Show the clerk a message; resolves when the clerk has seen it (or it cannot be shown). */
  notify(message: string): Promise<void>;
}

/** The message for one command: the feature's zh-CN sentence. Throws what the feature throws. */
async function perform<I>(name: CommandName, deps: CommandDeps<I>): Promise<string> {
  switch (name) {
    case "validateActiveSheet": {
      // 一键校验: validate the active sheet, write 校验结果 and the marks, report the counts.
      const result = await deps.check(deps.workbook());
      return deps.describe(result);
    }
    case "standardizeActiveSheet":
      return deps.standardize(deps.workbook());
    case "clearMarks":
      return deps.clearAllMarks(deps.workbook());
  }
}

/** Office.js error codes a clerk can act on, in words. */
const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel 正在编辑单元格。请先按回车或 Esc 结束编辑，再点按钮。",
  ApiNotFound: "这个版本的 Excel 不支持这项操作。请升级 Excel，或使用浏览器版落实台账助手。",
  AccessDenied: "Excel 拒绝了这次修改，工作表或工作簿可能受保护。请撤销保护后再试。",
  RequestPayloadSizeLimitExceeded: "这张表太大，一次处理不完。请把数据分成几张表后再试。",
  ResponsePayloadSizeLimitExceeded: "这张表太大，一次处理不完。请把数据分成几张表后再试。",
};

function field(e: unknown, key: string): string {
  if (typeof e === "object" && e !== null && key in e) {
    const v = (e as Record<string, unknown>)[key];
    return typeof v === "string" ? v : "";
  }
  return "";
}

/**
 * The zh-CN sentence for a failed command. A `WorkbookError` already says what to do; an Office
 * error code the clerk can act on is put in words; anything else is named, with its code.
 */
export function commandErrorMessage(name: CommandName, e: unknown): string {
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  if (field(e, "name") === "WorkbookError" && message) return message;
  const code = field(e, "code");
  if (code && OFFICE_CODES[code]) return `“${LABELS[name]}”没有完成：${OFFICE_CODES[code]}`;
  const detail = [message, code && code !== message ? `错误代码 ${code}` : ""].filter(Boolean).join("；");
  return (
    `“${LABELS[name]}”没有完成${detail ? `（${detail}）` : ""}。` +
    "请稍后再试；如果仍然不行，请点“打开助手”，在窗格中操作。"
  );
}

/** Run one command and tell the clerk how it went. Never throws. */
export async function runCommand<I>(name: CommandName, deps: CommandDeps<I>): Promise<void> {
  let message: string;
  try {
    message = await perform(name, deps);
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
export function makeHandler<I>(name: CommandName, deps: CommandDeps<I>): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await runCommand(name, deps);
    } finally {
      event.completed();
    }
  };
}
