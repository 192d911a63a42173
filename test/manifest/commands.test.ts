/**
 * The ribbon's function commands, with fakes (no Office): every handler calls
 * `event.completed()` exactly once whatever happens, after the clerk has been told, in zh-CN.
 */
import { commandErrorMessage, makeHandler, runCommand, type CommandDeps } from "../../src/commands/runCommand";
import { NOTICE_PARAM, NOTICE_TIMEOUT_MS, noticeUrl, showNotice, type DialogEventArg, type NoticeDialog, type NoticeEnv } from "../../src/commands/showNotice";
import { WorkbookError, type WorkbookPort } from "../../src/workbook/port";

const HAN = /\p{Script=Han}/u;

/** A workbook that fails loudly if a command touches it directly (features get it only). */
const WB = { kind: "excel" } as unknown as WorkbookPort;

interface FakeInspection {
  sheet: string;
}

function fakeDeps(over: Partial<CommandDeps<FakeInspection>> = {}) {
  const log: string[] = [];
  const notified: string[] = [];
  const deps: CommandDeps<FakeInspection> = {
    workbook: () => {
      log.push("workbook");
      return WB;
    },
    check: async (wb) => {
      expect(wb).toBe(WB);
      log.push("inspect");
      return { sheet: "台账" };
    },
    describe: (i) => `工作表“${i.sheet}”识别为《重点任务落实台账》。`,
    clearAllMarks: async (wb) => {
      expect(wb).toBe(WB);
      log.push("clear");
      return "已清除工作表“台账”上的 3 处标记。";
    },
    standardize: async (wb) => {
      expect(wb).toBe(WB);
      log.push("standardize");
      return "已把工作表“台账”规范化为新工作表“台账（规范）”。";
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

describe("runCommand / makeHandler", () => {
  test("一键校验 tells the clerk what the sheet is, then completes", async () => {
    const { deps, log, notified } = fakeDeps();
    const event = fakeEvent(log);
    await makeHandler("validateActiveSheet", deps)(event);
    expect(notified).toEqual(["工作表“台账”识别为《重点任务落实台账》。"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(log).toEqual(["workbook", "inspect", "notify", "completed"]);
  });

  test("规范化 passes on the feature's summary, then completes", async () => {
    const { deps, log, notified } = fakeDeps();
    const event = fakeEvent(log);
    await makeHandler("standardizeActiveSheet", deps)(event);
    expect(notified).toEqual(["已把工作表“台账”规范化为新工作表“台账（规范）”。"]);
    expect(log).toEqual(["workbook", "standardize", "notify", "completed"]);
  });

  test("清除标记 passes on the feature's sentence, then completes", async () => {
    const { deps, log, notified } = fakeDeps();
    const event = fakeEvent(log);
    await makeHandler("clearMarks", deps)(event);
    expect(notified).toEqual(["已清除工作表“台账”上的 3 处标记。"]);
    expect(log).toEqual(["workbook", "clear", "notify", "completed"]);
  });

  test("a feature that throws: the clerk reads a zh-CN message and the event still completes", async () => {
    const { deps, log, notified } = fakeDeps({
      check: async () => {
        throw new Error("boom");
      },
    });
    const event = fakeEvent(log);
    await makeHandler("validateActiveSheet", deps)(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    expect(notified).toHaveLength(1);
    expect(notified[0]).toMatch(HAN);
    expect(notified[0]).toContain("“一键校验”没有完成");
    expect(notified[0]).toContain("boom");
    expect(log.at(-1)).toBe("completed");
  });

  test("a WorkbookError's own zh-CN sentence is shown as it is", async () => {
    const { deps, notified, log } = fakeDeps({
      clearAllMarks: async () => {
        throw new WorkbookError("找不到工作表“台账”。请先选中要处理的工作表。", "no-sheet");
      },
    });
    const event = fakeEvent(log);
    await makeHandler("clearMarks", deps)(event);
    expect(notified).toEqual(["找不到工作表“台账”。请先选中要处理的工作表。"]);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("making the workbook throws (no Excel): still a message and completed", async () => {
    const { deps, notified, log } = fakeDeps({
      workbook: () => {
        throw new ReferenceError("Excel is not defined");
      },
    });
    const event = fakeEvent(log);
    await makeHandler("validateActiveSheet", deps)(event);
    expect(notified[0]).toContain("没有完成");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("notify itself failing does not stop completed", async () => {
    const { deps, log } = fakeDeps({
      notify: async () => {
        throw new Error("dialog refused");
      },
    });
    const event = fakeEvent(log);
    await expect(makeHandler("clearMarks", deps)(event)).resolves.toBeUndefined();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("runCommand never throws, even on a non-Error throw", async () => {
    const { deps, notified } = fakeDeps({
      clearAllMarks: async () => {
        throw "plain string";
      },
    });
    await expect(runCommand("clearMarks", deps)).resolves.toBeUndefined();
    expect(notified[0]).toContain("“清除标记”没有完成（plain string）");
  });
});

describe("commandErrorMessage", () => {
  test("an Office cell-edit error says what to do", () => {
    const e = Object.assign(new Error("The operation failed because Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
    expect(commandErrorMessage("validateActiveSheet", e)).toBe("“一键校验”没有完成：Excel 正在编辑单元格。请先按回车或 Esc 结束编辑，再点按钮。");
  });

  test("an unknown Office error keeps its text and code", () => {
    const e = Object.assign(new Error("Something odd"), { code: "GeneralException" });
    const m = commandErrorMessage("clearMarks", e);
    expect(m).toContain("Something odd");
    expect(m).toContain("错误代码 GeneralException");
    expect(m).toContain("打开助手");
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
    const { deps } = fakeDeps({ notify: (m) => showNotice(env, PAGE, m) });
    const event = fakeEvent(log);
    const run = makeHandler("clearMarks", deps)(event);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(event.completed).not.toHaveBeenCalled();
    handlers.get("dialogMessageReceived")?.({ message: "close", origin: undefined });
    await run;
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
