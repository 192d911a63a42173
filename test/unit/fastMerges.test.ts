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

// The two tests below fail when `installFastMerges` does nothing: the behaviour above is
// ExcelJS's own, so only these tell the patch from the O(n²) original.

/** The Worksheet prototype ExcelJS's workbooks use (the same module instance as `import ExcelJS`). */
function worksheetProto(book: typeof ExcelJS = ExcelJS): Record<string | symbol, unknown> {
  return Object.getPrototypeOf(new book.Workbook().addWorksheet("probe")) as Record<string | symbol, unknown>;
}

test("the patch is installed on ExcelJS's Worksheet class, not left as ExcelJS wrote it", () => {
  const patched = worksheetProto();
  expect(patched[Symbol.for("luoshi.fastMerges")]).toBe(true);
  // A fresh copy of ExcelJS (own module registry) carries the original method.
  let pristine: Record<string | symbol, unknown> = {};
  jest.isolateModules(() => {
    pristine = worksheetProto(jest.requireActual<typeof ExcelJS>("exceljs"));
  });
  expect(pristine[Symbol.for("luoshi.fastMerges")]).toBeUndefined();
  expect(typeof pristine._mergeCellsInternal).toBe("function");
  expect(String(patched._mergeCellsInternal)).not.toBe(String(pristine._mergeCellsInternal));
  expect(String(patched._unMergeMaster)).not.toBe(String(pristine._unMergeMaster));
});

test("a new merge is not compared with every existing merge (ExcelJS's O(n²) check stays off)", () => {
  // ExcelJS's own check calls Range#intersects once per existing merge: n(n − 1)/2 calls for n
  // merges (1,999,000 for 2,000). The index makes that loop run over an empty set.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Range = require("exceljs/lib/doc/range") as { prototype: { intersects(other: unknown): boolean } };
  const intersects = jest.spyOn(Range.prototype, "intersects");
  try {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    for (let i = 0; i < 2000; i++) ws.mergeCells(i * 3 + 1, 1, i * 3 + 3, 1);
    expect(ws.model.merges).toHaveLength(2000);
    expect(intersects).toHaveBeenCalledTimes(0);
    expect(() => ws.mergeCells("A5:B5")).toThrow("Cannot merge already merged cells");
    expect(ws.model.merges).toHaveLength(2000);
  } finally {
    intersects.mockRestore();
  }
});
