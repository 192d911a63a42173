/**
 * The ribbon command's budget (src/commands/runCommand.ts, docs/excel-hosts.md "Ribbon
 * commands"): Office ends a function command 5 minutes after the click, so the work stops at
 * 4 minutes with a sentence and the notice closes itself before 5; a second click while a
 * command runs is told so and runs nothing; where the host can change a dialog's text (DialogApi
 * 1.2) the notice says "working…" at once and then shows the result; a host without ExcelApi 1.13
 * is told which Excel is needed before any work. Jest's fake timers play the minutes.
 */
import {
  COMMAND_LIMIT_MS,
  makeHandler,
  NOTICE_END_MS,
  WORK_LIMIT_MS,
  type CommandDeps,
  type CommandEvent,
} from "../../src/commands/runCommand";
import { NOTICE_READY, NOTICE_READY_WAIT_MS, openNotice, type DialogEventArg, type NoticeEnv, type NoticeHandle } from "../../src/commands/showNotice";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { CellValue, WorkbookPort } from "../../src/workbook/port";
import { say } from "../../src/messages";

const LEDGER: CellValue[][] = [
  ["柳林镇2023年度重点工作任务清单"],
  ["序号", "任务", "目标", "措施", "完成时限", "责任人"],
  [1, "新建污水处理厂", "建成日处理2万吨污水处理厂1座", "6月底前完成主体工程，每周调度一次进度", "9月底前", "李明"],
  [2, "招商引资", "引进亿元项目3个", "每月外出招商2次", "6月底前", ""],
];
const VALIDATED = "工作表“台账”（重点工作任务清单）校验完毕：检查 2 行，发现错误 1 条、警告 0 条、提示 0 条。详见“校验结果”工作表，问题单元格已标色，可用“清除标记”去掉。";

async function ledgerBook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "台账", ifExists: "rename", rows: LEDGER });
  await wb.activateSheet("台账");
  return wb;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `wb` whose batches are slow: `before` ms before reading (Excel busy), `after` ms after the
 * whole batch (a long write). Counts the batches begun.
 */
function slow(wb: WorkbookPort, { before = 0, after = 0 }: { before?: number; after?: number }) {
  const stats = { batches: 0 };
  const port = new Proxy(wb, {
    get(target, prop) {
      if (prop === "batch") {
        const batch: WorkbookPort["batch"] = async (request, decide) => {
          stats.batches++;
          if (before) await sleep(before);
          const result = await target.batch(request, decide);
          if (after) await sleep(after);
          return result;
        };
        return batch;
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { port, stats };
}

/** Deps whose notices are recorded (with their time limit) and closed by the clerk at once. */
function recording(wb: WorkbookPort, over: Partial<CommandDeps> = {}) {
  const notices: { message: string; timeoutMs?: number; at: number }[] = [];
  const deps: CommandDeps = {
    workbook: () => wb,
    notify: async (message, timeoutMs) => void notices.push({ message, timeoutMs, at: Date.now() }),
    ...over,
  };
  return { deps, notices };
}

function event(): CommandEvent & { at: number[] } {
  const at: number[] = [];
  return { at, completed: jest.fn(() => void at.push(Date.now())) };
}

const visibleSheets = async (wb: WorkbookPort) => (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name);

beforeEach(() => {
  jest.useFakeTimers({ now: 0, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
});
afterEach(() => {
  jest.useRealTimers();
});

describe("the 5-minute budget", () => {
  test("the limits: work 4 minutes, the notice closes itself before Office's 5", () => {
    expect(WORK_LIMIT_MS).toBe(240_000);
    expect(NOTICE_END_MS).toBeGreaterThan(WORK_LIMIT_MS);
    expect(NOTICE_END_MS).toBeLessThan(COMMAND_LIMIT_MS);
    expect(COMMAND_LIMIT_MS).toBe(5 * 60_000);
  });

  test("Excel answering too late: at 4 minutes the command stops, says so, completes; nothing is written afterwards", async () => {
    const wb = await ledgerBook();
    const { port } = slow(wb, { before: 6 * 60_000 });
    const { deps, notices } = recording(port);
    const e = event();
    const run = makeHandler("validateActiveSheet", deps)(e);
    await jest.advanceTimersByTimeAsync(WORK_LIMIT_MS - 1);
    expect(notices).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    await run;
    expect(notices).toEqual([
      {
        message:
          "“一键校验”在 4 分钟内没有完成，已停止，工作簿没有改动。Excel 的功能区命令最多只能运行 5 分钟；请点“打开助手”，在窗格中操作（窗格没有这个时间限制）。",
        timeoutMs: NOTICE_END_MS - WORK_LIMIT_MS,
        at: WORK_LIMIT_MS,
      },
    ]);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(e.at[0]).toBeLessThan(COMMAND_LIMIT_MS);
    // Excel answers after all: the command had stopped, so its decision never writes.
    await jest.advanceTimersByTimeAsync(3 * 60_000);
    expect(await visibleSheets(wb)).toEqual(["台账"]);
  });

  test("a write still running at 4 minutes: the sentence says the results may be incomplete", async () => {
    const wb = await ledgerBook();
    const { port } = slow(wb, { after: 10 * 60_000 });
    const { deps, notices } = recording(port);
    const e = event();
    const run = makeHandler("validateActiveSheet", deps)(e);
    await jest.advanceTimersByTimeAsync(WORK_LIMIT_MS);
    await run;
    expect(notices.map((n) => n.message)).toEqual([
      "“一键校验”在 4 分钟内没有写完，已停止。Excel 的功能区命令最多只能运行 5 分钟。结果表和标记可能不完整：请点“打开助手”，在窗格中先“清除标记”，再重新操作。",
    ]);
    expect(e.completed).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(10 * 60_000);
  });

  test("the notice of a command done in time gets the rest of the budget, no more", async () => {
    const wb = await ledgerBook();
    const { port } = slow(wb, { before: 60_000 });
    const { deps, notices } = recording(port);
    const run = makeHandler("validateActiveSheet", deps)(event());
    await jest.advanceTimersByTimeAsync(60_000);
    await run;
    expect(notices).toEqual([{ message: VALIDATED, timeoutMs: NOTICE_END_MS - 60_000, at: 60_000 }]);
  });
});

describe("one command at a time", () => {
  test("a second click while 一键校验 runs is told so, runs nothing and completes; a click after it runs again", async () => {
    const wb = await ledgerBook();
    const { port, stats } = slow(wb, { before: 10_000 });
    const { deps, notices } = recording(port);
    const first = event();
    const second = event();
    const run1 = makeHandler("validateActiveSheet", deps)(first);
    await jest.advanceTimersByTimeAsync(1_000);
    await makeHandler("validateActiveSheet", deps)(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(notices.map((n) => n.message)).toEqual([say("ribbon.busy", { running: "一键校验", command: "一键校验" })]);
    expect(notices[0].message).toBe("上一次“一键校验”还没有完成。请等它完成、看到结果后再点“一键校验”。");
    expect(stats.batches).toBe(1);

    await jest.advanceTimersByTimeAsync(9_000);
    await run1;
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(notices.map((n) => n.message)).toEqual([notices[0].message, VALIDATED]);

    const third = makeHandler("validateActiveSheet", deps)(event());
    await jest.advanceTimersByTimeAsync(10_000);
    await third;
    expect(stats.batches).toBe(2);
    expect(notices.at(-1)?.message).toBe(VALIDATED);
  });

  test("another button while 一键校验 runs: the same, naming both", async () => {
    const wb = await ledgerBook();
    const { port } = slow(wb, { before: 5_000 });
    const { deps, notices } = recording(port);
    const run1 = makeHandler("validateActiveSheet", deps)(event());
    await jest.advanceTimersByTimeAsync(100);
    await makeHandler("clearMarks", deps)(event());
    expect(notices[0].message).toBe("上一次“一键校验”还没有完成。请等它完成、看到结果后再点“清除标记”。");
    await jest.advanceTimersByTimeAsync(5_000);
    await run1;
  });

  test("a command stopped at its deadline keeps the next click out until its work has settled", async () => {
    const wb = await ledgerBook();
    const { port, stats } = slow(wb, { before: WORK_LIMIT_MS + 30_000 });
    const { deps, notices } = recording(port);
    const run1 = makeHandler("validateActiveSheet", deps)(event());
    await jest.advanceTimersByTimeAsync(WORK_LIMIT_MS);
    await run1;
    await makeHandler("validateActiveSheet", deps)(event());
    expect(notices.at(-1)?.message).toBe("上一次“一键校验”还没有完成。请等它完成、看到结果后再点“一键校验”。");
    await jest.advanceTimersByTimeAsync(30_000);
    const run3 = makeHandler("clearMarks", deps)(event());
    await jest.advanceTimersByTimeAsync(WORK_LIMIT_MS + 30_000);
    await run3;
    expect(stats.batches).toBe(2);
    expect(await visibleSheets(wb)).toEqual(["台账"]);
  });
});

/** A progress notice as runCommand sees it: its texts, closed when the clerk closes it. */
function fakeProgress() {
  const texts: string[] = [];
  let close: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (close = resolve));
  const handle: NoticeHandle = { closed, close: jest.fn(() => close()), update: jest.fn(async (m: string) => (texts.push(m), true)) };
  return { handle, texts, clerkCloses: () => close() };
}

describe("the notice says “working…” first where the host can change its text (DialogApi 1.2)", () => {
  test("opens at once with 正在进行, then shows the result in the same dialog; a second click is told there", async () => {
    const wb = await ledgerBook();
    const { port, stats } = slow(wb, { before: 20_000 });
    const progress = fakeProgress();
    const opened: { message: string; timeoutMs: number }[] = [];
    const { deps, notices } = recording(port, {
      progress: (message, timeoutMs) => (opened.push({ message, timeoutMs }), progress.handle),
    });
    const first = event();
    const run = makeHandler("validateActiveSheet", deps)(first);
    await jest.advanceTimersByTimeAsync(0);
    expect(opened).toEqual([{ message: "正在进行“一键校验”……完成后这里会显示结果。工作表很大时要多等一会儿，最长 4 分钟。", timeoutMs: NOTICE_END_MS }]);

    await jest.advanceTimersByTimeAsync(5_000);
    const second = event();
    await makeHandler("validateActiveSheet", deps)(second);
    expect(second.completed).toHaveBeenCalledTimes(1);
    expect(progress.texts).toEqual(["上一次“一键校验”还没有完成。请等它完成、看到结果后再点“一键校验”。"]);

    await jest.advanceTimersByTimeAsync(15_000);
    expect(progress.texts.at(-1)).toBe(VALIDATED);
    expect(first.completed).not.toHaveBeenCalled();
    progress.clerkCloses();
    await run;
    expect(first.completed).toHaveBeenCalledTimes(1);
    expect(notices).toEqual([]);
    expect(stats.batches).toBe(1);
  });

  test("a dialog that cannot take the result (closed by the clerk): the result gets a notice of its own", async () => {
    const wb = await ledgerBook();
    const handle: NoticeHandle = { closed: Promise.resolve(), close: jest.fn(), update: async () => false };
    const { deps, notices } = recording(wb, { progress: () => handle });
    await makeHandler("validateActiveSheet", deps)(event());
    expect(notices.map((n) => n.message)).toEqual([VALIDATED]);
  });

  test("the clerk never closes the result: the dialog is closed before Office's limit and the command completes", async () => {
    const wb = await ledgerBook();
    const progress = fakeProgress();
    const { deps } = recording(wb, { progress: () => progress.handle });
    const e = event();
    const run = makeHandler("clearMarks", deps)(e);
    await jest.advanceTimersByTimeAsync(NOTICE_END_MS);
    await run;
    expect(progress.handle.close).toHaveBeenCalled();
    expect(e.at).toEqual([NOTICE_END_MS]);
  });
});

test("a host without ExcelApi 1.13: the sentence naming the Excel needed, no work", async () => {
  const workbook = jest.fn(() => ExcelJsWorkbook.create() as WorkbookPort);
  const tooOld = say("host.tooOld", { url: "https://oa.example.gov.cn/luoshi/index.html" });
  const { deps, notices } = recording(ExcelJsWorkbook.create(), { workbook, hostProblem: () => tooOld });
  const e = event();
  await makeHandler("validateActiveSheet", deps)(e);
  expect(notices.map((n) => n.message)).toEqual([tooOld]);
  expect(tooOld).toContain("Excel 2021");
  expect(tooOld).toContain("ExcelApi 1.13");
  expect(workbook).not.toHaveBeenCalled();
  expect(e.completed).toHaveBeenCalledTimes(1);
});

describe("openNotice: a dialog whose text changes", () => {
  type Handler = (arg: DialogEventArg) => void;
  function ui() {
    const handlers = new Map<unknown, Handler>();
    const dialog = { close: jest.fn(), messageChild: jest.fn(), addEventHandler: jest.fn((t: unknown, h: Handler) => handlers.set(t, h)) };
    const env: NoticeEnv = {
      ui: { displayDialogAsync: (_url, _options, callback) => callback({ status: "succeeded", value: dialog }) },
      messageEvent: "message",
      closedEvent: "event",
      succeeded: "succeeded",
    };
    return { env, dialog, send: (message: string) => handlers.get("message")?.({ message, origin: undefined }), x: () => handlers.get("event")?.({ error: 12006 }) };
  }
  const PAGE = "https://localhost:3000/notice.html";

  test("a new text waits until the page says it listens, then goes by messageChild; `ready` does not close it", async () => {
    const { env, dialog, send } = ui();
    const notice = openNotice(env, PAGE, "正在进行……", true);
    const sent = notice.update("结果");
    expect(dialog.messageChild).not.toHaveBeenCalled();
    send(NOTICE_READY);
    await expect(sent).resolves.toBe(true);
    expect(dialog.messageChild).toHaveBeenCalledWith("结果");
    expect(dialog.close).not.toHaveBeenCalled();
    send("close");
    await notice.closed;
    expect(dialog.close).toHaveBeenCalledTimes(1);
  });

  test("a page that never says it listens: the text is refused after a while", async () => {
    const { env } = ui();
    const notice = openNotice(env, PAGE, "正在进行……", true);
    const sent = notice.update("结果");
    await jest.advanceTimersByTimeAsync(NOTICE_READY_WAIT_MS);
    await expect(sent).resolves.toBe(false);
    notice.close();
  });

  test("closed by the clerk, or a host without DialogApi 1.2: refused at once", async () => {
    const a = ui();
    const closedOne = openNotice(a.env, PAGE, "正在进行……", true);
    a.x();
    await closedOne.closed;
    await expect(closedOne.update("结果")).resolves.toBe(false);
    const b = ui();
    const old = openNotice(b.env, PAGE, "正在进行……", false);
    b.send(NOTICE_READY);
    await expect(old.update("结果")).resolves.toBe(false);
    old.close();
  });
});
