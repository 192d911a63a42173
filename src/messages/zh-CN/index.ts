/**
 * The zh-CN catalogue: every sentence a user sees, by id. One file per area; an id is
 * `area.name`. Templates use `{name}` placeholders (src/messages/fill.ts).
 */
import { CLI } from "./cli";
import { FEATURES } from "./features";
import { HOST } from "./host";
import { OUTCOME } from "./outcome";
import { PANE } from "./pane";
import { RIBBON } from "./ribbon";
import { OFFICE, WORKBOOK } from "./workbook";
import { MERGE } from "./merge";
import { PARSE } from "./parse";
import { PROGRESS } from "./progress";
import { RECOGNIZE } from "./recognize";
import { RANK } from "./rank";
import { LETTERS } from "./letters";
import { LETTER_TEXT } from "./letterText";
import { RULES } from "./rules";
import { ROUND_TRIP } from "./roundTrip";
import { SHEETS } from "./sheets";
import { STANDARDIZE } from "./standardize";
import { WORKSPACE } from "./workspace";

export const ZH_CN = { ...OUTCOME, ...WORKBOOK, ...OFFICE, ...FEATURES, ...RIBBON, ...HOST, ...CLI, ...PANE, ...MERGE,
  ...RECOGNIZE, ...STANDARDIZE, ...PROGRESS, ...RANK, ...LETTERS, ...LETTER_TEXT, ...PARSE, ...RULES, ...SHEETS, ...WORKSPACE, ...ROUND_TRIP } as const;
