/**
 * The pane and the ribbon run in two JavaScript runtimes over one workbook; each reads the store
 * sheet, then writes (docs/excel-hosts.md "Pane and ribbon"). Two new settings added at the same
 * moment must both be kept: the ribbon adds rows at even rows, the pane at odd ones.
 */
import { FakeExcel } from "../../src/workbook/fake/FakeExcel";
import { OfficeJsWorkbook } from "../../src/workbook/officejs/OfficeJsWorkbook";
import { rowForSetting, readStore } from "../../src/workbook/common/settingsLayout";

async function addAtOnce(ribbonRows: "even" | "every", paneRows: "odd" | "every"): Promise<(string | null)[]> {
  const fake = new FakeExcel();
  const any = new OfficeJsWorkbook(fake.run);
  await any.setSetting("year", "2023"); // the store sheet exists, with one row
  const ribbon = new OfficeJsWorkbook(fake.run, { storeRows: ribbonRows });
  const pane = new OfficeJsWorkbook(fake.run, { storeRows: paneRows });
  // Both read the store before either writes, as two runtimes can.
  await Promise.all([ribbon.setSetting("marks:柳林镇", "ribbon"), pane.setSetting("tolerance", "pane")]);
  return [await any.getSetting("marks:柳林镇"), await any.getSetting("tolerance"), await any.getSetting("year")];
}

test("a setting the ribbon adds and one the pane adds at the same moment are both kept", async () => {
  expect(await addAtOnce("even", "odd")).toEqual(["ribbon", "pane", "2023"]);
});

test("without the split, the two would take the same row and one would be lost (the race the split prevents)", async () => {
  const [ribbon, pane] = await addAtOnce("every", "every");
  expect([ribbon, pane].filter((v) => v === null)).toHaveLength(1);
});

test("rows: a key keeps its row; a new one takes the writer's first free row, else its next row", () => {
  const store = readStore([["title"], ["a", "1"], [null], [null], ["b", "2"]], { row: 0, col: 0 });
  expect(rowForSetting(store, "a", "even")).toBe(1);
  expect(rowForSetting(store, "new", "every")).toBe(2);
  expect(rowForSetting(store, "new", "even")).toBe(2);
  expect(rowForSetting(store, "new", "odd")).toBe(3);
  const full = readStore([["title"], ["a", "1"], ["b", "2"]], { row: 0, col: 0 });
  expect(rowForSetting(full, "new", "odd")).toBe(3);
  expect(rowForSetting(full, "new", "even")).toBe(4);
});
