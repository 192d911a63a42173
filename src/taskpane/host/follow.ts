/**
 * Inside Excel the pane follows what happens to the workbook outside it (docs/decisions.md
 * "Pane and ribbon"): the clerk switching sheets, and the ribbon's commands, which run in a
 * runtime of their own and cannot tell the pane anything. What the ribbon changes shows in
 * Excel's events: 一键校验 replaces 校验结果 and 规范化 adds a sheet (`onAdded`, `onDeleted`:
 * ExcelApi 1.7), and every command that marks, clears or saves settings writes the very hidden
 * store sheet (`onChanged` on that sheet: ExcelApi 1.9). On such an event the pane reads the
 * workbook again (settings and marks included) once the events have settled. The pane's own
 * writes raise the same events; they are known by time (`OwnWrites`) and skipped, because the
 * pane reads the workbook after each of its commands anyway. Where the host lacks the sets,
 * nothing is followed and 重新识别 reads the workbook again.
 */
import type { WorkbookPort } from "../../workbook/port";
import type { ExcelRun } from "../../workbook/officejs/OfficeJsWorkbook";
import { OPTIONAL_SETS, supports, type Requirements } from "../../workbook/officejs/hostSupport";
import { STORE_SHEET } from "../../workbook/common/sheetNames";

/** Events this soon after the pane's own write are taken for its echo. */
export const ECHO_MS = 1500;
/** The pane reads the workbook this long after the last of a burst of events (the ribbon writes in a few requests). */
export const SETTLE_MS = 400;

/** The port members that change the workbook (a batch only when its decision has changes). */
const WRITES: ReadonlySet<PropertyKey> = new Set(["writeSheet", "markCells", "clearMarks", "setSetting", "activateSheet", "selectCell"]);

/** When the pane itself last wrote to the workbook. */
export class OwnWrites {
  private inFlight = 0;
  private settledAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether the pane is writing, or wrote less than ECHO_MS ago. */
  get busy(): boolean {
    return this.inFlight > 0 || this.now() - this.settledAt < ECHO_MS;
  }

  /** `wb` with its writes counted. */
  track(wb: WorkbookPort): WorkbookPort {
    const counted = <T>(p: Promise<T>): Promise<T> => {
      this.inFlight++;
      const settle = () => {
        this.inFlight--;
        this.settledAt = this.now();
      };
      p.then(settle, settle);
      return p;
    };
    return new Proxy(wb, {
      get: (target, prop) => {
        if (prop === "batch") {
          const batch: WorkbookPort["batch"] = (request, decide) => {
            let wrote = false;
            const done = target.batch(request, (found) => {
              const decision = decide(found);
              if (decision.changes.length) {
                wrote = true;
                this.inFlight++;
              }
              return decision;
            });
            const settle = () => {
              if (!wrote) return;
              this.inFlight--;
              this.settledAt = this.now();
            };
            done.then(settle, settle);
            return done;
          };
          return batch;
        }
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        if (!WRITES.has(prop)) return value.bind(target);
        return (...args: unknown[]) => counted((value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      },
    });
  }
}

/** What following needs: Excel.run, the host's requirement sets, the pane's writes. */
export interface FollowHost {
  run: ExcelRun;
  requirements: Requirements | undefined;
  own: OwnWrites;
}

/**
 * Call `callback` when the clerk activates another sheet, and (settled) when a sheet is added
 * or deleted or the store sheet changes, unless the pane itself caused it. Resolves once
 * listening (at once, listening to nothing, where the host has none of the events).
 */
export async function followWorkbook(host: FollowHost, callback: () => void): Promise<void> {
  const sheetEvents = supports(host.requirements, OPTIONAL_SETS.sheetEvents, false);
  const changeEvents = supports(host.requirements, OPTIONAL_SETS.changeEvents, false);
  if (!sheetEvents && !changeEvents) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = () => {
    if (host.own.busy) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!host.own.busy) callback();
    }, SETTLE_MS);
  };
  /** The store sheet's id: undefined until looked up (again after a sheet is added or deleted), null when there is none. */
  let storeId: string | null | undefined;
  const lookUpStore = () =>
    host.run(async (context) => {
      const store = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET); // ExcelApi 1.4
      store.load("id");
      await context.sync();
      return store.isNullObject ? null : store.id;
    });
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (sheetEvents) {
      // ExcelApi 1.7. The clerk switched sheets: follow at once, as before.
      sheets.onActivated.add(async () => {
        if (!host.own.busy) callback();
      });
      const added = async () => {
        storeId = undefined;
        settled();
      };
      sheets.onAdded.add(added);
      sheets.onDeleted.add(added);
    }
    if (changeEvents) {
      // ExcelApi 1.9: only the store's changes (a clerk typing in a ledger is not followed).
      sheets.onChanged.add(async (event) => {
        if (host.own.busy) return;
        if (storeId === undefined) storeId = await lookUpStore().catch(() => null);
        if (storeId !== null && event.worksheetId === storeId) settled();
      });
    }
    await context.sync();
  });
}
