/** A small workbook for the stage checks: two units, a done row, a lagging and an overdue row, a support list, a non-ledger sheet. */
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { CellValue } from "../../src/workbook/port";

/** 经发办: 耕地保护 done by 5-31, 招商引资 70% by year end, 安全生产 长期. 农业办: 户厕改造 30% by 6-30, 农田水利 50% by 3-31. */
export const TASK_ROWS: CellValue[][] = [
  ["柳林镇2023年度重点工作任务清单"],
  ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位", "完成进度", "完成情况", "进展情况"],
  [1, "耕地保护", "粮食面积6.2万亩", "落实田长制，每月巡田", "5月底前", "陈刚", "经发办", "100%", "已完成", "已落实田长制"],
  [2, "招商引资", "引进项目3个", "每月外出招商2次", "年底前", "李明", "经发办", "70%", "推进中", "已签约2个"],
  [3, "安全生产", "事故零发生", "每月排查隐患一次", "长期坚持，6月底前完成排查", "孙立", "经发办", null, "序时推进", null],
  [4, "户厕改造", "改造1200户", "分片包干，每周调度", "6月底前", "王芳", "农业办", "30%", "推进中", "已改造360户"],
  [5, "农田水利", "新建沟渠5公里", "招标后开工，每周调度", "3月底前", "赵强", "农业办", "50%", "推进中", "已完成招标"],
];

/** One support row due at year end, with 责任人 missing (so the list is 不规范 in q1). */
export const SUPPORT_ROWS: CellValue[][] = [
  ["柳林镇2023年度拟向上争取清单"],
  ["序号", "争取事项", "争取目标", "争取措施", "对接上级部门", "完成时限", "责任人", "责任单位", "进展情况"],
  [1, "污水处理项目", "争取资金500万元", "每月赴市对接一次", "市发改委", "12月底前", null, "经发办", "已报送申请"],
];

/** The workbook: 重点工作, 向上争取, 说明 (not a ledger), in that order. */
export async function stageBook(options: { support?: boolean } = {}): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "重点工作", ifExists: "rename", rows: TASK_ROWS, merges: [{ row: 0, col: 0, rowCount: 1, colCount: 10 }] });
  if (options.support !== false) await wb.writeSheet({ sheet: "向上争取", ifExists: "rename", rows: SUPPORT_ROWS });
  await wb.writeSheet({ sheet: "说明", ifExists: "rename", rows: [["填表说明"], ["各单位请于每月5日前报送进展。"]] });
  return wb;
}

export { memoryIo } from "../fixtures/memoryIo";
