/**
 * The pane follows the workbook inside Excel (src/taskpane/host/follow.ts): the clerk switching
 * sheets at once; the ribbon's changes — a sheet added or deleted, the store sheet written —
 * once their events have settled; never the pane's own writes (their echo), never a clerk
 * typing in a ledger; nothing where the host lacks the events (重新识别 then).
 */
import { ECHO_MS, followWorkbook, OwnWrites, SETTLE_MS } from "../../src/taskpane/host/follow";
import type { Requirements } from "../../src/workbook/officejs/hostSupport";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { ExcelRun } from "../../src/workbook/officejs/OfficeJsWorkbook";

type Handler = (event: { worksheetId?: string }) => Promise<void>;
const EVENTS = ["onActivated", "onAdded", "onDeleted", "onChanged"] as const;

/** Excel.run over a host with the four collection events and a store sheet of id "store-id". */
function host(options: { store?: boolean; sets?: Record<string, string> } = {}) {
  const handlers = Object.fromEntries(EVENTS.map((e) => [e, [] as Handler[]])) as Record<(typeof EVENTS)[number], Handler[]>;
  let lookups = 0;
  let store = options.store ?? true;
  const run = (async (batch: (context: unknown) => Promise<unknown>) => {
    const worksheets = Object.fromEntries(EVENTS.map((e) => [e, { add: (h: Handler) => void handlers[e].push(h) }])) as Record<string, unknown>;
    worksheets.getItemOrNullObject = (name: string) => {
      lookups++;
      const found = { isNullObject: !(store && name === "_luoshi"), id: "", load: () => undefined };
      if (!found.isNullObject) found.id = "store-id";
      return found;
    };
    return batch({ workbook: { worksheets }, sync: async () => undefined });
  }) as unknown as ExcelRun;
  const sets = options.sets ?? { ExcelApi: "1.13" };
  const requirements: Requirements = {
    isSetSupported: (name, version) => name in sets && Number(sets[name].split(".")[1]) >= Number((version ?? "1.0").split(".")[1]),
  };
  const fire = async (event: (typeof EVENTS)[number], worksheetId = "sheet-id") => {
    for (const h of handlers[event]) await h({ worksheetId });
  };
  return { run, requirements, handlers, fire, lookups: () => lookups, createStore: () => (store = true) };
}

beforeEach(() => jest.useFakeTimers({ now: 1_000_000, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] }));
afterEach(() => jest.useRealTimers());

test("listens to the four events where the host has ExcelApi 1.9, to none without 1.7", async () => {
  const h = host();
  await followWorkbook({ run: h.run, requirements: h.requirements, own: new OwnWrites() }, () => undefined);
  expect(EVENTS.map((e) => h.handlers[e].length)).toEqual([1, 1, 1, 1]);
  const old = host({ sets: { ExcelApi: "1.8" } });
  await followWorkbook({ run: old.run, requirements: old.requirements, own: new OwnWrites() }, () => undefined);
  expect(EVENTS.map((e) => old.handlers[e].length)).toEqual([1, 1, 1, 0]);
  const none = host({ sets: { ExcelApi: "1.6" } });
  await followWorkbook({ run: none.run, requirements: none.requirements, own: new OwnWrites() }, () => undefined);
  expect(EVENTS.map((e) => none.handlers[e].length)).toEqual([0, 0, 0, 0]);
  const unknown = host();
  await followWorkbook({ run: unknown.run, requirements: undefined, own: new OwnWrites() }, () => undefined);
  expect(EVENTS.map((e) => unknown.handlers[e].length)).toEqual([0, 0, 0, 0]);
});

test("the clerk switching sheets: at once", async () => {
  const h = host();
  const callback = jest.fn();
  await followWorkbook({ run: h.run, requirements: h.requirements, own: new OwnWrites() }, callback);
  await h.fire("onActivated");
  expect(callback).toHaveBeenCalledTimes(1);
});

test("the ribbon's 一键校验 (校验结果 replaced, the store written): one read once the burst has settled", async () => {
  const h = host();
  const callback = jest.fn();
  await followWorkbook({ run: h.run, requirements: h.requirements, own: new OwnWrites() }, callback);
  await h.fire("onAdded");
  await jest.advanceTimersByTimeAsync(100);
  await h.fire("onDeleted");
  await jest.advanceTimersByTimeAsync(100);
  await h.fire("onChanged", "store-id");
  expect(callback).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(SETTLE_MS);
  expect(callback).toHaveBeenCalledTimes(1);
});

test("the ribbon's 清除标记 (only the store written) is followed; a clerk typing in a ledger is not, and costs one store lookup at most", async () => {
  const h = host();
  const callback = jest.fn();
  await followWorkbook({ run: h.run, requirements: h.requirements, own: new OwnWrites() }, callback);
  for (let i = 0; i < 5; i++) await h.fire("onChanged", "ledger-id");
  await jest.advanceTimersByTimeAsync(SETTLE_MS);
  expect(callback).not.toHaveBeenCalled();
  expect(h.lookups()).toBe(1);
  await h.fire("onChanged", "store-id");
  await jest.advanceTimersByTimeAsync(SETTLE_MS);
  expect(callback).toHaveBeenCalledTimes(1);
  expect(h.lookups()).toBe(1);
});

test("a store created after the pane started (by the ribbon) is found again after the sheet was added", async () => {
  const h = host({ store: false });
  const callback = jest.fn();
  await followWorkbook({ run: h.run, requirements: h.requirements, own: new OwnWrites() }, callback);
  await h.fire("onChanged", "store-id");
  h.createStore();
  await h.fire("onAdded");
  await jest.advanceTimersByTimeAsync(SETTLE_MS);
  callback.mockClear();
  await h.fire("onChanged", "store-id");
  await jest.advanceTimersByTimeAsync(SETTLE_MS);
  expect(callback).toHaveBeenCalledTimes(1);
});

test("the pane's own writes, and their echo shortly after, are not followed (the pane reads after its commands anyway)", async () => {
  const h = host();
  const callback = jest.fn();
  const own = new OwnWrites();
  const wb = own.track(ExcelJsWorkbook.create());
  await followWorkbook({ run: h.run, requirements: h.requirements, own }, callback);
  const writing = wb.writeSheet({ sheet: "结果", ifExists: "rename", rows: [["a"]] });
  expect(own.busy).toBe(true);
  await h.fire("onAdded");
  await h.fire("onActivated");
  await writing;
  await h.fire("onChanged", "store-id");
  await jest.advanceTimersByTimeAsync(SETTLE_MS);
  expect(callback).not.toHaveBeenCalled();
  await jest.advanceTimersByTimeAsync(ECHO_MS);
  expect(own.busy).toBe(false);
  await h.fire("onChanged", "store-id");
  await jest.advanceTimersByTimeAsync(SETTLE_MS);
  expect(callback).toHaveBeenCalledTimes(1);
});

test("reads, and a batch that decides to change nothing, are not the pane's writes", async () => {
  const own = new OwnWrites();
  const book = ExcelJsWorkbook.create();
  await book.writeSheet({ sheet: "台账", ifExists: "rename", rows: [["a"]] });
  const wb = own.track(book);
  await wb.listSheets();
  await wb.readSheet("台账");
  await wb.batch({ sheet: { name: "台账" } }, () => ({ value: undefined, changes: [] }));
  expect(own.busy).toBe(false);
  await wb.batch({}, () => ({ value: undefined, changes: [{ kind: "setSetting", key: "k", value: "v" }] }));
  expect(own.busy).toBe(true);
  expect(await book.getSetting("k")).toBe("v");
});
