/**
 * Letters as data (docs/letters.md): the escalation ladder, what the register holds, a proposal
 * per unit with the facts it rests on, and the document a renderer lays out in the GB/T 9704
 * format. Pure: the .docx is made by src/render/letterDocx.ts from an `OfficialDocument`.
 */

import { LETTER_TYPES } from "../lists/catalogue";

/** The letters and steps of the ladder in escalation order, then the commendation: the 类型 choices of the 发函登记 list. */
export { LETTER_TYPES };

/**
 * 提醒函 → 督办函 → 约谈 → 问责函; 通报表扬 (a commendation, with the ranking as its 附件) stands
 * apart. The CLI's `--type 通报` means 通报表扬.
 */
export type LetterType = (typeof LETTER_TYPES)[number];

/** One row of the 发函登记 sheet (docs/letters.md "The 发函登记 register"). */
export interface RegisterEntry {
  /** `督办〔2023〕7号` as written. */
  number: string;
  type: LetterType | string;
  unit: string;
  /** ISO date of the letter, or null when the cell does not read as a date. */
  date: string | null;
  /** 事由 as written. */
  subject: string;
  /** 办理时限 as an ISO date, or null. */
  replyBy: string | null;
  /** 反馈情况 as written ("" when none). */
  feedback: string;
  /** 1-based sheet row, for messages. */
  row: number;
}

/** A ledger row a letter cites (task, deadline as written, progress, gap, where it is). */
export interface LetterFact {
  /** The sheet the row is on and its cell reference (`C7`), so the unit can find it. */
  sheet: string;
  cell: string;
  /** 1-based sheet row. */
  row: number;
  task: string;
  /** 完成时限 as written, and as read (`2023-06-30`) when it was read. */
  deadlineText: string;
  due: string | null;
  /** Completion and time elapsed in [0, 1], null when unknown. */
  progress: number | null;
  timeProgress: number | null;
  /** p − t, null when either is unknown. */
  gap: number | null;
  /** The row's status (`逾期`, `滞后`) or, for a ledger finding, the rule id (`missing-item`). */
  status: string;
  /** Days past the due date for a row 逾期. */
  daysOverdue?: number;
  /** For a finding: what is wrong (zh-CN, from the validation catalogue). */
  finding?: string;
}

/** The letter the facts call for, for one unit (the office decides: docs/letters.md). */
export interface LetterProposal {
  unit: string;
  type: LetterType;
  /** zh-CN: why this letter (`3 项逾期、2 项滞后`; `上次督办函 督办〔2023〕7号 后仍有 2 项逾期`). */
  reason: string;
  /** The register entry this one follows up, when it escalates. */
  follows?: RegisterEntry;
  facts: LetterFact[];
}

/** A paragraph of the body: a heading of level 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`, or plain text. */
export type DocBlock =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string }
  | { kind: "paragraph"; text: string };

/** A table for an attachment (附件): its header row and rows of text. */
export interface DocTable {
  head: string[];
  rows: string[][];
  /** Relative column widths (any unit); equal when absent. */
  widths?: number[];
}

/**
 * One official document, every word already in place (the renderer adds none of its own): the
 * parts of docs/letters.md "What a letter contains".
 */
export interface OfficialDocument {
  /** 发文机关标志, e.g. `冠县人民政府办公室`. */
  issuer: string;
  /** 发文字号, e.g. `督办〔2023〕7号`. */
  number: string;
  /** 标题, e.g. `关于加快推进重点工作任务落实的督办函`. */
  title: string;
  /** 主送, ending with `：`. */
  addressee: string;
  body: DocBlock[];
  /** 附件说明 lines (`附件：1.…`), empty when none. */
  attachmentNote: string[];
  /** 落款: the issuing office. */
  signature: string;
  /** 成文日期 as printed: `2023年7月1日`. */
  date: string;
  /** 附注, printed in brackets: `（联系人：王芳，电话：0635-5212345）`. */
  note?: string;
  /** Attachments on their own pages after the letter: a `附件1` mark, a title and a table. */
  attachments: { mark: string; title: string; table: DocTable }[];
}

/** Font names of the four roles (settings: docs/letters.md "Format"). */
export interface DocFonts {
  /** Title: 方正小标宋简体. */
  title: string;
  /** Body and level 3–4 headings: 仿宋_GB2312. */
  body: string;
  /** Level 1 headings `一、`: 黑体. */
  heading1: string;
  /** Level 2 headings `（一）`: 楷体_GB2312. */
  heading2: string;
  /** Page numbers: 宋体. */
  pageNumber: string;
}

export const DEFAULT_FONTS: DocFonts = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
};
