/**
 * Office errors as sentences a clerk can act on. Office.js rejects a batch with an
 * `OfficeExtension.Error` ("RichApi.Error") carrying a `code`; it becomes a `WorkbookError`
 * "host" whose zh-CN message names the code (for support) and says what to do. A missing sheet
 * (ItemNotFound while looking one up) becomes "no-sheet". Our own errors and programming
 * errors pass through unchanged.
 */

import { noSheetError } from "../common/errors";
import { WorkbookError } from "../port";

/** The Office error code of `error`, if it is an Office error. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || error instanceof WorkbookError) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code !== "" ? code : undefined;
}

/** What the adapter was doing: reading or writing, and on which sheet. */
export interface ErrorContext {
  action: "read" | "write";
  /** The sheet looked up by name, so ItemNotFound means "no such sheet". */
  sheet?: string;
}

/** Turn an error from `Excel.run` into what the port promises. */
export function toPortError(error: unknown, context: ErrorContext): unknown {
  const code = officeErrorCode(error);
  if (!code) return error;
  if (code === "ItemNotFound" && context.sheet !== undefined) return noSheetError(context.sheet);
  return new WorkbookError(hostSentence(code, context.action, messageOf(error)), "host");
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" ? message : "";
}

function hostSentence(code: string, action: "read" | "write", message: string): string {
  const verb = action === "read" ? "读取" : "写入";
  switch (code) {
    case "RequestPayloadSizeLimitExceeded":
      return `Excel 拒绝了这次${verb}（${code}）：一次发送的数据超过了 Excel 网页版 5 MB 的上限。请改用桌面版 Excel，或缩小要处理的范围后重试。`;
    case "ResponsePayloadSizeLimitExceeded":
      return `Excel 拒绝了这次${verb}（${code}）：要取回的数据超过了 Excel 网页版 5 MB 的上限。请改用桌面版 Excel，或删除表格下方、右侧多余的内容后重试。`;
    case "InvalidOperation":
    case "InvalidOperationInCellEditMode":
      return `Excel 暂时无法完成这次${verb}（${code}）。如果正在编辑某个单元格，请先按 Enter 或 Esc 结束编辑；工作表或工作簿如有保护，请先取消保护，然后重试。`;
    case "AccessDenied":
      return `Excel 拒绝了这次${verb}（${code}）：工作表或工作簿受保护，或文件以只读方式打开。请在“审阅”中撤销保护，或另存一份后重试。`;
    case "InactiveWorkbook":
      return `Excel 当前激活的不是加载项所在的工作簿（${code}）。请切回要处理的工作簿后重试。`;
    case "ApiNotFound":
      return `这个版本的 Excel 不支持这次${verb}用到的功能（${code}），例如原生图表需要 Excel 2019 或 Microsoft 365。请升级 Excel，或改用浏览器版落实台账助手。`;
    case "ItemNotFound":
      return `Excel 找不到要${verb}的对象（${code}）。工作表可能刚被改名或删除，请刷新后重试。`;
    default:
      return `Excel 报告了一个错误（${code}${message ? `：${message}` : ""}）。请重试；如果问题持续，请保存并重新打开工作簿。`;
  }
}
