/**
 * @jest-environment jsdom
 */
/**
 * The workspace's views in the DOM (docs/workspace.md): the grid draws a sheet's cells (merged
 * areas with their spans, marks with their finding on hover and on selection), the keyboard moves
 * the selection, a revealed cell is selected; the sheet tabs pick a sheet; files dropped on the
 * sheet are opened; the narrow window's tabs; the file list; useWorkspace reads the active sheet
 * again after each refresh and only while shown.
 */
import * as React from "react";
import { act, fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { GridSheet } from "../../src/workbook/grid";
import WorkspaceSheet from "../../src/taskpane/workspace/WorkspaceSheet";
import { WorkspaceLayout } from "../../src/taskpane/workspace/WorkspaceLayout";
import { useWorkspace } from "../../src/taskpane/workspace/useWorkspace";
import { FileBar } from "../../src/taskpane/views/FileBar";
import { ledgerAndBudget } from "./paneHooks";

// jsdom lays nothing out (every element is 0×0), so the virtualiser would find no room for a row:
// the grid's scroller is given the size of a window's sheet area, as a browser would.
beforeAll(() => {
  for (const [prop, px] of [["offsetWidth", 900], ["offsetHeight", 600], ["clientWidth", 900], ["clientHeight", 600]] as const) {
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => px });
  }
});

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

/** A small sheet: A1:C1 merged title, a header, a marked cell with its finding. */
function sheet(): GridSheet {
  return {
    name: "台账",
    rowCount: 14,
    colCount: 8,
    cells: [
      [{ text: "柳林镇2023年度重点工作任务清单", style: 1 }],
      [{ text: "序号", style: 0 }, { text: "重点任务", style: 0 }, { text: "具体责任人", style: 0 }],
      [{ text: "1", style: 0, value: 1 }, { text: "招商引资", style: 0 }, { text: "党政办", style: 2, marked: true, note: "【错误】具体责任人“党政办”不是具体人员。" }],
    ],
    styles: [{}, { bold: true, horizontal: "center" }, { fill: "#FFC7CE" }],
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 3 }],
    colWidths: new Array(8).fill(64),
    rowHeights: new Array(14).fill(20),
    frozenRows: 0,
    frozenCols: 0,
    charts: [],
  };
}

function sheetView(props: Partial<React.ComponentProps<typeof WorkspaceSheet>> = {}) {
  const onSelectSheet = jest.fn();
  const onOpen = jest.fn();
  wrap(
    <WorkspaceSheet
      grid={sheet()}
      problem={null}
      reveal={null}
      sheets={[{ name: "台账", visible: true }, { name: "校验结果", visible: true }, { name: "_luoshi", visible: false }]}
      active="台账"
      busy={false}
      onSelectSheet={onSelectSheet}
      onOpen={onOpen}
      {...props}
    />,
  );
  return { onSelectSheet, onOpen };
}

const cellAt = (address: string) => document.querySelector(`[role="gridcell"][data-cell="${address}"]`);

test("the grid draws the sheet: the title as one cell over its merged columns, the header, the mark and its finding", () => {
  sheetView();
  const grid = screen.getByRole("grid", { name: "工作表“台账”" });
  // The column letters count as the grid's first row.
  expect(grid.getAttribute("aria-rowcount")).toBe("15");
  expect(cellAt("A1")?.textContent).toBe("柳林镇2023年度重点工作任务清单");
  expect(cellAt("A1")?.getAttribute("aria-colspan")).toBe("3");
  expect(cellAt("B1")).toBeNull();
  expect(cellAt("B2")?.textContent).toBe("重点任务");
  const marked = cellAt("C3") as HTMLElement;
  expect(marked.dataset.marked).toBe("true");
  expect(marked.style.backgroundColor).toBe("rgb(255, 199, 206)");
  expect(marked.getAttribute("aria-description")).toBe("【错误】具体责任人“党政办”不是具体人员。");
  expect(screen.queryByRole("tooltip")).toBeNull();
  fireEvent.mouseEnter(marked);
  expect(screen.getByRole("tooltip").textContent).toBe("【错误】具体责任人“党政办”不是具体人员。");
  fireEvent.mouseLeave(marked);
  expect(screen.queryByRole("tooltip")).toBeNull();
  // Numbers to the right, text to the left, as a spreadsheet aligns them.
  expect((cellAt("A3") as HTMLElement).style.justifyContent).toBe("flex-end");
  expect((cellAt("B3") as HTMLElement).style.justifyContent).toBe("flex-start");
});

test("the keyboard moves the selection; a marked cell selected shows its finding; a step from the title leaves its merged area", async () => {
  sheetView();
  const grid = screen.getByRole("grid");
  const active = () => document.getElementById(grid.getAttribute("aria-activedescendant") ?? "")?.getAttribute("data-cell");
  expect(active()).toBe("A1");
  grid.focus();
  const user = userEvent.setup({ delay: null });
  await user.keyboard("{ArrowRight}");
  // Right of the title A1:C1 is D1.
  expect(active()).toBe("D1");
  await user.keyboard("{ArrowDown}{ArrowDown}{ArrowLeft}");
  expect(active()).toBe("C3");
  expect(screen.getByRole("tooltip").textContent).toMatch(/党政办/);
  await user.keyboard("{Control>}{Home}{/Control}");
  expect(active()).toBe("A1");
});

test("a revealed cell (a finding clicked in the pane) is selected", () => {
  sheetView({ reveal: { row: 2, col: 2, key: 1 } });
  expect(cellAt("C3")?.getAttribute("aria-selected")).toBe("true");
  expect(cellAt("A1")?.getAttribute("aria-selected")).toBe("false");
});

test("the sheet tabs: the visible sheets, the active one selected; a click picks another", async () => {
  const { onSelectSheet } = sheetView();
  const tabs = screen.getByRole("tablist", { name: "工作表标签" });
  const names = Array.from(tabs.querySelectorAll('[role="tab"]')).map((t) => [t.textContent, t.getAttribute("aria-selected")]);
  expect(names).toEqual([["台账", "true"], ["校验结果", "false"]]);
  await userEvent.setup({ delay: null }).click(screen.getByRole("tab", { name: "校验结果" }));
  expect(onSelectSheet).toHaveBeenCalledWith("校验结果");
});

test("files dropped on the sheet are opened; text dragged inside the page is not a file", () => {
  const { onOpen } = sheetView();
  const grid = screen.getByRole("grid");
  const file = new File(["x"], "烟庄.xlsx");
  fireEvent.drop(grid, { dataTransfer: { types: ["Files"], files: [file] } });
  expect(onOpen).toHaveBeenCalledWith([file]);
  fireEvent.drop(grid, { dataTransfer: { types: ["text/plain"], files: [] } });
  expect(onOpen).toHaveBeenCalledTimes(1);
});

test("a sheet the workspace could not draw says why", () => {
  sheetView({ grid: null, problem: "找不到名为“旧表”的工作表。" });
  expect(screen.getByText("找不到名为“旧表”的工作表。")).toBeTruthy();
  expect(screen.queryByRole("grid")).toBeNull();
});

test("a sheet longer than the workspace draws says how long it is", () => {
  sheetView({ grid: { ...sheet(), truncated: { rows: 150000 } } });
  expect(screen.getByText("此表共 150000 行，这里只显示前 100000 行；全部内容请用 Excel 或 WPS 打开下载的文件查看。")).toBeTruthy();
});

test("narrow window: the pane first, the sheet one tab away", async () => {
  const onTab = jest.fn();
  const view = (tab: "pane" | "sheet") => <WorkspaceLayout pane={<p>助手</p>} sheet={<p>表格</p>} tab={tab} onTab={onTab} />;
  const { rerender } = wrap(view("pane"));
  expect(screen.getByText("助手")).toBeTruthy();
  expect(screen.queryByText("表格")).toBeNull();
  await userEvent.setup({ delay: null }).click(screen.getByRole("tab", { name: "查看表格" }));
  expect(onTab).toHaveBeenCalledWith("sheet");
  rerender(<FluentProvider theme={webLightTheme}>{view("sheet")}</FluentProvider>);
  expect(screen.getByRole("region", { name: "工作表" }).textContent).toBe("表格");
  expect(screen.queryByText("助手")).toBeNull();
});

test("the file list: each file with its unit and list, the current one marked, a click makes another current; 全部下载 with more than one", async () => {
  const onSwitch = jest.fn();
  const onDownloadAll = jest.fn();
  wrap(
    <FileBar
      files={[{ name: "柳林镇.xlsx", unit: "柳林镇", list: "重点工作任务清单" }, { name: "预算.xlsx" }]}
      current={0}
      sheets={[]}
      active=""
      busy={false}
      canOpen
      canDownload
      onOpen={jest.fn()}
      onSwitch={onSwitch}
      onSelect={jest.fn()}
      onDownload={jest.fn()}
      onDownloadAll={onDownloadAll}
    />,
  );
  const items = screen.getByRole("list", { name: "已打开的文件" }).querySelectorAll("button");
  expect(Array.from(items).map((b) => [b.textContent, b.getAttribute("aria-current")])).toEqual([
    ["柳林镇.xlsx柳林镇 · 重点工作任务清单", "true"],
    ["预算.xlsx未识别出台账", null],
  ]);
  const user = userEvent.setup({ delay: null });
  await user.click(items[1]);
  expect(onSwitch).toHaveBeenCalledWith(1);
  await user.click(screen.getByRole("button", { name: "全部下载（.zip）" }));
  expect(onDownloadAll).toHaveBeenCalled();
});

test("useWorkspace reads the active sheet after each refresh, and nothing while the sheet is not shown", async () => {
  const wb = await ledgerAndBudget();
  const gridOf = jest.spyOn(wb, "gridOf");
  const session = { mode: "browser" as const, wb };
  const { result, rerender } = renderHook((p: { active: string; revision: number; shown: boolean }) => useWorkspace({ session, active: p.active, revision: p.revision }, p.shown), {
    initialProps: { active: "台账", revision: 1, shown: false },
  });
  await act(async () => undefined);
  expect(gridOf).not.toHaveBeenCalled();
  rerender({ active: "台账", revision: 1, shown: true });
  await waitFor(() => expect(result.current.grid?.name).toBe("台账"));
  rerender({ active: "预算", revision: 2, shown: true });
  await waitFor(() => expect(result.current.grid?.name).toBe("预算"));
  expect(gridOf).toHaveBeenCalledTimes(2);
  act(() => result.current.revealCell("C7"));
  expect(result.current.reveal).toEqual({ row: 6, col: 2, key: 1 });
  rerender({ active: "旧表", revision: 3, shown: true });
  await waitFor(() => expect(result.current.problem).toBe("找不到名为“旧表”的工作表。它可能已被改名或删除，请检查工作表标签后重试。"));
});

test("the file bar names what the download will lack, before the download", () => {
  wrap(<FileBar losses={["下载的文件中将没有工作表“汇总”上的 2 个切片器；如需保留，请把下载文件中的结果工作表复制到原文件。"]} sheets={[]} active="" busy={false} canOpen canDownload onOpen={jest.fn()} onSelect={jest.fn()} onDownload={jest.fn()} />);
  const list = screen.getByRole("list", { name: "下载结果与原文件相比：" });
  expect(list.textContent).toBe("下载的文件中将没有工作表“汇总”上的 2 个切片器；如需保留，请把下载文件中的结果工作表复制到原文件。");
});
