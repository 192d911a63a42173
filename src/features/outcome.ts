/**
 * What every use case returns: its result, or why it could not proceed. Expected trouble (a
 * sheet that is not a ledger, an empty sheet, one of our result sheets, missing columns, a file
 * that cannot be read, bad input) is a value with a code from one closed union and the
 * catalogue's sentence, never an exception; an exception is a bug. See docs/decisions.md
 * "One outcome type".
 */
import { WorkbookError, type WorkbookErrorCode } from "../workbook/port";

/** Why a use case could not proceed. The workbook's own codes are a subset. */
export type CannotCode =
  | WorkbookErrorCode
  /** The sheet has nothing on it. */
  | "empty"
  /** The sheet has content but no ledger header. */
  | "not-ledger"
  /** The sheet is one this product wrote (校验结果, 进度分析, 阶段检查). */
  | "result-sheet"
  /** A column the use case needs is missing (e.g. 完成时限 for progress). */
  | "missing-columns"
  /** No sheet of the workbook is a ledger. */
  | "no-ledger"
  /** The pane has no workbook open yet. */
  | "no-workbook"
  /** A list name no list answers to. */
  | "unknown-list"
  /** A date, year or tolerance that is not one. */
  | "bad-input"
  /** The clerk cancelled a long command; nothing was written. */
  | "cancelled"
  /** The office's 函件模板 has placeholders, parts or types no letter knows (docs/letters.md). */
  | "bad-template"
  /** The letters are in the 发函登记 already (same type, unit and date): issued again only when confirmed. */
  | "already-issued";

/** The use case could not proceed: `message` is the zh-CN sentence (what, where, how to fix). */
export interface Cannot {
  readonly ok: false;
  readonly code: CannotCode;
  readonly message: string;
  /** The sheet concerned, when there is one. */
  readonly sheet?: string;
}

/** The use case went through. */
export interface Done<T> {
  readonly ok: true;
  readonly value: T;
}

export type Outcome<T> = Done<T> | Cannot;

export function done<T>(value: T): Done<T> {
  return { ok: true, value };
}

export function cannot(code: CannotCode, message: string, sheet?: string): Cannot {
  return sheet === undefined ? { ok: false, code, message } : { ok: false, code, message, sheet };
}

/**
 * Run a use case's body, turning the workbook's expected errors (`WorkbookError`: no such
 * sheet, too large, unreadable file, Excel refused) into `Cannot`. Anything else is a bug and
 * is thrown on.
 */
export async function guarded<T>(body: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof WorkbookError) return cannot(e.code, e.message);
    throw e;
  }
}
