/** Contract: sheet names, replace vs rename, listing, activating and selecting. */
import type { MakeHost } from "../harness";

export function sheetCases(make: MakeHost): void {
  describe("sheets", () => {
    it("lists sheets in tab order and activates them", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "一", ifExists: "replace", rows: [["1"]] });
      await wb.writeSheet({ sheet: "二", ifExists: "replace", rows: [["2"]] });
      await wb.writeSheet({ sheet: "三", ifExists: "replace", rows: [["3"]], activate: true });
      const ours = (await wb.listSheets()).filter((s) => ["一", "二", "三"].includes(s.name));
      expect(ours).toEqual([
        { name: "一", visible: true },
        { name: "二", visible: true },
        { name: "三", visible: true },
      ]);
      expect(await wb.activeSheet()).toBe("三");
      await wb.activateSheet("二");
      expect(await wb.activeSheet()).toBe("二");
    });

    it("does not activate a written sheet unless asked", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "原表", ifExists: "replace", rows: [["x"]], activate: true });
      await wb.writeSheet({ sheet: "结果", ifExists: "replace", rows: [["y"]] });
      expect(await wb.activeSheet()).toBe("原表");
    });

    it("replace keeps the tab position and drops the old content", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "A", ifExists: "replace", rows: [["a"]] });
      await wb.writeSheet({ sheet: "结果", ifExists: "replace", rows: [["旧"], ["旧2"]] });
      await wb.writeSheet({ sheet: "C", ifExists: "replace", rows: [["c"]] });
      const name = await wb.writeSheet({ sheet: "结果", ifExists: "replace", rows: [["新"]] });
      expect(name).toBe("结果");
      const names = (await wb.listSheets()).map((s) => s.name).filter((n) => ["A", "结果", "C"].includes(n));
      expect(names).toEqual(["A", "结果", "C"]);
      expect((await wb.readSheet("结果")).values).toEqual([["新"]]);
    });

    it("replacing the active sheet leaves the new one active", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "A", ifExists: "replace", rows: [["a"]] });
      await wb.writeSheet({ sheet: "结果", ifExists: "replace", rows: [["旧"]], activate: true });
      await wb.writeSheet({ sheet: "结果", ifExists: "replace", rows: [["新"]] });
      expect(await wb.activeSheet()).toBe("结果");
      expect((await wb.readSheet()).values).toEqual([["新"]]);
    });

    it("rename picks 名称(2), 名称(3) and never touches the existing sheet", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "汇总", ifExists: "rename", rows: [["第一"]] });
      expect(await wb.writeSheet({ sheet: "汇总", ifExists: "rename", rows: [["第二"]] })).toBe("汇总(2)");
      expect(await wb.writeSheet({ sheet: "汇总", ifExists: "rename", rows: [["第三"]] })).toBe("汇总(3)");
      expect((await wb.readSheet("汇总")).values).toEqual([["第一"]]);
      expect((await wb.readSheet("汇总(3)")).values).toEqual([["第三"]]);
    });

    it("sees names without regard to case", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "Report", ifExists: "rename", rows: [["x"]] });
      expect(await wb.writeSheet({ sheet: "REPORT", ifExists: "rename", rows: [["y"]] })).toBe("REPORT(2)");
    });

    it.each([
      ["a/b:c*d?e[f]g\\h", "a_b_c_d_e_f_g_h"],
      ["'引号'", "引号"],
      ["", "Sheet"],
      ["一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"],
    ])("sanitises the name %p to %p", async (wanted, expected) => {
      const { wb } = await make();
      expect(await wb.writeSheet({ sheet: wanted, ifExists: "rename", rows: [["x"]] })).toBe(expected);
      expect((await wb.readSheet(expected)).values).toEqual([["x"]]);
    });

    it("keeps a renamed long name within 31 characters", async () => {
      const { wb } = await make();
      const long = "这是一个非常长的工作表名称超过三十一个字符的限制需要截断处理";
      const first = await wb.writeSheet({ sheet: long, ifExists: "rename", rows: [["1"]] });
      const second = await wb.writeSheet({ sheet: long, ifExists: "rename", rows: [["2"]] });
      expect(first.length).toBeLessThanOrEqual(31);
      expect(second.length).toBeLessThanOrEqual(31);
      expect(second.endsWith("(2)")).toBe(true);
      expect(second).not.toBe(first);
    });

    it("selects a cell, activating its sheet", async () => {
      const { wb, inspect } = await make();
      await wb.writeSheet({ sheet: "甲", ifExists: "replace", rows: [["x"]], activate: true });
      await wb.writeSheet({ sheet: "乙", ifExists: "replace", rows: [["y"]] });
      await wb.selectCell("乙", "C7");
      expect(await wb.activeSheet()).toBe("乙");
      expect((await inspect.layout("乙")).activeCell).toBe("C7");
    });

    it("rejects a malformed address as a programming error", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "甲", ifExists: "replace", rows: [["x"]] });
      await expect(wb.selectCell("甲", "not-an-address")).rejects.toBeInstanceOf(RangeError);
    });
  });
}
