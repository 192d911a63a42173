/**
 * The zh-CN catalogue: every sentence a user sees, by id. One file per area; an id is
 * `area.name`. Templates use `{name}` placeholders (src/messages/fill.ts).
 */
import { CLI } from "./cli";
import { FEATURES } from "./features";
import { OUTCOME } from "./outcome";
import { PANE } from "./pane";
import { RIBBON } from "./ribbon";
import { OFFICE, WORKBOOK } from "./workbook";

export const ZH_CN = { ...OUTCOME, ...WORKBOOK, ...OFFICE, ...FEATURES, ...RIBBON, ...CLI, ...PANE } as const;
