/**
 * @jest-environment jsdom
 */
/**
 * The pane's 汇总 section by role: files picked (and dropped, in the browser edition) and listed,
 * 开始汇总, the progress bar and 取消, the result's lists, the sheet list refreshed; inside Excel
 * the picker without the drop zone.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/views/App";
import type { Session } from "../../src/taskpane/host/session";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { officesAsOwners, unitFile } from "../fixtures/countyFiles";
import { ledgerAndBudget, visibleSheets } from "./paneHooks";

function renderPane(boot: () => Promise<Session>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App boot={boot} thisYear={2024} today="2024-06-30" />
    </FluentProvider>,
  );
}

const browser = (wb: ExcelJsWorkbook) => async (): Promise<Session> => ({ mode: "browser", wb, fileName: "汇总.xlsx", save: () => wb.save() });

/** A browser File (jsdom's has no arrayBuffer: given here, optionally held until `gate`). */
function fileOf(name: string, bytes: Uint8Array, lastModified = 0, gate?: Promise<void>): File {
  const file = new File([bytes as BlobPart], name, { lastModified });
  return Object.assign(file, {
    arrayBuffer: async () => {
      await gate;
      return bytes.slice().buffer;
    },
  });
}

async function unit(name: string, i: number, options: { file?: string; lastModified?: number; gate?: Promise<void> } = {}): Promise<File> {
  const f = await unitFile(name, i, options.file ? { name: options.file } : {});
  return fileOf(f.name, f.bytes, options.lastModified, options.gate);
}

async function budgetFile(): Promise<File> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  return fileOf("预算表.xlsx", await wb.save());
}

/** A unit's ledger whose 责任人 on rows 3 and 5 is an office, not a person. */
async function officesAsOwnersFile(unitName: string, lastModified: number): Promise<File> {
  return fileOf(`${unitName}.xlsx`, await officesAsOwners(unitName), lastModified);
}

const section = () => within(screen.getByRole("region", { name: "汇总" }));

/** A part of the result by its heading, as the lines it lists. */
function part(name: string | RegExp): string[] {
  const group = within(screen.getByRole("group", { name: "汇总结果" })).getByRole("group", { name });
  return within(group).getAllByRole("listitem").map((li) => li.textContent ?? "");
}

test("picked and dropped files are listed, merged into 汇总 and 汇总说明; the result tells what the office must know", async () => {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "单位名录", ifExists: "rename", rows: [["单位"], ["柳林镇"], ["烟庄街道"], ["清泉街道"], ["万善乡"], ["兰沃乡"]] });
  renderPane(browser(wb));
  const run = await screen.findByRole("button", { name: "开始汇总" });
  expect(run.hasAttribute("disabled")).toBe(true);

  const user = userEvent.setup({ delay: null });
  await user.upload(screen.getByLabelText("选择要汇总的 .xlsx 文件"), [await officesAsOwnersFile("柳林镇", 1), await officesAsOwnersFile("清泉街道", 1), await budgetFile()]);
  fireEvent.drop(section().getByRole("group", { name: "把各单位的 .xlsx 文件拖到这里" }), {
    dataTransfer: { types: ["Files"], files: [await unit("柳林镇", 4, { file: "柳林镇（补报）.xlsx", lastModified: 2 }), await unit("烟庄街道", 1)] },
  });
  const listed = within(section().getByRole("list", { name: "已选的文件" })).getAllByRole("listitem");
  expect(listed.map((li) => li.textContent)).toEqual([
    expect.stringMatching(/^柳林镇\.xlsx\d+\.\d KB$/),
    expect.stringMatching(/^清泉街道\.xlsx\d+\.\d KB$/),
    expect.stringMatching(/^预算表\.xlsx\d+\.\d KB$/),
    expect.stringMatching(/^柳林镇（补报）\.xlsx\d+\.\d KB$/),
    expect.stringMatching(/^烟庄街道\.xlsx\d+\.\d KB$/),
  ]);
  expect(section().getByText("已选 5 个文件")).toBeTruthy();

  await user.click(run);
  const sentence = "已汇总 3 个单位的台账，共 14 行，写入“汇总”；未报送 2 个单位，重复报送 1 份，未汇总的文件或工作表 1 个。详见“汇总说明”工作表。";
  expect(await screen.findByText(sentence)).toBeTruthy();
  expect(within(screen.getByRole("group", { name: "未报送（2 个单位）" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["万善乡", "兰沃乡"]);
  expect(part("重复报送，未采用（1 份）")).toEqual(["柳林镇：未采用 柳林镇.xlsx，采用 柳林镇（补报）.xlsx（文件较新）"]);
  expect(part("未汇总的文件或工作表（1 个）")).toEqual(["预算表.xlsx（预算）：不是台账"]);
  expect(part("有校验错误的行（1 个单位）")).toEqual(["清泉街道：2 行有错误（共 2 条）"]);
  expect(screen.getByText("详细情况（各单位的行数、每条错误所在的单元格）见“汇总说明”工作表。")).toBeTruthy();
  expect(screen.queryByText("单位名录中的单位都已报送。")).toBeNull();
  expect(screen.queryByText(/^没有重复报送或未能汇总的文件/)).toBeNull();

  // The session read the workbook again: the new sheets are in the sheet list, ready for 下载结果.
  const options = within(screen.getByRole("combobox", { name: "工作表" })).getAllByRole("option").map((o) => o.textContent);
  expect(options).toEqual(["单位名录", "汇总", "汇总说明"]);
  expect(await visibleSheets(wb)).toEqual(["单位名录", "汇总", "汇总说明"]);

  await user.click(section().getByRole("button", { name: "清空" }));
  expect(section().queryByRole("list", { name: "已选的文件" })).toBeNull();
  expect(section().getByRole("button", { name: "开始汇总" }).hasAttribute("disabled")).toBe(true);
}, 30000);

test("nothing to tell: every unit of the 单位名录 sent a clean ledger, and the pane says so", async () => {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "单位名录", ifExists: "rename", rows: [["单位"], ["柳林镇"], ["烟庄街道"]] });
  renderPane(browser(wb));
  const user = userEvent.setup({ delay: null });
  await user.upload(await screen.findByLabelText("选择要汇总的 .xlsx 文件"), [await unit("柳林镇", 0), await unit("烟庄街道", 1)]);
  await user.click(screen.getByRole("button", { name: "开始汇总" }));
  const result = within(await screen.findByRole("group", { name: "汇总结果" }));
  expect(result.getByText("单位名录中的单位都已报送。")).toBeTruthy();
  expect(result.getByText("没有重复报送或未能汇总的文件，汇总的台账中也没有校验错误。")).toBeTruthy();
  expect(result.queryAllByRole("group")).toEqual([]);
  expect(result.queryByText(/没有找到“单位名录”/)).toBeNull();
});

test("the progress bar names the file being read; 取消 stops there and the workbook is left as it was", async () => {
  const wb = await ledgerAndBudget();
  renderPane(browser(wb));
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const user = userEvent.setup({ delay: null });
  await user.upload(await screen.findByLabelText("选择要汇总的 .xlsx 文件"), [await unit("烟庄街道", 1), await unit("柳林镇", 0, { gate })]);
  await user.click(screen.getByRole("button", { name: "开始汇总" }));
  const bar = await section().findByRole("progressbar", { name: "正在读取第 1/2 个文件：柳林镇.xlsx" });
  expect(bar.getAttribute("aria-valuenow")).toBe("0");
  expect(section().queryByRole("button", { name: "开始汇总" })).toBeNull();
  await user.click(section().getByRole("button", { name: "取消" }));
  expect(section().getByText("正在取消：读完当前文件后停止……")).toBeTruthy();
  open();
  expect(await screen.findByText("已取消汇总，工作簿未改动。", { selector: "[class*=MessageBarBody]" })).toBeTruthy();
  expect(section().queryByRole("progressbar")).toBeNull();
  expect(section().queryByRole("group", { name: "汇总结果" })).toBeNull();
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});

test("the workbook's own ledger sheets are merged when asked, with no file picked", async () => {
  const wb = await ledgerAndBudget();
  renderPane(browser(wb));
  const run = await screen.findByRole("button", { name: "开始汇总" });
  const user = userEvent.setup({ delay: null });
  await user.click(screen.getByRole("checkbox", { name: "也汇总本工作簿中的台账工作表" }));
  expect(run.hasAttribute("disabled")).toBe(false);
  await user.click(run);
  expect(await screen.findByText(/^已汇总 1 个单位的台账，共 2 行，写入“汇总”/)).toBeTruthy();
  expect(part("未汇总的文件或工作表（1 个）")).toEqual(["本工作簿“预算”：不是台账"]);
  expect(screen.getByText(/^没有找到“单位名录”工作表，无法列出未报送的单位/)).toBeTruthy();
  expect(await visibleSheets(wb)).toEqual(["台账", "预算", "汇总", "汇总说明"]);
});

test("inside Excel: the file picker, no drop zone", async () => {
  const wb = await ledgerAndBudget();
  renderPane(async () => ({ mode: "excel", wb }));
  await screen.findByRole("button", { name: "开始汇总" });
  expect(section().getByRole("button", { name: "选择文件" })).toBeTruthy();
  expect(section().queryByRole("group", { name: "把各单位的 .xlsx 文件拖到这里" })).toBeNull();
  const input = screen.getByLabelText("选择要汇总的 .xlsx 文件") as HTMLInputElement;
  expect([input.type, input.multiple, input.accept.split(",")[0]]).toEqual(["file", true, ".xlsx"]);
  await userEvent.setup({ delay: null }).upload(input, [await unit("烟庄街道", 1)]);
  await waitFor(() => expect(section().getByText("已选 1 个文件")).toBeTruthy());
});
