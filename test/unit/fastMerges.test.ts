/** ExcelJS with the indexed merge check: same behaviour as ExcelJS, without the O(n²) cost. */
import ExcelJS from "exceljs";
import { installFastMerges } from "../../src/workbook/exceljs/fastMerges";

installFastMerges();

test("an overlapping merge is still refused, and unmerging frees the cells", () => {
  const ws = new ExcelJS.Workbook().addWorksheet("s");
  ws.mergeCells("A1:B2");
  expect(() => ws.mergeCells("B2:C3")).toThrow("Cannot merge already merged cells");
  ws.unMergeCells("A1:B2");
  expect(() => ws.mergeCells("B2:C3")).not.toThrow();
  expect(ws.model.merges).toEqual(["B2:C3"]);
});

test("thousands of merges survive a save and load, every one of them", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("s");
  for (let i = 0; i < 3000; i++) {
    ws.getCell(i * 3 + 1, 1).value = `任务${i}`;
    ws.mergeCells(i * 3 + 1, 1, i * 3 + 3, 1);
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(await wb.xlsx.writeBuffer());
  const merges = back.getWorksheet("s")!.model.merges;
  expect(merges).toHaveLength(3000);
  expect(merges).toContain("A8998:A9000");
  expect(() => back.getWorksheet("s")!.mergeCells("A2:B2")).toThrow("Cannot merge already merged cells");
});
