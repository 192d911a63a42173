/**
 * @jest-environment jsdom
 */
/** useRunner: busy while a command runs, its sentence as a notice or an error, exceptions as sentences. */
import { act, renderHook } from "@testing-library/react";
import { isChunkLoadError, sentenceOf, told, useRunner } from "../../src/taskpane/hooks/useRunner";
import { cannot, done } from "../../src/features/outcome";
import { WorkbookError } from "../../src/workbook/port";
import { say } from "../../src/messages";

/** A promise and the functions to settle it. */
function deferred<T>() {
  let resolve: (v: T) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

test("busy while the command runs; its sentence becomes the notice", async () => {
  const { result } = renderHook(() => useRunner());
  expect(result.current).toMatchObject({ busy: false, error: null, notice: null });
  const step = deferred<ReturnType<typeof done<string>>>();
  let running: Promise<void> = Promise.resolve();
  act(() => void (running = result.current.run(() => step.promise)));
  expect(result.current.busy).toBe(true);
  await act(async () => {
    step.resolve(done("已新建工作表“台账”。"));
    await running;
  });
  expect(result.current).toMatchObject({ busy: false, error: null, notice: "已新建工作表“台账”。" });
});

test("a Cannot is shown on the error bar with its own sentence", async () => {
  const { result } = renderHook(() => useRunner());
  await act(() => result.current.run(async () => cannot("not-ledger", "工作表“预算”不像是台账。")));
  expect(result.current).toMatchObject({ busy: false, error: "工作表“预算”不像是台账。", notice: null });
});

test("a new command clears the last sentences; a command with nothing to say leaves none", async () => {
  const { result } = renderHook(() => useRunner());
  await act(() => result.current.run(async () => cannot("bad-input", "不对")));
  await act(() => result.current.run(async () => done("好了")));
  expect(result.current).toMatchObject({ error: null, notice: "好了" });
  await act(() => result.current.run(async () => undefined));
  expect(result.current).toMatchObject({ error: null, notice: null });
});

test("a WorkbookError is expected: its sentence is shown as it is", async () => {
  const { result } = renderHook(() => useRunner());
  await act(() => result.current.run(async () => Promise.reject(new WorkbookError("无法读取该文件。", "unreadable-file"))));
  expect(result.current.error).toBe("无法读取该文件。");
});

test.each([
  ["an English developer message", new TypeError("x is undefined"), "操作没有完成：助手遇到了没有预料到的问题。请重试；如仍不行，请保存工作簿后重新打开助手，并把这句话连同后面的技术信息告诉管理员。（技术信息：x is undefined）"],
  ["a Chinese one (not shown as if it were for the clerk)", new Error("表格坏了"), "操作没有完成：助手遇到了没有预料到的问题。请重试；如仍不行，请保存工作簿后重新打开助手，并把这句话连同后面的技术信息告诉管理员。（技术信息：表格坏了）"],
  ["a thrown string", "boom", "操作没有完成：助手遇到了没有预料到的问题。请重试；如仍不行，请保存工作簿后重新打开助手，并把这句话连同后面的技术信息告诉管理员。（技术信息：boom）"],
])("anything else thrown is a bug, said as unexpected.pane: %s", async (_name, thrown, sentence) => {
  const { result } = renderHook(() => useRunner());
  await act(() => result.current.run(async () => Promise.reject(thrown)));
  expect(result.current).toMatchObject({ busy: false, error: sentence, notice: null });
  expect(sentenceOf(thrown)).toBe(sentence);
});

test("a part of the pane that did not load (webpack's ChunkLoadError): the catalogue's sentence, not its English", async () => {
  const chunkError = Object.assign(new Error("Loading chunk 85 failed.\n(missing: file:///x/exceljs.f076f4b4.js)"), { name: "ChunkLoadError" });
  const { result } = renderHook(() => useRunner());
  await act(() => result.current.run(async () => Promise.reject(chunkError)));
  expect(result.current.error).toBe(say("unexpected.chunk"));
  expect(isChunkLoadError(chunkError)).toBe(true);
  expect(isChunkLoadError(new TypeError("Failed to fetch"))).toBe(false);
});

test("busy until the last of two overlapping commands is done", async () => {
  const { result } = renderHook(() => useRunner());
  const first = deferred<undefined>();
  const second = deferred<undefined>();
  let a: Promise<void> = Promise.resolve();
  let b: Promise<void> = Promise.resolve();
  act(() => {
    a = result.current.run(() => first.promise);
    b = result.current.run(() => second.promise);
  });
  await act(async () => {
    first.resolve(undefined);
    await a;
  });
  expect(result.current.busy).toBe(true);
  await act(async () => {
    second.resolve(undefined);
    await b;
  });
  expect(result.current.busy).toBe(false);
});

test("fail shows an exception's sentence and leaves the notice", async () => {
  const { result } = renderHook(() => useRunner());
  await act(() => result.current.run(async () => done("校验完毕")));
  act(() => result.current.fail(new WorkbookError("找不到名为“旧表”的工作表。", "no-sheet")));
  expect(result.current).toMatchObject({ error: "找不到名为“旧表”的工作表。", notice: "校验完毕", busy: false });
});

test("told: a use case's value as its sentence, a Cannot as it is", () => {
  expect(told(done({ sheet: "台账" }), (v) => `已新建工作表“${v.sheet}”。`)).toEqual(done("已新建工作表“台账”。"));
  const no = cannot("no-sheet", "找不到");
  expect(told(no, () => "never")).toBe(no);
});
