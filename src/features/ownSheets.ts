/** The sheets this product writes (results), which are never checked as ledgers. */
import { REPORT_SHEET } from "../render/reportSheet";
import { PROGRESS_SHEET } from "../render/progressSheet";
import { STAGE_SHEET_PREFIX } from "../render/stageSheet";

/** Whether a sheet is one of our result sheets (校验结果, 进度分析, 阶段检查（…）). */
export function isResultSheet(name: string): boolean {
  return name === REPORT_SHEET || name === PROGRESS_SHEET || name.startsWith(STAGE_SHEET_PREFIX);
}

/** The sentence for a command run on one of our result sheets. */
export function resultSheetMessage(name: string): string {
  return `工作表“${name}”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。`;
}
