/**
 * A stand-in for office.js in the browser tests: `Office.onReady` says "inside Excel" and
 * `Excel.run` is FakeExcel's, seeded with the sheets the test puts in `window.__luoshiSeed`.
 * The task pane's (and the ribbon's) real bundles then run against the fake host.
 *
 * What it plays besides FakeExcel, set by the test before the page loads:
 * - `__luoshiSets`: the requirement sets `Office.context.requirements.isSetSupported` reports
 *   (default ExcelApi 1.17 and DialogApi 1.2, a current Microsoft 365);
 * - `__luoshiLegacy`: the web view of volume-licensed Excel 2016/2019 (Internet Explorer 11):
 *   once office.js has loaded, the page has no Promise, fetch, Symbol or CSS (office.js itself
 *   runs there);
 * - Excel's worksheet events (`onActivated`, `onAdded`, `onDeleted`, `onChanged`): after each
 *   `Excel.run` the fake compares the workbook before and after and fires the events of what
 *   changed — sheets added or deleted, the active sheet, the store sheet's cells — to every
 *   listener, whichever page added it;
 * - the ribbon: `Office.actions.associate` keeps each handler in `__luoshiActions`; dialogs are
 *   recorded in `__luoshiDialogs` (address, texts sent with messageChild) and a test presses
 *   知道了 with `__luoshiPress(i)`.
 * A page in a frame of the pane (commands.html, as the ribbon's runtime) shares the pane's
 * workbook, listeners and dialogs: two runtimes, one workbook, as in Excel.
 */
import { FakeExcel, type SeedSheet } from "../../src/workbook/fake/FakeExcel";

type Listener = { event: string; handler: (args: unknown) => unknown };
type DialogRecord = { url: string; texts: string[]; closed: boolean; press(): void };

interface HostWindow {
  __luoshiSeed?: SeedSheet[];
  __luoshiFake?: FakeExcel;
  __luoshiSets?: Record<string, string>;
  __luoshiLegacy?: boolean;
  __luoshiListeners?: Listener[];
  __luoshiActions?: Record<string, (event: { completed(): void }) => unknown>;
  __luoshiDialogs?: DialogRecord[];
  __luoshiPress?: (i: number) => void;
}

const here = window as unknown as HostWindow & Record<string, unknown>;
/** The page whose workbook this one shares: the parent when this page is in a frame of it. */
function owner(): HostWindow {
  try {
    if (window.parent !== window && (window.parent as unknown as HostWindow).__luoshiFake) return window.parent as unknown as HostWindow;
  } catch {
    // A parent of another origin: this page has its own workbook.
  }
  return here;
}
const shared = owner();
const fake = (shared.__luoshiFake ??= new FakeExcel({ sheets: here.__luoshiSeed ?? [{ name: "Sheet1" }] }));
here.__luoshiFake = fake;
const listeners = (shared.__luoshiListeners ??= []);
const dialogs = (shared.__luoshiDialogs ??= []);
shared.__luoshiPress ??= (i: number) => dialogs[i]?.press();
here.__luoshiPress = shared.__luoshiPress;
here.__luoshiDialogs = dialogs;
here.__luoshiActions = {};

// ---- requirement sets ---------------------------------------------------------------------

const sets = here.__luoshiSets ?? shared.__luoshiSets ?? { ExcelApi: "1.17", DialogApi: "1.2" };
function isSetSupported(name: string, version = "1.1"): boolean {
  const have = sets[name];
  if (!have) return false;
  const [a, b] = [have, version].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

// ---- events -------------------------------------------------------------------------------

interface BookState {
  ids: Map<string, string>;
  active: string;
  store: string;
}

function bookState(): BookState {
  const ids = new Map(fake.sheetNames().map((name) => [fake.sheet(name).id, name]));
  const active = fake.activeSheetName();
  let store = "";
  if (fake.sheetNames().includes("_luoshi")) {
    const cells = fake.sheet("_luoshi").cells;
    store = JSON.stringify([...cells].map(([r, row]) => [r, [...row].map(([c, cell]) => [c, cell.value])]));
  }
  return { ids, active, store };
}

function fire(event: string, args: Record<string, unknown>): void {
  for (const l of listeners.filter((x) => x.event === event)) setTimeout(() => void l.handler({ source: "Local", ...args }), 0);
}

function fireChanges(before: BookState, after: BookState): void {
  for (const id of after.ids.keys()) if (!before.ids.has(id)) fire("onAdded", { type: "WorksheetAdded", worksheetId: id });
  for (const id of before.ids.keys()) if (!after.ids.has(id)) fire("onDeleted", { type: "WorksheetDeleted", worksheetId: id });
  const activeId = [...after.ids].find(([, name]) => name === after.active)?.[0];
  if (after.active !== before.active && activeId) fire("onActivated", { type: "WorksheetActivated", worksheetId: activeId });
  const storeId = [...after.ids].find(([, name]) => name === "_luoshi")?.[0];
  if (after.store !== before.store && storeId) fire("onChanged", { type: "WorksheetChanged", worksheetId: storeId, address: "A1", changeType: "RangeEdited" });
}

const EVENTS = new Set(["onActivated", "onAdded", "onDeleted", "onChanged"]);

/** `target` with its functions bound to it and `extra` properties in front. */
function wrap<T extends object>(target: T, extra: (prop: PropertyKey) => unknown): T {
  return new Proxy(target, {
    get(t, prop) {
      const own = extra(prop);
      if (own !== undefined) return own;
      const value: unknown = Reflect.get(t, prop, t);
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}

/** The request context with the worksheet collection's events (ExcelApi 1.7 / 1.9). */
function withEvents(context: Excel.RequestContext): Excel.RequestContext {
  return wrap(context, (prop) =>
    prop === "workbook"
      ? wrap(context.workbook, (p) =>
          p === "worksheets"
            ? wrap(context.workbook.worksheets, (e) =>
                typeof e === "string" && EVENTS.has(e)
                  ? { add: (handler: (args: unknown) => unknown) => (listeners.push({ event: e, handler }), { remove: () => undefined }) }
                  : undefined,
              )
            : undefined,
        )
      : undefined,
  );
}

const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
  const before = bookState();
  try {
    return await fake.run((context) => batch(withEvents(context)));
  } finally {
    fireChanges(before, bookState());
  }
};

// ---- dialogs and the ribbon ---------------------------------------------------------------

const EventType = {
  DialogMessageReceived: "dialogMessageReceived",
  DialogEventReceived: "dialogEventReceived",
  DialogParentMessageReceived: "dialogParentMessageReceived",
};
const AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };

function displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void): void {
  if (dialogs.some((d) => !d.closed)) {
    // Office opens one dialog at a time.
    setTimeout(() => callback({ status: AsyncResultStatus.Failed, error: { code: 12007, message: "A dialog is already open." } }), 0);
    return;
  }
  const handlers = new Map<string, (arg: unknown) => void>();
  const record: DialogRecord = {
    url,
    texts: [],
    closed: false,
    press: () => handlers.get(EventType.DialogMessageReceived)?.({ message: "close", origin: undefined }),
  };
  const dialog = {
    addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
    close: () => void (record.closed = true),
    messageChild: (text: string) => void record.texts.push(text),
  };
  dialogs.push(record);
  setTimeout(() => {
    callback({ status: AsyncResultStatus.Succeeded, value: dialog });
    // notice.html, where the host can send it texts, says it listens.
    if (isSetSupported("DialogApi", "1.2")) setTimeout(() => handlers.get(EventType.DialogMessageReceived)?.({ message: "ready", origin: undefined }), 50);
  }, 0);
}

Object.assign(window, {
  Office: {
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    EventType,
    AsyncResultStatus,
    actions: { associate: (name: string, handler: (event: { completed(): void }) => unknown) => void (here.__luoshiActions![name] = handler) },
    context: {
      requirements: { isSetSupported },
      ui: { displayDialogAsync, messageParent: () => undefined, addHandlerAsync: () => undefined },
    },
  },
  Excel: { run },
});

if (here.__luoshiLegacy) {
  // Internet Explorer 11 as the web view: office.js ran; the page lacks what the bundle needs.
  for (const name of ["Promise", "fetch", "Symbol", "CSS"]) delete here[name];
}
