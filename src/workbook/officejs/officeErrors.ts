/**
 * Office errors as sentences a clerk can act on. Office.js rejects a batch with an
 * `OfficeExtension.Error` ("RichApi.Error") carrying a `code`; it becomes a `WorkbookError`
 * "host" whose zh-CN message names the code (for support) and says what to do. A missing sheet
 * (ItemNotFound while looking one up) becomes "no-sheet". Our own errors and programming
 * errors pass through unchanged.
 */

import { noSheetError } from "../common/errors";
import { WorkbookError } from "../port";
import { say } from "../../messages";

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

/** Office codes with a sentence of their own; the rest get `office.other`. */
const WORDED = {
  RequestPayloadSizeLimitExceeded: "office.RequestPayloadSizeLimitExceeded",
  ResponsePayloadSizeLimitExceeded: "office.ResponsePayloadSizeLimitExceeded",
  InvalidOperation: "office.InvalidOperation",
  InvalidOperationInCellEditMode: "office.InvalidOperation",
  AccessDenied: "office.AccessDenied",
  InactiveWorkbook: "office.InactiveWorkbook",
  ApiNotFound: "office.ApiNotFound",
  ItemNotFound: "office.ItemNotFound",
} as const;

/**
 * The one zh-CN sentence for an Office error code, whoever met it (an adapter's read or write,
 * a ribbon command). `action` says whether Excel was being read or written.
 */
export function officeSentence(code: string, action: "read" | "write", message = ""): string {
  const verb = say(action === "read" ? "office.verb.read" : "office.verb.write");
  const id = (WORDED as Record<string, (typeof WORDED)[keyof typeof WORDED] | undefined>)[code];
  if (id) return say(id, { verb, code });
  return say("office.other", { code, detail: message ? `：${message}` : "" });
}

function hostSentence(code: string, action: "read" | "write", message: string): string {
  return officeSentence(code, action, message);
}
