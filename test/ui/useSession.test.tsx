/**
 * @jest-environment jsdom
 */
/**
 * useSession: boot, the sheets and the active one, following sheet changes inside Excel, open a
 * file, pick a sheet, download; commands refresh every section from the workbook, at once.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useCallback, useState } from "react";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { useRunner } from "../../src/taskpane/hooks/useRunner";
import { useReload, useSession, type Reload, type SessionApi, type WorkbookView } from "../../src/taskpane/hooks/useSession";
import { offerDownload } from "../../src/taskpane/host/download";
import { cannot, done } from "../../src/features/outcome";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { WorkbookError } from "../../src/workbook/port";
import { browserSession, ledgerAndBudget, perform, renderSection } from "./paneHooks";

jest.mock("../../src/taskpane/host/download", () => ({ ...jest.requireActual("../../src/taskpane/host/download"), offerDownload: jest.fn() }));

const none = () => null;

/** An .xlsx file the clerk picks, with the given sheets. */
async function picked(name: string, sheets: string[]): Promise<{ name: string; arrayBuffer(): Promise<ArrayBuffer> }> {
  const book = new ExcelJS.Workbook();
  for (const s of sheets) book.addWorksheet(s).addRow(["科目", "金额"]);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

test("boot: the session, its visible and hidden sheets, the active one", async () => {
  const wb = await ledgerAndBudget();
  await wb.activateSheet("预算");
  const { result } = await renderSection(async () => browserSession(wb), none);
  expect(result.current.session.session?.wb).toBe(wb);
  expect(result.current.session.sheets).toEqual([{ name: "台账", visible: true }, { name: "预算", visible: true }]);
  expect(result.current.session.active).toBe("预算");
  expect(result.current.runner).toMatchObject({ error: null, notice: null });
});

test("boot without a workbook (office.js unavailable): no sheets, nothing to say", async () => {
  const { result } = await renderSection(async () => ({ mode: "office-unavailable", wb: null }), none);
  expect(result.current.session).toMatchObject({ sheets: [], active: "" });
  expect(result.current.runner).toMatchObject({ error: null, notice: null });
});

test("a sample that could not be fetched: the session is up (a file can be opened) and the problem is on the error bar", async () => {
  const { result } = await renderSection(async () => ({ mode: "browser", wb: null, problem: "示例台账没有找到（404）。" }), none);
  expect(result.current.session.session?.mode).toBe("browser");
  expect(result.current.runner.error).toBe("示例台账没有找到（404）。");
});

test.each([
  ["a WorkbookError says its own sentence", new WorkbookError("Excel 拒绝了这次读取。", "host"), "Excel 拒绝了这次读取。"],
  ["anything else is a bug", new TypeError("Excel is not defined"), "操作没有完成：助手遇到了没有预料到的问题。请重试；如仍不行，请保存工作簿后重新打开助手，并把这句话连同后面的技术信息告诉管理员。（技术信息：Excel is not defined）"],
])("a boot that throws: %s", async (_name, thrown, sentence) => {
  const { result } = renderHook(() => useSession(() => Promise.reject(thrown), useRunner()));
  await waitFor(() => expect(result.current.runner.error).toBe(sentence));
  expect(result.current.session).toBeNull();
});

test("selectSheet activates the sheet in the workbook and reads it back", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), none);
  await perform(result, (r) => r.session.selectSheet("预算"));
  expect(await wb.activeSheet()).toBe("预算");
  expect(result.current.session.active).toBe("预算");
});

test("a sheet that is gone is said with the workbook's sentence", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), none);
  await perform(result, (r) => r.session.selectSheet("旧表"));
  expect(result.current.runner.error).toBe("找不到名为“旧表”的工作表。它可能已被改名或删除，请检查工作表标签后重试。");
  expect(result.current.session.active).toBe("台账");
});

test("inside Excel it follows the clerk to another sheet", async () => {
  const wb = await ledgerAndBudget();
  let sheetChanged: () => void = () => undefined;
  const { result } = await renderSection(async () => ({ mode: "excel", wb, onSheetChange: async (cb) => void (sheetChanged = cb) }), none);
  expect(result.current.session.active).toBe("台账");
  await wb.activateSheet("预算");
  await perform(result, () => sheetChanged());
  expect(result.current.session.active).toBe("预算");
});

describe("opening a file", () => {
  test("a .xlsx replaces the workbook and says so", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => browserSession(wb), none);
    const file = await picked("城关街道.xlsx", ["问题整改", "说明"]);
    await perform(result, (r) => r.session.openFile(file));
    expect(result.current.runner).toMatchObject({ error: null, notice: "已打开“城关街道.xlsx”。" });
    expect(result.current.session.session?.fileName).toBe("城关街道.xlsx");
    expect(result.current.session.session?.wb).not.toBe(wb);
    expect(result.current.session.sheets.map((s) => s.name)).toEqual(["问题整改", "说明"]);
    expect(result.current.session.active).toBe("问题整改");
  });

  test("a name that is not .xlsx is refused before reading, with the workbook's sentence", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => browserSession(wb), none);
    const read = jest.fn(async () => new ArrayBuffer(0));
    await perform(result, (r) => r.session.openFile({ name: "旧台账.xls", arrayBuffer: read }));
    expect(result.current.runner.error).toBe("“旧台账.xls”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再打开。");
    expect(read).not.toHaveBeenCalled();
    expect(result.current.session.session?.wb).toBe(wb);
  });

  test("bytes that are no workbook are refused with the adapter's sentence (expected, not a bug)", async () => {
    const { result } = await renderSection(async () => ({ mode: "browser", wb: null }), none);
    await perform(result, (r) => r.session.openFile({ name: "坏.xlsx", arrayBuffer: async () => new Uint8Array([110, 111, 116, 32, 97, 32, 122, 105, 112]).buffer }));
    expect(result.current.runner.error).toBe(
      "无法读取该文件：它不是有效的 .xlsx 工作簿（可能已损坏，或是 .xls/.et 等旧格式）。请在 Excel 或 WPS 中另存为 .xlsx 后再打开。",
    );
    expect(result.current.session.session?.wb).toBeNull();
  });
});

describe("download", () => {
  beforeEach(() => jest.mocked(offerDownload).mockClear());

  test("offers the saved workbook under the result name and says so", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => browserSession(wb, "柳林镇.xlsx"), none);
    await perform(result, (r) => r.session.download());
    expect(offerDownload).toHaveBeenCalledTimes(1);
    const [bytes, name] = jest.mocked(offerDownload).mock.calls[0];
    expect(name).toBe("柳林镇（台账助手）.xlsx");
    const back = await ExcelJsWorkbook.load(bytes.slice().buffer as ArrayBuffer);
    expect((await back.listSheets()).map((s) => s.name)).toEqual(["台账", "预算"]);
    expect(result.current.runner).toMatchObject({ error: null, notice: "已生成下载文件“柳林镇（台账助手）.xlsx”。" });
  });

  test("nothing to download without a file (inside Excel)", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => ({ mode: "excel", wb }), none);
    await perform(result, (r) => r.session.download());
    expect(offerDownload).not.toHaveBeenCalled();
    expect(result.current.runner.error).toBe("当前没有可下载的文件。");
  });
});

describe("commands", () => {
  test("without a workbook a command is refused with a sentence and not run", async () => {
    const { result } = await renderSection(async () => ({ mode: "browser", wb: null }), none);
    const work = jest.fn(async () => done("x"));
    await perform(result, (r) => r.session.command(work));
    expect(work).not.toHaveBeenCalled();
    expect(result.current.runner.error).toBe("还没有打开工作簿。请先打开一个 .xlsx 文件。");
  });

  test("a command's Cannot wins over the refresh; a refresh's Cannot shows after a command that went through", async () => {
    const wb = await ledgerAndBudget();
    const refreshCannot = { current: undefined as ReturnType<typeof cannot> | undefined };
    const { result } = await renderSection(
      async () => browserSession(wb),
      (s) => useReload(s, useCallback<Reload>(async () => ({ apply: () => undefined, cannot: refreshCannot.current }), [])),
    );
    await perform(result, (r) => r.session.command(async () => done("好了")));
    expect(result.current.runner).toMatchObject({ notice: "好了", error: null });
    refreshCannot.current = cannot("too-large", "太大了");
    await perform(result, (r) => r.session.command(async () => cannot("not-ledger", "不是台账")));
    expect(result.current.runner).toMatchObject({ notice: null, error: "不是台账" });
    await perform(result, (r) => r.session.command(async () => done("好了")));
    expect(result.current.runner).toMatchObject({ notice: null, error: "太大了" });
  });

  test("after a command every section reloads from the workbook", async () => {
    const wb = await ledgerAndBudget();
    const seen: WorkbookView[] = [];
    const reload: Reload = async (view) => (seen.push(view), { apply: () => undefined });
    const { result } = await renderSection(async () => browserSession(wb), (s) => useReload(s, reload));
    // the ribbon (or another edition) changed the workbook: the command's refresh sees it
    await wb.writeSheet({ sheet: "校验结果", ifExists: "replace", rows: [["台账校验结果"]] });
    await perform(result, (r) => r.session.command(async (w) => w.activateSheet("预算")));
    expect(seen.at(-1)).toEqual({ wb, sheets: [{ name: "台账", visible: true }, { name: "预算", visible: true }, { name: "校验结果", visible: true }], active: "预算" });
  });

  test("the new sheet's name and its content are shown at once, never one sheet's name over another's content", async () => {
    const wb = await ledgerAndBudget();
    let sheetChanged: () => void = () => undefined;
    const renders: [string, string | null][] = [];
    /** A section that shows which sheet its content is of, loaded in its reload. */
    function useSheetSection(s: SessionApi): string | null {
      const [of, setOf] = useState<string | null>(null);
      const reload = useCallback<Reload>(async (view) => {
        await new Promise((resolve) => setTimeout(resolve, 30)); // a read takes a while in Excel
        const name = view.wb ? (await view.wb.readSheet()).name : null;
        return { apply: () => setOf(name) };
      }, []);
      useReload(s, reload);
      renders.push([s.active, of]);
      return of;
    }
    const { result } = await renderSection(async () => ({ mode: "excel", wb, onSheetChange: async (cb) => void (sheetChanged = cb) }), useSheetSection);
    expect(result.current.part).toBe("台账");
    await wb.activateSheet("预算");
    // as in the host: no act() batching the renders of the refresh together
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const actEnvironment = env.IS_REACT_ACT_ENVIRONMENT;
    env.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      sheetChanged();
      await waitFor(() => expect([result.current.session.active, result.current.part, result.current.runner.busy]).toEqual(["预算", "预算", false]));
    } finally {
      env.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    }
    expect(renders.filter(([active, of]) => of !== null && active !== of)).toEqual([]);
  });

  test("a reload runs at every refresh until it is unregistered", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => browserSession(wb), none);
    const reload = jest.fn<ReturnType<Reload>, Parameters<Reload>>(async () => ({ apply: () => undefined }));
    let unregister: () => void = () => undefined;
    act(() => void (unregister = result.current.session.register(reload)));
    await perform(result, (r) => r.session.reread());
    expect(reload).toHaveBeenCalledTimes(1);
    act(() => unregister());
    await perform(result, (r) => r.session.reread());
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe("several files (browser edition, docs/workspace.md \"Several files\")", () => {
  beforeEach(() => jest.mocked(offerDownload).mockClear());

  /** A unit's ledger file: its title names the unit. */
  async function ledgerFile(name: string, unit: string): Promise<{ name: string; arrayBuffer(): Promise<ArrayBuffer> }> {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet("重点任务");
    ws.addRow([`${unit}2023年度重点工作任务清单`]);
    ws.addRow(["序号", "重点任务", "工作目标", "具体措施", "完成时限", "具体责任人"]);
    ws.addRow([1, "招商引资", "引进项目3个", "每月外出招商2次", "6月底前", "李明"]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    return { name, arrayBuffer: async () => bytes.slice().buffer };
  }

  test("opened together: the sample makes way, each listed with its unit and list, the first current; another made current", async () => {
    const sample = await ledgerAndBudget();
    const { result } = await renderSection(async () => ({ ...browserSession(sample, "示例.xlsx"), sample: true }), none);
    expect(result.current.session.files).toEqual([{ name: "示例.xlsx", unit: "柳林镇", list: "重点工作任务清单" }]);
    const a = await ledgerFile("烟庄.xlsx", "烟庄街道");
    const b = await ledgerFile("预算.xlsx", "清泉街道");
    await perform(result, (r) => r.session.openFiles([a, b]));
    expect(result.current.runner.notice).toBe("已打开 2 个文件。");
    expect(result.current.session.files).toEqual([
      { name: "烟庄.xlsx", unit: "烟庄街道", list: "重点工作任务清单" },
      { name: "预算.xlsx", unit: "清泉街道", list: "重点工作任务清单" },
    ]);
    expect(result.current.session.current).toBe(0);
    expect(result.current.session.session?.fileName).toBe("烟庄.xlsx");
    await perform(result, (r) => r.session.switchFile(1));
    expect(result.current.session.session?.fileName).toBe("预算.xlsx");
    expect(result.current.session.current).toBe(1);
  });

  test("a file that is no ledger is listed as such; the same file opened again replaces its copy", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => browserSession(wb, "本单位.xlsx"), none);
    const budget = await picked("预算表.xlsx", ["预算"]);
    await perform(result, (r) => r.session.openFiles([budget]));
    await perform(result, (r) => r.session.openFiles([budget]));
    expect(result.current.session.files).toEqual([{ name: "本单位.xlsx", unit: "柳林镇", list: "重点工作任务清单" }, { name: "预算表.xlsx" }]);
  });

  test("among several, a file that cannot be opened is named with its reason; the others open", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => browserSession(wb), none);
    const good = await ledgerFile("烟庄.xlsx", "烟庄街道");
    await perform(result, (r) => r.session.openFiles([{ name: "旧.xls", arrayBuffer: async () => new ArrayBuffer(0) }, good]));
    expect(result.current.runner.error).toBe(
      "已打开“烟庄.xlsx”。“旧.xls”没有打开：“旧.xls”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再打开。",
    );
    expect(result.current.session.session?.fileName).toBe("烟庄.xlsx");
    expect(result.current.session.files.map((f) => f.name)).toEqual(["x.xlsx", "烟庄.xlsx"]);
  });

  test("全部下载: every open file with its results in one .zip, each named as 下载结果 names it", async () => {
    const wb = await ledgerAndBudget();
    const { result } = await renderSection(async () => browserSession(wb, "柳林镇.xlsx"), none);
    await perform(result, async (r) => r.session.openFiles([await ledgerFile("烟庄.xlsx", "烟庄街道")]));
    await perform(result, (r) => r.session.downloadAll());
    const [bytes, name, type] = jest.mocked(offerDownload).mock.calls[0];
    expect([name, type]).toEqual(["台账助手结果（2个文件）.zip", "application/zip"]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(["柳林镇（台账助手）.xlsx", "烟庄（台账助手）.xlsx"]);
    const back = await ExcelJsWorkbook.load(await zip.file("柳林镇（台账助手）.xlsx")!.async("uint8array"));
    expect((await back.listSheets()).map((s) => s.name)).toEqual(["台账", "预算"]);
  });
});

test("a file whose download will lack something says so when opened: the sentences shown before the download (docs/round-trip.md)", async () => {
  const { buildFixture } = await import("../fixtures/roundTrip");
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), none);
  const bytes = await buildFixture("pivotTable");
  await perform(result, (r) => r.session.openFile({ name: "透视.xlsx", arrayBuffer: async () => bytes.slice().buffer }));
  expect(result.current.session.session?.losses).toEqual([expect.stringMatching(/^下载的文件中，工作表“.+”上的 1 个数据透视表将只剩下当时显示的数字/)]);
  const plain = await picked("预算表.xlsx", ["预算"]);
  await perform(result, (r) => r.session.openFile(plain));
  // A file the round trip carries whole: nothing to say.
  expect(result.current.session.session?.losses).toEqual([]);
});
