#!/usr/bin/env node
/* eslint-disable */
// Writes assets/sample-ledger.xlsx: a realistic, messy township ledger for the browser edition
// (merged title, 填报单位 line, two-level header, merged task cells, text dates, full-width
// digits, a blank row, notes under the table), a 拟向上争取清单 and a sheet that is not a ledger.
// Run: node scripts/make-sample.js
const ExcelJS = require("exceljs");
const path = require("path");

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "落实台账助手";
  const ws = wb.addWorksheet("重点任务");
  const months = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
  ws.addRow(["柳林镇2023年度重点工作任务清单"]);
  ws.addRow(["填报单位：柳林镇人民政府（盖章）", null, null, null, null, "填报日期：2023年3月5日"]);
  ws.addRow(["序号", "重点任务", "工作目标", "具体措施", "完成 时限", "具体责任人", "责任单位", "分管领导", "月度进展", ...Array(11).fill(null), "完成进度（%）", "进展情况", "备注"]);
  ws.addRow([null, null, null, null, null, null, null, null, ...months, null, null, null]);
  const rows = [
    [1, "招商引资", "全年引进亿元以上项目3个，到位资金5亿元", "建立镇级领导包联重点客商制度，每月外出招商不少于2次", "年底前", "李明（副镇长）、王芳", "经济发展办", "张建国", "对接客商2家", "签约1个", "", "", "", "", "", "", "", "", "", "", "40%", "已签约项目1个", ""],
    [null, null, null, "落实招商引资奖励政策，兑现奖励资金", "6月底前", "王芳", "经济发展办", "张建国", "", "", "", "", "", "", "", "", "", "", "", "", "0.5", "正在兑现", ""],
    [2, "人居环境整治", "完成28个村户厕改造1200户，村庄清洁行动覆盖率100%", "按要求推进", "三季度末", "党政办", "农业农村办", "刘洋", "", "", "", "", "", "", "", "", "", "", "", "", "完成60%", "序时推进", "措施待细化"],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null],
    [3, "新建柳林中心小学教学楼", "建成4层教学楼一座，建筑面积4800平方米", "6月底前完成主体工程，年底前竣工验收；每周调度一次工程进度", "２０２３.１０", "赵强", "教育办", "刘洋", "", "", "完成招标", "", "", "", "", "", "", "", "", "", "35", "主体施工", ""],
    [4, "安全生产隐患排查", "安全生产", "持续开展隐患排查整治", "长期坚持", "各村", "应急办", "孙立", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""],
    [5, "耕地保护和粮食生产", "粮食播种面积稳定在6.2万亩以上", "落实田长制，开展撂荒地排查整治", null, "陈刚", "农业农村办", "刘洋", "", "", "", "", "", "", "", "", "", "", "", "", "未启动", "", ""],
  ];
  for (const r of rows) ws.addRow(r);
  // a real date cell in the deadline column (row 11)
  ws.getCell("E11").value = new Date(Date.UTC(2023, 8, 30));
  ws.getCell("E11").numFmt = "yyyy-mm-dd";
  ws.addRow([]);
  ws.addRow(["注：1.完成时限须具体到月；2.责任人须填写具体人员姓名。"]);
  ws.addRow(["填表人：周敏", null, null, null, "审核人：张建国"]);
  const last = 3 + 4 + rows.length; // title, fill, two header rows, data
  ws.mergeCells("A1:W1");
  ws.mergeCells("I3:T3");
  for (const c of ["A", "B", "C", "D", "E", "F", "G", "H", "U", "V", "W"]) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells("A5:A6");
  ws.mergeCells("B5:B6");
  ws.mergeCells("C5:C6");
  ws.mergeCells(`A${last + 2}:W${last + 2}`);
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getRow(3).font = { bold: true };
  ws.getRow(4).font = { bold: true };
  [6, 24, 24, 30, 11, 14, 12, 9].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const sup = wb.addWorksheet("向上争取");
  sup.addRow(["柳林镇2023年度拟向上争取清单"]);
  sup.mergeCells("A1:I1");
  sup.addRow(["序号", "争取事项", "争取目标", "争取措施", "对接上级部门", "完成时限", "责任人", "责任单位", "进展情况"]);
  sup.addRow([1, "农村公路提档升级项目", "争取上级资金800万元", "积极争取", "市交通运输局", "9月底前", "李明", "经济发展办", "已报送项目材料"]);
  sup.addRow([2, "高标准农田建设", "争取建设指标1.5万亩", "对接省市农业农村部门，编制项目可研报告并入库", "市农业农村局", "上半年", "陈刚", "农业农村办", ""]);

  const memo = wb.addWorksheet("说明");
  memo.addRow(["本文件为落实台账助手的示例台账，内容为虚构。"]);
  memo.addRow(["示例中故意保留了常见的不规范写法，便于演示识别与校验。"]);

  const out = path.join(__dirname, "..", "assets", "sample-ledger.xlsx");
  await wb.xlsx.writeFile(out);
  console.log("wrote " + out);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
