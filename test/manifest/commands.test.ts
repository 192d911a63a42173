/**
 * The ribbon's function commands over a real workbook (ExcelJS in memory; the Office wiring
 * itself is loaded in commandsWiring.test.ts): every handler runs its use case on the active
 * sheet, tells the clerk in zh-CN, and calls `event.completed()` exactly once, last.
 */
import { commandErrorMessage, makeHandler, runCommand, type CommandDeps } from "../../src/commands/runCommand";
import { NOTICE_PARAM, NOTICE_TIMEOUT_MS, noticeUrl, showNotice, type DialogEventArg, type NoticeDialog, type NoticeEnv } from "../../src/commands/showNotice";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { WorkbookError, type CellValue, type WorkbookPort } from "../../src/workbook/port";
import { REPORT_DETAIL_SHEET, REPORT_SHEET } from "../../src/render/reportSheet";

const LEDGER: CellValue[][] = [
  ["柳林镇2023年度重点工作任务清单"],
  ["序号", "任务", "目标", "措施", "完成时限", "责任人"],
  [1, "新建污水处理厂", "建成日处理2万吨污水处理厂1座", "6月底前完成主体工程，每周调度一次进度", "9月底前", "李明"],
  [2, "招商引资", "引进亿元项目3个", "每月外出招商2次", "6月底前", ""],
];

async function ledgerBook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "台账", ifExists: "rename", rows: LEDGER });
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  await wb.activateSheet("台账");
  return wb;
}

function depsOf(wb: WorkbookPort, over: Partial<CommandDeps> = {}) {
  const log: string[] = [];
  const notified: string[] = [];
  const deps: CommandDeps = {
    workbook: () => {
      log.push("workbook");
      return wb;
    },
    notify: async (m) => {
      log.push("notify");
      notified.push(m);
    },
    ...over,
  };
  return { deps, log, notified };
}

function fakeEvent(log: string[]) {
  return { completed: jest.fn(() => log.push("completed")) };
}

const VALIDATED = "工作表“台账”（重点工作任务清单）校验完毕：检查 2 行，发现错误 1 条、警告 0 条、提示 0 条。详见“校验结果”工作表，问题单元格已标色，可用“清除标记”去掉。";

describe("runCommand / makeHandler", () => {
  test("生成排名 ranks the units of the active sheet as of today, writes the 通报排名, tells who is first", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheet({
      sheet: "台账", ifExists: "rename",
      rows: [
        ["2023年度重点工作任务清单"],
        ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位", "完成进度"],
        [1, "修路", "修路10公里", "每周调度", "2023年12月31日", "李明", "城建办", "90%"],
        [2, "建桥", "建桥2座", "每周调度", "2023年12月31日", "王芳", "交通办", "40%"],
      ],
    });
    const { deps, notified } = depsOf(wb);
    await makeHandler("rankUnits", deps)(fakeEvent([]));
    expect(notified).toHaveLength(1);
    expect(notified[0]).toMatch(/^“台账”截至 \d{4}-\d{2}-\d{2}：2 个单位参与排名，0 个单位不参与排名；第一名：城建办。已写入“通报排名（\d{4}-\d{2}-\d{2}）”工作表。$/);
    expect((await wb.listSheets()).some((s) => s.name.startsWith("通报排名（"))).toBe(true);
  });

  test("一键校验 validates the active sheet, writes 校验结果, tells the counts, then completes", async () => {
    const wb = await ledgerBook();
    const { deps, log, notified } = depsOf(wb);
    const event = fakeEvent(log);
    await makeHandler("validateActiveSheet", deps)(event);
    expect(notified).toEqual([VALIDATED]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(log).toEqual(["workbook", "notify", "completed"]);
    expect((await wb.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual(["台账", "预算", REPORT_SHEET, REPORT_DETAIL_SHEET]);
  });

  test("规范化 writes the standard sheet and passes on the summary, then completes", async () => {
    const wb = await ledgerBook();
    const { deps, log, notified } = depsOf(wb);
    await makeHandler("standardizeActiveSheet", deps)(fakeEvent(log));
    expect(notified).toHaveLength(1);
    expect(notified[0]).toMatch(/^已将工作表“台账”规范为《重点工作任务清单》，写入新工作表“台账（规范）”，原工作表未改动：复制数据2行/);
    expect((await wb.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual(["台账", "预算", "台账（规范）"]);
    expect(log).toEqual(["workbook", "notify", "completed"]);
  });

  test("清除标记 clears the active sheet's marks and says so", async () => {
    const wb = await ledgerBook();
    await runCommand("validateActiveSheet", depsOf(wb).deps);
    const { deps, notified } = depsOf(wb);
    await makeHandler("clearMarks", deps)(fakeEvent([]));
    expect(notified).toEqual(["已清除工作表“台账”上的标记，单元格的内容和格式保持原样。"]);
  });

  test("on a sheet that is not a ledger: the recogniser's sentence, nothing written, completed", async () => {
    const wb = await ledgerBook();
    await wb.activateSheet("预算");
    const { deps, log, notified } = depsOf(wb);
    const event = fakeEvent(log);
    await makeHandler("validateActiveSheet", deps)(event);
    expect(notified).toHaveLength(1);
    expect(notified[0]).toMatch(/^工作表“预算”不像是台账/);
    expect((await wb.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual(["台账", "预算"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("a WorkbookError from the host (Excel refused) is shown as its own sentence", async () => {
    const wb = await ledgerBook();
    const refusing = Object.assign(Object.create(wb) as WorkbookPort, {
      clearMarks: async () => {
        throw new WorkbookError("Excel 拒绝了这次写入（AccessDenied）：工作表或工作簿受保护。", "host");
      },
    });
    const { deps, notified, log } = depsOf(refusing);
    const event = fakeEvent(log);
    await makeHandler("clearMarks", deps)(event);
    expect(notified).toEqual(["Excel 拒绝了这次写入（AccessDenied）：工作表或工作簿受保护。"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("a bug in the host (not a WorkbookError) is named in a zh-CN sentence and the event still completes", async () => {
    const wb = await ledgerBook();
    const broken = Object.assign(Object.create(wb) as WorkbookPort, {
      readSheet: async () => {
        throw new Error("boom");
      },
    });
    const { deps, notified, log } = depsOf(broken);
    const event = fakeEvent(log);
    await makeHandler("validateActiveSheet", deps)(event);
    expect(notified).toEqual(["“一键校验”没有完成（boom）。请稍后再试；如果仍然不行，请点“打开助手”，在窗格中操作。"]);
    expect(log.at(-1)).toBe("completed");
  });

  test("making the workbook throws (no Excel): still a message and completed", async () => {
    const { deps, notified, log } = depsOf(ExcelJsWorkbook.create(), {
      workbook: () => {
        throw new ReferenceError("Excel is not defined");
      },
    });
    const event = fakeEvent(log);
    await makeHandler("validateActiveSheet", deps)(event);
    expect(notified).toEqual(["“一键校验”没有完成（Excel is not defined）。请稍后再试；如果仍然不行，请点“打开助手”，在窗格中操作。"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("notify itself failing does not stop completed", async () => {
    const { deps, log } = depsOf(await ledgerBook(), {
      notify: async () => {
        throw new Error("dialog refused");
      },
    });
    const event = fakeEvent(log);
    await expect(makeHandler("clearMarks", deps)(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("runCommand never throws, even on a non-Error throw", async () => {
    const { deps, notified } = depsOf(ExcelJsWorkbook.create(), {
      workbook: () => {
        throw "plain string";
      },
    });
    await expect(runCommand("clearMarks", deps)).resolves.toBeUndefined();
    expect(notified).toEqual(["“清除标记”没有完成（plain string）。请稍后再试；如果仍然不行，请点“打开助手”，在窗格中操作。"]);
  });
});

describe("commandErrorMessage", () => {
  test("an Office cell-edit error gets the same sentence the adapters give it", () => {
    const e = Object.assign(new Error("The operation failed because Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
    expect(commandErrorMessage("validateActiveSheet", e)).toBe(
      "“一键校验”没有完成：Excel 暂时无法完成这次写入（InvalidOperationInCellEditMode）。如果正在编辑某个单元格，请先按 Enter 或 Esc 结束编辑；工作表或工作簿如有保护，请先取消保护，然后重试。",
    );
  });

  test("an unknown Office error keeps its text and code", () => {
    const e = Object.assign(new Error("Something odd"), { code: "GeneralException" });
    expect(commandErrorMessage("clearMarks", e)).toBe("“清除标记”没有完成：Excel 报告了一个错误（GeneralException：Something odd）。请重试；如果问题持续，请保存并重新打开工作簿。");
  });

  test("nothing known about the error: still a whole zh-CN sentence", () => {
    expect(commandErrorMessage("clearMarks", undefined)).toBe("“清除标记”没有完成。请稍后再试；如果仍然不行，请点“打开助手”，在窗格中操作。");
  });
});

// ---- the notice dialog ------------------------------------------------------------------

type Handler = (arg: DialogEventArg) => void;

/** A fake Office.context.ui whose dialog records handlers and close calls. */
function fakeUi(opts: { fail?: boolean; throws?: boolean; answer?: "now" | "never" } = {}) {
  const handlers = new Map<unknown, Handler>();
  const dialog = { close: jest.fn(), addEventHandler: jest.fn((t: unknown, h: Handler) => handlers.set(t, h)) };
  const calls: { url: string; options: unknown }[] = [];
  let pending: (() => void) | undefined;
  const env: NoticeEnv = {
    ui: {
      displayDialogAsync(url, options, callback) {
        if (opts.throws) throw new Error("no dialog API");
        calls.push({ url, options });
        const answer = () =>
          callback(
            opts.fail
              ? { status: "failed", value: undefined as unknown as NoticeDialog, error: { code: 12007, message: "already open" } }
              : { status: "succeeded", value: dialog },
          );
        if (opts.answer === "never") pending = answer;
        else answer();
      },
    },
    messageEvent: "dialogMessageReceived",
    closedEvent: "dialogEventReceived",
    succeeded: "succeeded",
    warn: jest.fn(),
  };
  return { env, dialog, handlers, calls, answerLate: () => pending?.() };
}

describe("showNotice", () => {
  const PAGE = "https://localhost:3000/notice.html";

  test("opens notice.html with the message and resolves when 知道了 is pressed, closing the dialog", async () => {
    const { env, dialog, handlers, calls } = fakeUi();
    let resolved = false;
    const shown = showNotice(env, PAGE, "必需的列齐全。").then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    expect(calls).toHaveLength(1);
    expect(new URL(calls[0].url).searchParams.get(NOTICE_PARAM)).toBe("必需的列齐全。");
    expect(calls[0].url.startsWith(PAGE + "?")).toBe(true);
    handlers.get("dialogMessageReceived")?.({ message: "close", origin: undefined });
    await shown;
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  test("resolves without closing again when the clerk closes the dialog with ×", async () => {
    const { env, dialog, handlers } = fakeUi();
    const shown = showNotice(env, PAGE, "好");
    handlers.get("dialogEventReceived")?.({ error: 12006 });
    await shown;
    expect(dialog.close).not.toHaveBeenCalled();
  });

  test("a dialog that cannot open (12007): resolves at once and warns", async () => {
    const { env } = fakeUi({ fail: true });
    await showNotice(env, PAGE, "消息");
    expect(env.warn).toHaveBeenCalledWith(expect.stringContaining("消息"));
  });

  test("displayDialogAsync throwing: resolves and warns", async () => {
    const { env } = fakeUi({ throws: true });
    await showNotice(env, PAGE, "消息");
    expect(env.warn).toHaveBeenCalled();
  });

  test("closes itself at the time limit, under Office's 5 minutes", async () => {
    expect(NOTICE_TIMEOUT_MS).toBeLessThan(5 * 60_000);
    jest.useFakeTimers();
    try {
      const { env, dialog } = fakeUi();
      const shown = showNotice(env, PAGE, "消息");
      jest.advanceTimersByTime(NOTICE_TIMEOUT_MS);
      await shown;
      expect(dialog.close).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  test("Office answering after the time limit: the late dialog is closed", async () => {
    jest.useFakeTimers();
    try {
      const { env, dialog, answerLate } = fakeUi({ answer: "never" });
      const shown = showNotice(env, PAGE, "消息");
      jest.advanceTimersByTime(NOTICE_TIMEOUT_MS);
      await shown;
      answerLate();
      expect(dialog.close).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });

  test("noticeUrl drops the function file's own query and caps long messages", () => {
    const url = new URL(noticeUrl("https://oa.example.gov.cn/luoshi/notice.html?_host_Info=Excel#x", "长".repeat(1000)));
    expect(url.pathname).toBe("/luoshi/notice.html");
    expect([...url.searchParams.keys()]).toEqual([NOTICE_PARAM]);
    expect(url.hash).toBe("");
    expect(url.searchParams.get(NOTICE_PARAM)?.length).toBeLessThanOrEqual(400);
    expect(url.searchParams.get(NOTICE_PARAM)?.endsWith("…")).toBe(true);
  });

  test("a whole command: the handler completes only after the notice closes", async () => {
    const { env, handlers } = fakeUi();
    const log: string[] = [];
    const { deps } = depsOf(await ledgerBook(), { notify: (m) => showNotice(env, PAGE, m) });
    const event = fakeEvent(log);
    const run = makeHandler("clearMarks", deps)(event);
    while (!handlers.has("dialogMessageReceived")) await new Promise((r) => setTimeout(r, 0));
    expect(event.completed).not.toHaveBeenCalled();
    handlers.get("dialogMessageReceived")?.({ message: "close", origin: undefined });
    await run;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
