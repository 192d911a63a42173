/** A generated ledger of any size, messy the way real ones are (title, fill line, two-level header, merged tasks). */
import type { CellArea, CellValue } from "../src/domain/sheet";
import type { SheetWrite } from "../src/workbook/port";

const TASKS = ["招商引资", "人居环境整治", "项目建设", "安全生产", "耕地保护", "乡村振兴", "营商环境", "民生实事"];
const DEADLINES = ["6月底前", "三季度末", "年底前", "２０２３.１０", "长期坚持", "上半年", "9月30日前", "每月"];
const OWNERS = ["李明（副镇长）", "王芳", "张三、李四", "党政办", "赵强", "刘洋"];

/** The sheet write of a `rows`-row key-task ledger. */
export function generatedLedger(rows: number): SheetWrite {
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  const width = 8 + 12 + 3;
  const data: CellValue[][] = [
    ["柳林镇2023年度重点工作任务清单", ...Array<CellValue>(width - 1).fill(null)],
    ["填报单位：柳林镇", ...Array<CellValue>(width - 2).fill(null), "填报日期：2023年3月5日"],
    ["序号", "重点任务", "工作目标", "具体措施", "完成时限", "具体责任人", "责任单位", "分管领导", "月度进展", ...Array<CellValue>(11).fill(null), "完成进度", "进展情况", "备注"],
    [...Array<CellValue>(8).fill(null), ...months, null, null, null],
  ];
  const merges: CellArea[] = [{ row: 0, col: 0, rowCount: 1, colCount: width }, { row: 2, col: 8, rowCount: 1, colCount: 12 }];
  for (const c of [0, 1, 2, 3, 4, 5, 6, 7, 20, 21, 22]) merges.push({ row: 2, col: c, rowCount: 2, colCount: 1 });
  for (let i = 0; i < rows; i++) {
    const first = i % 3 === 0;
    const row: CellValue[] = [
      first ? i / 3 + 1 : null,
      first ? `${TASKS[i % TASKS.length]}第${i + 1}项` : null,
      first ? `完成投资${(i % 50) + 1}亿元，建成项目${(i % 7) + 1}个` : null,
      `措施${i + 1}：成立工作专班，每周调度一次进度，落实要素保障`,
      DEADLINES[i % DEADLINES.length],
      OWNERS[i % OWNERS.length],
      "经济发展办",
      "张建国",
      ...months.map((_, m) => (m < 6 && i % 4 === 0 ? "按计划推进" : null)),
      i % 5 === 0 ? "60%" : (i % 10) / 10,
      "正在推进",
      null,
    ];
    data.push(row);
    if (first && i + 2 < rows) {
      for (const c of [0, 1, 2]) merges.push({ row: 4 + i, col: c, rowCount: 3, colCount: 1 });
    }
  }
  data.push(["注：完成时限须具体到月。", ...Array<CellValue>(width - 1).fill(null)]);
  return { sheet: "重点任务", ifExists: "replace", rows: data, merges };
}
