/**
 * 新建模板 (create a template): write a list's standard template to a new sheet. Never
 * overwrites: when the name is taken the adapter picks `名称(2)`.
 */
import type { WorkbookPort } from "../workbook/port";
import type { ListSchema } from "../domain/lists/schema";
import { findList, LISTS } from "../domain/lists/catalogue";
import { templateLayout, type TemplateOptions } from "../render/templateLayout";
import { DIRECTORY_SHEET } from "../domain/merge/directory";
import { directoryTemplateLayout } from "../render/mergeLayout";
import { say } from "../messages";
import { cannot, done, guarded, type Outcome } from "./outcome";

export interface TemplateRequest extends TemplateOptions {
  /** The list: its Chinese name, an alias or its short id (`tasks`). */
  list: string;
}

export interface TemplateResult {
  /** The list's Chinese name (`重点工作任务清单`, or `单位名录`). */
  list: string;
  /** The new sheet's name. */
  sheet: string;
  message: string;
}

/** Resolve a list by its Chinese name, an alias or its short id. */
export function resolveList(key: string): Outcome<ListSchema> {
  const list = findList(key);
  if (list) return done(list);
  return cannot("unknown-list", say("cannot.unknownList", { key, lists: LISTS.map((l) => `${l.name}（${l.id}）`).join("、") }));
}

/** Whether the clerk asked for the 单位名录 (the county's unit list), which is no ledger list. */
export function isDirectoryKey(key: string): boolean {
  const k = key.trim();
  return k === DIRECTORY_SHEET || k.toLowerCase() === "units";
}

/** Create the 单位名录 template on a new sheet. */
export function createDirectoryTemplate(wb: WorkbookPort): Promise<Outcome<{ sheet: string; message: string }>> {
  return guarded(async () => {
    const sheet = await wb.writeSheet(directoryTemplateLayout());
    return done({ sheet, message: say("template.created", { sheet }) });
  });
}

/** Create the template of a list (or of the 单位名录) on a new sheet. */
export function createTemplate(wb: WorkbookPort, request: TemplateRequest): Promise<Outcome<TemplateResult>> {
  return guarded(async () => {
    if (isDirectoryKey(request.list)) {
      const made = await createDirectoryTemplate(wb);
      return made.ok ? done({ list: DIRECTORY_SHEET, ...made.value }) : made;
    }
    const list = resolveList(request.list);
    if (!list.ok) return list;
    const { list: _key, ...options } = request;
    const sheet = await wb.writeSheet(templateLayout(list.value, options));
    return done({ list: list.value.name, sheet, message: say("template.created", { sheet }) });
  });
}
