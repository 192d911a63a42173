/**
 * 新建模板 (create a template): write a list's standard template to a new sheet. Never
 * overwrites: when the name is taken the adapter picks `名称(2)`.
 */
import type { WorkbookPort } from "../workbook/port";
import type { ListSchema } from "../domain/lists/schema";
import { findList, LISTS } from "../domain/lists/catalogue";
import { templateLayout, TemplateOptions } from "../render/templateLayout";

/** A bad list name from a caller is a value the edges can show, not a crash. */
export class UnknownListError extends Error {
  constructor(key: string) {
    super(`没有名为“${key}”的清单。可用的清单：${LISTS.map((l) => `${l.name}（${l.id}）`).join("、")}。`);
    this.name = "UnknownListError";
  }
}

/** Resolve a list by its Chinese name, an alias or its short id. */
export function resolveList(key: string): ListSchema {
  const list = findList(key);
  if (!list) throw new UnknownListError(key);
  return list;
}

/** Create the template of `list` on a new sheet; returns the sheet name used. */
export async function createTemplate(wb: WorkbookPort, list: string | ListSchema, options: TemplateOptions): Promise<string> {
  const schema = typeof list === "string" ? resolveList(list) : list;
  return wb.writeSheet(templateLayout(schema, options));
}
