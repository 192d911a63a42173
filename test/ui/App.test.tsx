/**
 * @jest-environment jsdom
 */
/** The pane by role: mode line, recognised list and mapping, validation and its severity filter, progress, templates, bad input. */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/views/App";
import type { Session } from "../../src/taskpane/host/session";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { CellValue } from "../../src/workbook/port";

// The whole pane in jsdom, typed into field by field: about 10 s a test here, past the default
// 30 s when the 2-core machine is busy with something else (a mutation run beside the tests).
jest.setTimeout(90_000);

async function ledgerWorkbook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  const rows: CellValue[][] = [
    ["柳林镇2023年度重点工作任务清单", null, null, null, null, null],
    ["序号", "重点任务", "工作目标", "具体措施", "完成时限", "责任单位"],
    [1, "招商引资", "引进亿元项目3个", "每月外出招商2次", "年底前", "经发办"],
  ];
  await wb.writeSheet({ sheet: "台账", ifExists: "rename", rows });
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  await wb.activateSheet("台账");
  return wb;
}

/** The sheets a clerk sees, in tab order (the product's very hidden store left out). */
async function visibleSheets(wb: ExcelJsWorkbook): Promise<string[]> {
  return (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name);
}

/** The mode line settles after boot: wait until it says `text`. */
async function statusSays(text: string) {
  await waitFor(() => expect(screen.getByRole("status", { name: "运行方式" }).textContent).toContain(text));
}

function renderPane(boot: () => Promise<Session>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App boot={boot} thisYear={2026} today="2026-11-30" />
    </FluentProvider>,
  );
}

test("says it is the browser edition and shows the list, the mapping and what is missing", async () => {
  const wb = await ledgerWorkbook();
  renderPane(async () => ({ mode: "browser", wb, fileName: "柳林镇.xlsx", save: () => wb.save() }));
  await statusSays("浏览器版");
  expect((await screen.findByLabelText("识别的清单")).textContent).toContain("重点工作任务清单");
  const mapping = screen.getByRole("table", { name: "列对应" });
  expect(within(mapping).getByRole("row", { name: /任务.*B.*重点任务/ })).toBeTruthy();
  expect(within(mapping).getByRole("row", { name: /责任人.*缺少/ })).toBeTruthy();
  expect(screen.getByText(/缺少必需的列：责任人/)).toBeTruthy();
});

test("creates a template on a new sheet, never over an existing one", async () => {
  const wb = await ledgerWorkbook();
  renderPane(async () => ({ mode: "browser", wb, fileName: "柳林镇.xlsx", save: () => wb.save() }));
  await screen.findByLabelText("识别的清单");
  const user = userEvent.setup({ delay: null });
  await user.selectOptions(screen.getByRole("combobox", { name: "清单" }), "问题整改台账");
  await user.click(screen.getByRole("button", { name: "新建模板" }));
  expect(await screen.findByText("已新建工作表“问题整改台账”。")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "新建模板" }));
  expect(await screen.findByText("已新建工作表“问题整改台账(2)”。")).toBeTruthy();
  const names = await visibleSheets(wb);
  expect(names).toEqual(["台账", "预算", "问题整改台账", "问题整改台账(2)"]);
  expect((await screen.findByLabelText("识别的清单")).textContent).toContain("问题整改台账");
});

const NOT_A_LEDGER =
  "工作表“预算”不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。";

test("a sheet that is not a ledger gets a sentence, not a crash", async () => {
  const wb = await ledgerWorkbook();
  await wb.activateSheet("预算");
  renderPane(async () => ({ mode: "browser", wb, fileName: "x.xlsx", save: () => wb.save() }));
  // shown in the sheet's section, not as an error
  expect(await screen.findByText(NOT_A_LEDGER, { selector: "[class*=MessageBarBody]" })).toBeTruthy();
  expect(screen.getByRole("region", { name: "当前工作表" }).textContent).toContain(NOT_A_LEDGER);
  expect(screen.queryByLabelText("识别的清单")).toBeNull();
  await userEvent.setup({ delay: null }).click(screen.getByRole("button", { name: "一键校验" }));
  // the sheet's own warning, and now the error bar of the command
  await waitFor(() => expect(screen.getAllByText(NOT_A_LEDGER, { selector: "[class*=MessageBarBody]" })).toHaveLength(2));
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});

test("when office.js could not load, it says so and still offers to open a file", async () => {
  renderPane(async () => ({ mode: "office-unavailable", wb: null }));
  await statusSays("未能加载 Office 脚本");
  expect(screen.getByRole("button", { name: "打开 .xlsx 文件" })).toBeTruthy();
});

test("a file that is not .xlsx is refused with a sentence", async () => {
  renderPane(async () => ({ mode: "browser", wb: null }));
  const input = await screen.findByLabelText("选择 .xlsx 文件");
  const user = userEvent.setup({ applyAccept: false });
  await user.upload(input, new File(["x"], "旧台账.xls"));
  expect(await screen.findByText("“旧台账.xls”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再打开。")).toBeTruthy();
});

test("the pane renders before the host answers", async () => {
  let answer: (s: Session) => void = () => undefined;
  renderPane(() => new Promise<Session>((resolve) => (answer = resolve)));
  expect((screen.getByRole("status", { name: "运行方式" })).textContent).toContain("正在启动");
  answer({ mode: "excel", wb: await ledgerWorkbook() });
  await statusSays("在 Excel 中运行");
  expect(screen.queryByRole("button", { name: "打开 .xlsx 文件" })).toBeNull();
});

/** What the findings list shows: each row group with its findings as `cell severity`. */
function listed(): [string, string[]][] {
  const list = screen.getByRole("list", { name: "问题列表" });
  return within(list)
    .getAllByRole("listitem")
    .map((g) => [g.getAttribute("aria-label") ?? "", within(g).getAllByRole("button").map((b) => `${b.textContent} ${b.nextElementSibling?.textContent}`)]);
}

test("一键校验 shows the counts, filters by severity, groups by row and goes to the cell", async () => {
  const { workbookOf } = await import("../fixtures/workbooks");
  const { ledger } = await import("../fixtures/ledgers");
  const wb = await workbookOf([ledger("tasks-liulin")]);
  const select = jest.spyOn(wb, "selectCell");
  renderPane(async () => ({ mode: "browser", wb, fileName: "x.xlsx", save: () => wb.save() }));
  await screen.findByLabelText("识别的清单");
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole("button", { name: "一键校验" }));
  expect(
    await screen.findByText(
      "工作表“柳林镇”（重点工作任务清单）校验完毕：检查 6 行，发现错误 1 条、警告 2 条、提示 4 条。详见“校验结果”工作表，问题单元格已标色，可用“清除标记”去掉。",
    ),
  ).toBeTruthy();
  expect(screen.getByLabelText("问题计数").textContent).toBe("检查 6 行：错误 1警告 2提示 4");
  const tabs = within(screen.getByRole("tablist", { name: "按级别筛选" }));
  expect(["全部 7", "错误 1", "警告 2", "提示 4"].map((name) => tabs.getByRole("tab", { name }))).toEqual(tabs.getAllByRole("tab"));
  expect(listed()).toEqual([
    ["第 4 行", ["A4 提示", "B4 提示", "C4 提示"]],
    ["第 7 行", ["E7 警告"]],
    ["第 8 行", ["A8 提示"]],
    ["第 10 行", ["E10 警告", "F10 错误"]],
  ]);

  // 错误: only the error of row 10, not the warning on the same row
  await user.click(screen.getByRole("tab", { name: "错误 1" }));
  expect(listed()).toEqual([["第 10 行", ["F10 错误"]]]);
  expect(within(screen.getByRole("list", { name: "问题列表" })).getByText("具体责任人“党政办”写的是单位，没有落实到人")).toBeTruthy();
  expect(within(screen.getByRole("list", { name: "问题列表" })).queryByText(/长期任务/)).toBeNull();
  await user.click(screen.getByRole("tab", { name: "警告 2" }));
  expect(listed()).toEqual([
    ["第 7 行", ["E7 警告"]],
    ["第 10 行", ["E10 警告"]],
  ]);
  await user.click(screen.getByRole("tab", { name: "提示 4" }));
  expect(listed()).toEqual([
    ["第 4 行", ["A4 提示", "B4 提示", "C4 提示"]],
    ["第 8 行", ["A8 提示"]],
  ]);

  await user.click(screen.getByRole("tab", { name: "全部 7" }));
  await user.click(screen.getByRole("button", { name: "定位到 F10" }));
  expect(select).toHaveBeenCalledWith("柳林镇", "F10");
  expect(await visibleSheets(wb)).toEqual(["柳林镇", "校验结果", "校验结果明细"]);
});

test("a severity with nothing in it says so", async () => {
  const { workbookOf } = await import("../fixtures/workbooks");
  const { ledger } = await import("../fixtures/ledgers");
  const wb = await workbookOf([ledger("tasks-zhujian-messy")]);
  renderPane(async () => ({ mode: "browser", wb, fileName: "x.xlsx", save: () => wb.save() }));
  await screen.findByLabelText("识别的清单");
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole("button", { name: "一键校验" }));
  await user.click(await screen.findByRole("tab", { name: "错误 0" }));
  expect(screen.getByText("没有错误问题。")).toBeTruthy();
  expect(within(screen.getByRole("list", { name: "问题列表" })).queryAllByRole("listitem")).toHaveLength(0);
});

test("进度分析: pick the half-year stage and a basis, see each unit's pass or fail", async () => {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({
    sheet: "台账",
    ifExists: "rename",
    rows: [
      ["柳林镇2023年度重点工作任务清单"],
      ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位", "完成进度"],
      [1, "招商引资", "引进项目3个", "每月外出招商2次", "年底前", "李明", "经发办", "60%"],
      [2, "户厕改造", "改造1200户", "分片包干", "6月底前", "王芳", "农业办", "30%"],
    ],
  });
  renderPane(async () => ({ mode: "browser", wb, fileName: "x.xlsx", save: () => wb.save() }));
  await screen.findByLabelText("识别的清单");
  const user = userEvent.setup({ delay: null });
  await user.selectOptions(screen.getByRole("combobox", { name: "检查时点" }), "q2");
  expect((screen.getByRole("textbox", { name: "检查日期" }) as HTMLInputElement).value).toBe("2023-06-30");
  await user.selectOptions(screen.getByRole("combobox", { name: "时间进度计算" }), "month");
  await user.click(screen.getByRole("button", { name: "进度分析" }));
  const table = await screen.findByRole("table", { name: "各单位进度" });
  expect(within(table).getByRole("row", { name: /^经发办 50% 60% 0\/0 达到$/ })).toBeTruthy();
  expect(within(table).getByRole("row", { name: /^农业办 100% 30% 0\/1 未达到$/ })).toBeTruthy();
  expect(screen.getByText(/时间进度按月份计算/)).toBeTruthy();
  expect(await visibleSheets(wb)).toEqual(["台账", "进度分析", "进度分析明细"]);

  expect(screen.getByText("工作表“台账”截至 2023-06-30 的进度已写入“进度分析”：2 个单位，时间过半任务过半达到 1 个、未达到 1 个；逾期 0 项，滞后 1 项。")).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "上半年阶段检查（全部台账）" }));
  expect(
    await screen.findByText(
      "2023年上半年阶段检查（2023-06-30，时间过半、任务过半）：2 个单位中达到 1 个单位，未达到 1 个；逾期 0 项，滞后 1 项。详见“阶段检查（二季度）”工作表。",
    ),
  ).toBeTruthy();
  expect(await visibleSheets(wb)).toEqual(["台账", "进度分析", "进度分析明细", "阶段检查（二季度）"]);
});

test("inside Excel the pane follows the clerk to another sheet", async () => {
  const wb = await ledgerWorkbook();
  let sheetChanged: () => void = () => undefined;
  renderPane(async () => ({ mode: "excel", wb, onSheetChange: async (cb) => void (sheetChanged = cb) }));
  expect((await screen.findByLabelText("识别的清单")).textContent).toContain("重点工作任务清单");
  await wb.activateSheet("预算");
  act(() => sheetChanged());
  expect(await screen.findByRole("heading", { name: "当前工作表：预算" })).toBeTruthy();
  expect(screen.queryByLabelText("识别的清单")).toBeNull();
});

test("a template can carry the county's units as a drop-down on 责任单位", async () => {
  const wb = await ledgerWorkbook();
  renderPane(async () => ({ mode: "browser", wb, fileName: "x.xlsx", save: () => wb.save() }));
  await screen.findByLabelText("识别的清单");
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByRole("textbox", { name: /责任单位下拉选项/ }), "经发办、农业办");
  await user.click(screen.getByRole("button", { name: "新建模板" }));
  expect(await screen.findByText("已新建工作表“重点工作任务清单”。")).toBeTruthy();
  const ExcelJS = (await import("exceljs")).default;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await wb.save()).slice().buffer as ArrayBuffer);
  const ws = book.getWorksheet("重点工作任务清单")!;
  const unitCol = (ws.getRow(3).values as unknown[]).indexOf("责任单位");
  expect(ws.getCell(5, unitCol).dataValidation).toMatchObject({ type: "list", formulae: ['"经发办,农业办"'] });
});

test("a check date that is no day (2023-02-30) is refused in the field with the CLI's sentence, and nothing is written", async () => {
  const wb = await ledgerWorkbook();
  renderPane(async () => ({ mode: "browser", wb, fileName: "x.xlsx", save: () => wb.save() }));
  await screen.findByLabelText("识别的清单");
  const user = userEvent.setup({ delay: null });
  const date = screen.getByRole("textbox", { name: "检查日期" });
  await user.clear(date);
  await user.type(date, "2023-02-30");
  const sentence = "检查日期应写成 2023-06-30 这样的日期，而不是“2023-02-30”。";
  const shown = screen.getByText(sentence);
  expect(shown.textContent).not.toMatch(/[A-Za-z]/);
  expect(date.getAttribute("aria-invalid")).toBe("true");
  expect(date.getAttribute("aria-describedby")?.split(" ")).toContain(shown.id);
  expect((screen.getByRole("combobox", { name: "检查时点" }) as HTMLSelectElement).value).toBe("custom");
  const run = screen.getByRole("button", { name: "进度分析" });
  expect(run.hasAttribute("disabled")).toBe(true);
  await user.click(run);
  expect(screen.queryByRole("table", { name: "各单位进度" })).toBeNull();
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);

  await user.clear(date);
  await user.type(date, "2023-02-28");
  expect(screen.queryByText(sentence)).toBeNull();
  expect(run.hasAttribute("disabled")).toBe(false);
});

test("校验设置: the year and tolerance are checked as the CLI checks them; saved in the workbook; another edition's change shows on 重新识别", async () => {
  const { loadSettings, saveSettings } = await import("../../src/features/settings");
  const wb = await ledgerWorkbook();
  renderPane(async () => ({ mode: "browser", wb, fileName: "x.xlsx", save: () => wb.save() }));
  await screen.findByLabelText("识别的清单");
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole("button", { name: "校验设置" }));
  const year = screen.getByRole("textbox", { name: "计划年度" });
  const tolerance = screen.getByRole("textbox", { name: "容差（%）" });
  expect([(year as HTMLInputElement).value, (tolerance as HTMLInputElement).value]).toEqual(["", "10"]);
  await user.click(year);
  await user.paste("23");
  await user.clear(tolerance);
  await user.click(tolerance);
  await user.paste("80");
  expect(screen.getByText("计划年度应是四位年份（如 2023），而不是“23”。")).toBeTruthy();
  expect(screen.getByText("容差应是 0 到 50 之间的数（百分点），而不是“80”。")).toBeTruthy();
  expect(screen.getByRole("button", { name: "保存设置" }).hasAttribute("disabled")).toBe(true);

  await user.clear(year);
  await user.click(year);
  await user.paste("2024");
  await user.clear(tolerance);
  await user.click(tolerance);
  await user.paste("5");
  await user.click(screen.getByRole("switch", { name: "目标不可衡量" }));
  await user.click(screen.getByRole("button", { name: "保存设置" }));
  expect(await screen.findByText("校验设置已保存在本工作簿中。")).toBeTruthy();
  expect(await loadSettings(wb)).toEqual({ rules: { "vague-goal": { enabled: false, severity: "warning" } }, year: 2024, tolerance: 0.05 });

  await saveSettings(wb, { rules: {}, year: 2025, tolerance: 0.2 });
  await user.click(screen.getByRole("button", { name: "重新识别" }));
  await waitFor(() => expect((screen.getByRole("textbox", { name: "计划年度" }) as HTMLInputElement).value).toBe("2025"));
  expect((screen.getByRole("textbox", { name: "容差（%）" }) as HTMLInputElement).value).toBe("20");
  expect((screen.getByRole("switch", { name: "目标不可衡量" }) as HTMLInputElement).checked).toBe(true);
}, 30000);

describe("函件", () => {
  /** The pane on the county's 汇总 (test/ui/paneHooks.tsx), on `today` 2024-07-05. */
  async function county(session: Partial<Session> = { mode: "browser" }, focus?: "letters") {
    const { countyWorkbook } = await import("./paneHooks");
    const wb = await countyWorkbook();
    render(
      <FluentProvider theme={webLightTheme}>
        <App boot={async () => ({ mode: "browser", fileName: "冠县.xlsx", save: () => wb.save(), ...session, wb })} thisYear={2024} today="2024-07-05" focus={focus} />
      </FluentProvider>,
    );
    const section = within(await screen.findByRole("region", { name: "函件" }));
    await waitFor(() => expect(screen.queryByText("处理中……")).toBeNull());
    return { wb, section, user: userEvent.setup({ delay: null }) };
  }

  /** Fill in the office and the check date, keep to 督办函, and draft. */
  async function draft({ section, user }: Awaited<ReturnType<typeof county>>, issuer = "冠县人民政府办公室") {
    const field = section.getByRole("textbox", { name: /^发文机关/ });
    await user.clear(field);
    await user.type(field, issuer);
    const checkDate = section.getByRole("textbox", { name: "进度截至日期" });
    await user.clear(checkDate);
    await user.type(checkDate, "2024-06-30");
    await user.selectOptions(section.getByRole("combobox", { name: "类型" }), "督办函");
    await user.click(section.getByRole("button", { name: "起草函件" }));
    const list = await section.findByRole("list", { name: "起草的函件" });
    return [...list.children] as HTMLElement[];
  }

  const preview = () => within(screen.getByRole("region", { name: "函件预览" }));
  const page = () => preview().getByRole("article");
  /** The label of a checkbox (Fluent's Checkbox: the input, then its label). */
  const labelOf = (box: HTMLElement) => box.closest("span")?.querySelector("label")?.textContent ?? "";

  test("drafted on the 汇总: the letters with their rows, a preview of each; leaving a letter or a row out renumbers and redrafts it", async () => {
    const pane = await county();
    const letters = await draft(pane);
    expect(screen.getByText(/^“汇总”截至 2024-06-30：起草函件 \d+ 份/, { selector: "[class*=MessageBarBody]" })).toBeTruthy();
    const count = letters.length;
    expect(count).toBeGreaterThan(2);
    const first = within(letters[0]);
    const firstBox = first.getByRole("checkbox", { name: /督办函$/ });
    const firstUnit = labelOf(firstBox).replace(/ 督办函$/, "");
    expect(firstUnit).not.toBe("");
    expect(first.getByText("督办〔2024〕1号")).toBeTruthy();
    expect(preview().getByText(`第 1 份，共 ${count} 份`)).toBeTruthy();
    expect(page().textContent).toContain("冠县人民政府办公室");
    expect(page().textContent).toContain("督办〔2024〕1号");
    expect(within(page()).getByRole("heading", { name: "关于加快推进重点工作任务落实的督办函" })).toBeTruthy();
    expect(within(page()).getByText(`${firstUnit}：`)).toBeTruthy();
    expect(within(page()).getByText("2024年7月5日")).toBeTruthy();

    // 下一份 / 上一份
    await pane.user.click(preview().getByRole("button", { name: "下一份" }));
    expect(preview().getByText(`第 2 份，共 ${count} 份`)).toBeTruthy();
    expect(page().textContent).toContain("督办〔2024〕2号");
    await pane.user.click(preview().getByRole("button", { name: "上一份" }));

    // The first letter left out: the second takes 督办〔2024〕1号, and the preview shows it.
    await pane.user.click(firstBox);
    expect(first.getByText("不发出")).toBeTruthy();
    expect(within(letters[1]).getByText("督办〔2024〕1号")).toBeTruthy();
    expect(preview().getByText(`第 1 份，共 ${count - 1} 份`)).toBeTruthy();
    expect(within(page()).queryByText(`${firstUnit}：`)).toBeNull();
    expect(page().textContent).toContain("督办〔2024〕1号");

    // A row left out of the letter shown: its task is no longer in the letter.
    const second = within(letters[1]);
    const rows = within(second.getByRole("list"));
    const rowBoxes = rows.getAllByRole("checkbox");
    const task = labelOf(rowBoxes[0]);
    expect(task).not.toBe("");
    expect(page().textContent).toContain(task);
    await pane.user.click(rowBoxes[0]);
    expect((rowBoxes[0] as HTMLInputElement).checked).toBe(false);
    expect(page().textContent).not.toContain(task);
  });

  test("发出 downloads the combined .docx and says so; the same letters again: the register's sentence and 再次发出", async () => {
    const download = await import("../../src/taskpane/host/download");
    const offer = jest.spyOn(download, "offerDownload").mockImplementation(() => undefined);
    try {
      const pane = await county();
      const count = (await draft(pane)).length;
      expect(pane.section.getByRole("checkbox", { name: "合成一个文件" })).toHaveProperty("checked", true);
      await pane.user.click(pane.section.getByRole("button", { name: "发出" }));
      const file = `函件2024-07-05（${count}份）.docx`;
      expect(await screen.findByText(new RegExp(`^已发出函件 ${count} 份（督办〔2024〕1号、.*已生成下载文件“${file}”。$`))).toBeTruthy();
      expect(offer).toHaveBeenCalledWith(expect.any(Uint8Array), file, download.DOCX_TYPE);
      expect(pane.section.queryByRole("list", { name: "起草的函件" })).toBeNull();

      await draft(pane);
      await pane.user.click(pane.section.getByRole("button", { name: "发出" }));
      expect(await pane.section.findByText(/^这些函件已在发函登记中/)).toBeTruthy();
      expect(offer).toHaveBeenCalledTimes(1);
      await pane.user.click(pane.section.getByRole("button", { name: "再次发出" }));
      expect(await screen.findByText(new RegExp(`^已发出函件 ${count} 份（督办〔2024〕${count + 1}号、`))).toBeTruthy();
      expect(offer).toHaveBeenCalledTimes(2);
      expect(pane.section.queryByRole("button", { name: "再次发出" })).toBeNull();
    } finally {
      offer.mockRestore();
    }
  });

  test("inside Excel on a Mac the pane says the letters will go to a sheet, and 发出 writes it instead of a download", async () => {
    const download = await import("../../src/taskpane/host/download");
    const offer = jest.spyOn(download, "offerDownload").mockImplementation(() => undefined);
    try {
      const pane = await county({ mode: "excel", platform: "mac", fileName: undefined, save: undefined });
      await draft(pane);
      expect(pane.section.getByText(/^本机的 Excel 不能下载文件：发出后/)).toBeTruthy();
      await pane.user.click(pane.section.getByRole("button", { name: "发出" }));
      expect(await screen.findByText(/已写入“函件（2024-07-05）”工作表，可复制到单位的公文模板中排版。$/)).toBeTruthy();
      expect(offer).not.toHaveBeenCalled();
      expect(await visibleSheets(pane.wb)).toEqual(expect.arrayContaining(["发函登记", "函件（2024-07-05）"]));
    } finally {
      offer.mockRestore();
    }
  });

  test("the office's details come from the workbook; dates that are no day are refused in their field", async () => {
    const { OFFICE_KEY } = await import("../../src/features/letters");
    const { countyWorkbook } = await import("./paneHooks");
    const wb = await countyWorkbook();
    await wb.setSetting(OFFICE_KEY, JSON.stringify({ issuer: "冠县督查室", contact: "李强", phone: "0635-1234567" }));
    render(
      <FluentProvider theme={webLightTheme}>
        <App boot={async () => ({ mode: "browser", wb, fileName: "冠县.xlsx", save: () => wb.save() })} thisYear={2024} today="2024-07-05" />
      </FluentProvider>,
    );
    const section = within(await screen.findByRole("region", { name: "函件" }));
    await waitFor(() => expect((section.getByRole("textbox", { name: /^发文机关/ }) as HTMLInputElement).value).toBe("冠县督查室"));
    expect((section.getByRole("textbox", { name: "联系人" }) as HTMLInputElement).value).toBe("李强");
    expect((section.getByRole("textbox", { name: "电话" }) as HTMLInputElement).value).toBe("0635-1234567");
    expect((section.getByRole("textbox", { name: "成文日期" }) as HTMLInputElement).value).toBe("2024-07-05");

    const user = userEvent.setup({ delay: null });
    const date = section.getByRole("textbox", { name: "成文日期" });
    await user.clear(date);
    await user.type(date, "2024-02-30");
    const sentence = section.getByText("成文日期应写成 2023-06-30 这样的日期，而不是“2024-02-30”。");
    expect(date.getAttribute("aria-invalid")).toBe("true");
    expect(date.getAttribute("aria-describedby")?.split(" ")).toContain(sentence.id);
    const replyBy = section.getByRole("textbox", { name: "办理时限" });
    await user.type(replyBy, "7月15日");
    expect(section.getByText("办理时限应写成 2023-06-30 这样的日期，而不是“7月15日”。")).toBeTruthy();
    const run = section.getByRole("button", { name: "起草函件" });
    expect(run.hasAttribute("disabled")).toBe(true);
    await user.clear(date);
    await user.type(date, "2024-07-05");
    await user.clear(replyBy);
    expect(section.queryByRole("alert")).toBeNull();
    expect(run.hasAttribute("disabled")).toBe(false);
  });

  test("opened from the ribbon's 生成函件 (on the 函件 section): its heading takes the focus", async () => {
    await county({ mode: "browser" }, "letters");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "函件", level: 2 })));
  });
});
