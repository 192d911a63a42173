/**
 * @jest-environment jsdom
 */
/**
 * The ribbon's real wiring (src/commands/commands.ts) loaded as Office loads it: with `Office`
 * and `Excel` in the page (Excel.run is FakeExcel's), the module registers every FunctionName
 * of the manifest, and pressing 一键校验 validates the active sheet through OfficeJsWorkbook,
 * opens the notice dialog with the sentence and completes only after the clerk closes it.
 */
import { FakeExcel } from "../../src/workbook/fake/FakeExcel";
import { OfficeJsWorkbook } from "../../src/workbook/officejs/OfficeJsWorkbook";
import { COMMAND_NAMES, type CommandEvent } from "../../src/commands/runCommand";
import { NOTICE_PARAM } from "../../src/commands/showNotice";

type Handler = (event: CommandEvent) => Promise<void>;

const fake = new FakeExcel({
  sheets: [
    {
      name: "台账",
      values: [
        ["柳林镇2023年度重点工作任务清单"],
        ["序号", "任务", "目标", "措施", "完成时限", "责任人"],
        [1, "招商引资", "引进亿元项目3个", "每月外出招商2次", "6月底前", null],
      ],
    },
  ],
});
const associated = new Map<string, Handler>();
const dialogs: string[] = [];

beforeAll(async () => {
  Object.assign(globalThis, {
    Excel: { run: fake.run },
    Office: {
      onReady: async () => ({ host: "Excel", platform: "PC" }),
      actions: { associate: (name: string, handler: Handler) => associated.set(name, handler) },
      EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      context: {
        ui: {
          displayDialogAsync(url: string, _options: unknown, callback: (r: unknown) => void) {
            dialogs.push(url);
            const handlers = new Map<string, (arg: unknown) => void>();
            const dialog = { close: () => undefined, addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h) };
            callback({ status: "succeeded", value: dialog });
            // The clerk reads the notice and presses 知道了.
            setTimeout(() => handlers.get("dialogMessageReceived")?.({ message: "close" }), 0);
          },
        },
      },
    },
  });
  await import("../../src/commands/commands");
});

test("registers every ribbon command of the manifest", () => {
  expect([...associated.keys()].sort()).toEqual([...COMMAND_NAMES].sort());
});

test("一键校验 runs on the workbook Excel hands it, shows the sentence in the notice, then completes", async () => {
  const completed = jest.fn();
  await associated.get("validateActiveSheet")!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(dialogs).toHaveLength(1);
  const message = new URL(dialogs[0]).searchParams.get(NOTICE_PARAM);
  expect(message).toBe(
    "工作表“台账”（重点工作任务清单）校验完毕：检查 1 行，发现错误 1 条、警告 0 条、提示 0 条。详见“校验结果”工作表，问题单元格已标色，可用“清除标记”去掉。",
  );
  expect(new URL(dialogs[0]).pathname).toMatch(/\/notice\.html$/);
  const names = (await new OfficeJsWorkbook(fake.run).listSheets()).filter((s) => s.visible).map((s) => s.name);
  expect(names).toEqual(["台账", "校验结果", "校验结果明细"]);
});

test("an Excel without ExcelApi 1.13: the notice names the Excel needed and the browser edition; nothing is read or written", async () => {
  const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;
  office.context.requirements = { isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= 8 };
  try {
    fake.resetCounters();
    const completed = jest.fn();
    await associated.get("clearMarks")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    const message = new URL(dialogs.at(-1)!).searchParams.get(NOTICE_PARAM);
    expect(message).toBe(
      "这个版本的 Excel 缺少落实台账助手读取工作表要用的功能（ExcelApi 1.13）。请改用 Excel 2021、Excel 2024、Microsoft 365 或 Excel 网页版；不升级也可以在 Edge、Chrome 等浏览器中打开浏览器版 http://localhost/index.html，打开 .xlsx 台账处理后下载结果。",
    );
    expect(fake.syncCount).toBe(0);
  } finally {
    delete office.context.requirements;
  }
});
