/**
 * What the add-in asks of its Excel (src/workbook/officejs/hostSupport.ts): the required set is
 * ExcelApi 1.13; an unknown answer is taken as yes where trying costs a sentence and as no where
 * not trying costs a convenience; the browser edition's address; a workbook without charts for
 * a host without the chart set, over the Office adapter and the fake host.
 */
import { browserEditionUrl, OPTIONAL_SETS, REQUIRED_SET, supports, withoutCharts, type Requirements } from "../../src/workbook/officejs/hostSupport";
import { OfficeJsWorkbook } from "../../src/workbook/officejs/OfficeJsWorkbook";
import { FakeExcel } from "../../src/workbook/fake/FakeExcel";
import type { SheetWrite } from "../../src/workbook/port";

const excel = (versions: Record<string, number>): Requirements => ({
  isSetSupported: (name, version = "1.1") => (versions[name] ?? 0) >= Number(version.split(".")[1]),
});

test("the required set is ExcelApi 1.13; every optional set is below it or outside ExcelApi", () => {
  expect(REQUIRED_SET).toEqual({ name: "ExcelApi", version: "1.13" });
  for (const set of Object.values(OPTIONAL_SETS)) {
    if (set.name === "ExcelApi") expect(Number(set.version.split(".")[1])).toBeLessThan(13);
  }
});

test.each([
  ["Microsoft 365", excel({ ExcelApi: 17, DialogApi: 2 }), true, true],
  ["Excel 2019 (volume)", excel({ ExcelApi: 7, DialogApi: 1 }), false, false],
  ["no answer", undefined, true, false],
  [
    "an answer that throws",
    {
      isSetSupported: () => {
        throw new Error("x");
      },
    },
    true,
    false,
  ],
] as const)("%s", (_name, requirements, required, messages) => {
  expect(supports(requirements, REQUIRED_SET, true)).toBe(required);
  expect(supports(requirements, OPTIONAL_SETS.dialogMessages, false)).toBe(messages);
});

test("the browser edition is index.html beside the page, without Office's query", () => {
  expect(browserEditionUrl("https://oa.example.gov.cn/luoshi/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN#x")).toBe("https://oa.example.gov.cn/luoshi/index.html");
  expect(browserEditionUrl("https://localhost:3000/commands.html")).toBe("https://localhost:3000/index.html");
});

test("without the chart set a sheet is written whole but without its chart, by writeSheet and by a batch", async () => {
  const fake = new FakeExcel();
  const wb = withoutCharts(new OfficeJsWorkbook(fake.run));
  const spec = (sheet: string): SheetWrite => ({
    sheet,
    ifExists: "replace",
    rows: [["单位", "完成"], ["柳林镇", 3], ["烟庄街道", 5]],
    charts: [{ title: "完成", kind: "column", categories: { row: 1, col: 0, rowCount: 2, colCount: 1 }, series: [{ name: "完成", values: { row: 1, col: 1, rowCount: 2, colCount: 1 } }], anchor: { row: 4, col: 0, rowCount: 10, colCount: 6 } }],
  });
  await wb.writeSheet(spec("甲"));
  await wb.batch({}, () => ({ value: undefined, changes: [{ kind: "writeSheet", spec: spec("乙") }] }));
  for (const name of ["甲", "乙"]) {
    expect(fake.sheet(name).charts).toEqual([]);
    expect(fake.cell(name, 2, 0)?.value).toBe("烟庄街道");
  }
  await new OfficeJsWorkbook(fake.run).writeSheet(spec("丙"));
  expect(fake.sheet("丙").charts).toHaveLength(1);
  expect(await wb.listSheets()).toEqual(await new OfficeJsWorkbook(fake.run).listSheets());
});
