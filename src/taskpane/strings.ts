/** Turning any thrown thing into a sentence a clerk can act on (zh-CN). */
import { WorkbookError } from "../workbook/port";

export function toSentence(e: unknown): string {
  if (e instanceof WorkbookError) return e.message;
  if (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message)) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `操作没有完成：${detail}。请重试；如仍不行，请保存工作簿后重新打开助手。`;
}
