/**
 * Contract: `batch` reads what it is asked (a sheet, the active one by default, and settings),
 * lets the decision see it, and makes the changes in order exactly as the single members would.
 */
import type { WorkbookChange } from "../../../src/workbook/port";
import type { MakeHost } from "../harness";

async function twoSheets(make: MakeHost) {
  const host = await make();
  await host.wb.writeSheet({ sheet: "台账", ifExists: "replace", rows: [["任务", "单位"], ["任务一", "党政办"]], activate: true });
  await host.wb.writeSheet({ sheet: "校验结果", ifExists: "replace", rows: [["旧的结果"]] });
  await host.wb.setSetting("year", "2023");
  return host;
}

export function batchCases(make: MakeHost): void {
  describe("batch", () => {
    it("reads the active sheet and settings together and hands them to the decision", async () => {
      const { wb } = await twoSheets(make);
      const { value, names } = await wb.batch({ sheet: {}, settings: ["year", "missing"] }, (found) => ({
        value: { sheet: found.sheet, values: found.snapshot?.values, settings: Object.fromEntries(found.settings) },
        changes: [],
      }));
      expect(value).toEqual({ sheet: "台账", values: [["任务", "单位"], ["任务一", "党政办"]], settings: { year: "2023", missing: null } });
      expect(names).toEqual([]);
    });

    it("reads a sheet by name as the workbook spells it, skips cells when asked, and says no-sheet for a missing one", async () => {
      const { wb } = await twoSheets(make);
      const skipped = await wb.batch({ sheet: { name: "校验结果", skip: (name) => name === "校验结果" } }, (found) => ({ value: found, changes: [] }));
      expect(skipped.value.sheet).toBe("校验结果");
      expect(skipped.value.snapshot).toBeUndefined();
      const nameOnly = await wb.batch({ sheet: { name: "台账", cells: false } }, (found) => ({ value: found, changes: [] }));
      expect(nameOnly.value).toMatchObject({ sheet: "台账", snapshot: undefined });
      await expect(wb.batch({ sheet: { name: "没有这张表" } }, () => ({ value: 0, changes: [] }))).rejects.toMatchObject({ code: "no-sheet" });
    });

    it("makes the changes in order, as the single members would, and names what each used", async () => {
      const { wb, inspect } = await twoSheets(make);
      const changes: WorkbookChange[] = [
        { kind: "writeSheet", spec: { sheet: "校验结果", ifExists: "replace", rows: [["新的结果"]] } },
        { kind: "writeSheet", spec: { sheet: "台账", ifExists: "rename", rows: [["副本"]] } },
        { kind: "markCells", sheet: "台账", marks: [{ row: 1, col: 1, fill: "#FFC7CE", note: "单位" }] },
        { kind: "setSetting", key: "year", value: "2024" },
        { kind: "setSetting", key: "tolerance", value: "0.05" },
      ];
      const { value, names } = await wb.batch({ sheet: {} }, (found) => ({ value: found.snapshot?.values.length, changes }));
      expect(value).toBe(2);
      expect(names).toEqual(["校验结果", "台账(2)", "台账", "year", "tolerance"]);
      expect((await wb.readSheet("校验结果")).values).toEqual([["新的结果"]]);
      expect((await wb.readSheet("台账(2)")).values).toEqual([["副本"]]);
      expect((await inspect.cell("台账", 1, 1)).fill).toBe("#FFC7CE");
      expect(await wb.getSetting("year")).toBe("2024");
      expect(await wb.getSetting("tolerance")).toBe("0.05");
      expect(await wb.activeSheet()).toBe("台账");
      await wb.batch({ sheet: { cells: false } }, (found) => ({ value: undefined, changes: [{ kind: "clearMarks", sheet: found.sheet ?? "" }] }));
      expect((await inspect.cell("台账", 1, 1)).fill).toBeNull();
    });

    it("changes nothing when the decision throws, and says no-sheet for a change on a missing sheet", async () => {
      const { wb } = await twoSheets(make);
      const before = await wb.listSheets();
      await expect(
        wb.batch({ sheet: {} }, () => {
          throw new RangeError("decided badly");
        }),
      ).rejects.toBeInstanceOf(RangeError);
      expect(await wb.listSheets()).toEqual(before);
      expect(await wb.getSetting("year")).toBe("2023");
      await expect(wb.batch({}, () => ({ value: 0, changes: [{ kind: "markCells", sheet: "没有这张表", marks: [{ row: 0, col: 0, fill: "#FFC7CE" }] }] }))).rejects.toMatchObject({ code: "no-sheet" });
    });
  });
}
