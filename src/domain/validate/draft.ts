/**
 * What a rule returns: a draft finding (where, which field, which message variant, the
 * placeholder values), and how a draft becomes a Finding with the catalogue's sentences.
 * Rules never write sentences themselves.
 */
import { FIVE_ITEMS, type FieldId } from "../lists/schema";
import { columnLetter } from "../text/a1";
import type { RuleContext } from "./context";
import type { Finding, RuleId, Severity } from "./types";
import { RULES } from "./catalogue";
import { fillTemplate, quote, type TemplateVars } from "./template";
import { headerLabel } from "./cells";
import { say } from "../../messages";

/** A finding before its message is written. */
export interface Draft {
  rule: RuleId;
  /** 0-based sheet cell; absent for sheet-level findings. */
  at?: { row: number; col: number };
  field?: FieldId;
  /** The catalogue's text variant (`role`, `vague` …); `default` when absent. */
  variant?: string;
  /** Placeholder values beyond the common ones (`{units}`, `{year}` …). */
  vars?: TemplateVars;
  /** The cell's text as shown. */
  text?: string;
  /** How the cell was read (the parser's explanation). */
  reading?: string;
  /** A related cell (the earlier row of a duplicate). */
  related?: { row: number; col: number };
}

/** A rule: from the sheet's context to its draft findings. */
export type Rule = (ctx: RuleContext) => Draft[];

/** The standard name of a field in the sheet's list (`完成时限`), or the field id. */
export function itemName(ctx: RuleContext, field: FieldId): string {
  return ctx.list.columns.find((c) => c.field === field)?.name ?? field;
}

/** What a message says about a field: its names, and whether it is one of the five items. */
interface FieldWords {
  item: string;
  /** The header as written, when the sheet has the column. */
  header?: string;
  /** `五个明确缺项` for the five items of a list that needs them, else `必填项缺项`. */
  what: string;
}

function fieldWords(ctx: RuleContext, field: FieldId | undefined): FieldWords {
  if (field === undefined) return { item: "", what: say("rules.what.required") };
  const column = ctx.column(field);
  const five = ctx.list.fiveItems && (FIVE_ITEMS as readonly string[]).includes(field);
  const words: FieldWords = { item: itemName(ctx, field), what: say(five ? "rules.what.fiveItems" : "rules.what.required") };
  if (column) words.header = headerLabel(column.header);
  return words;
}

/** Turns drafts into findings for one sheet. */
export type FindingWriter = (draft: Draft, severity: Severity) => Finding;

/** A writer for the sheet: the catalogue's sentences filled from the draft and the sheet. */
export function createWriter(ctx: RuleContext): FindingWriter {
  const byField = new Map<FieldId | undefined, FieldWords>();
  const wordsOf = (field: FieldId | undefined): FieldWords => {
    let w = byField.get(field);
    if (!w) {
      w = fieldWords(ctx, field);
      byField.set(field, w);
    }
    return w;
  };
  const seq = ctx.column("seq");
  /** The row's 序号 as written, if the sheet has that column and the cell is filled. */
  const rowKey = (row: number): string | undefined => {
    if (!seq || row <= ctx.recognized.headerBottom) return undefined;
    const text = ctx.textAt(row, seq.col);
    return text === "" ? undefined : text;
  };
  const letters: string[] = [];
  const address = (at: { row: number; col: number }): string => `${(letters[at.col] ??= columnLetter(at.col))}${at.row + 1}`;

  return (draft, severity) => {
    const spec = RULES[draft.rule];
    const texts = (draft.variant !== undefined ? spec.texts[draft.variant] : undefined) ?? spec.texts.default;
    const words = wordsOf(draft.field);
    const cell = draft.at ? address(draft.at) : undefined;
    const common = (name: string): string | number | undefined => {
      switch (name) {
        case "label": return words.header ?? words.item;
        case "item": return words.item;
        case "what": return words.what;
        case "list": return ctx.list.name;
        case "text": return draft.text !== undefined ? quote(draft.text) : "";
        case "row": return draft.at ? draft.at.row + 1 : undefined;
        case "cell": return cell;
        default: return undefined;
      }
    };
    const vars = draft.vars;
    const lookup = (name: string) => vars?.[name] ?? common(name);
    const finding: Finding = {
      sheet: ctx.sheet,
      rule: draft.rule,
      severity,
      message: fillTemplate(texts.message, lookup),
      hint: fillTemplate(texts.hint, lookup),
    };
    if (draft.at) {
      finding.cell = cell;
      finding.row = draft.at.row + 1;
      finding.at = { row: draft.at.row, col: draft.at.col };
      const key = rowKey(draft.at.row);
      if (key !== undefined) finding.rowKey = key;
    }
    if (draft.field !== undefined) finding.field = draft.field;
    if (words.header !== undefined) finding.header = words.header;
    if (draft.text !== undefined) finding.text = draft.text;
    if (draft.reading !== undefined) finding.reading = draft.reading;
    if (draft.related) finding.related = address(draft.related);
    return finding;
  };
}
