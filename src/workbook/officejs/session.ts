/**
 * One batch in one `Excel.run` (docs/excel-hosts.md "Sync budget"):
 * 1. one request looks everything up: the sheets (names, positions, visibility: ExcelApi 1.1),
 *    the active sheet, the sheet asked for and its used range;
 * 2. the cells in row chunks (readSnapshot.ts), the store's rows riding in the first chunk's
 *    request when settings are asked for, and, for a small sheet the batch may mark, the
 *    cells' fills (one request for most sheets);
 * 3. `decide` runs (no request);
 * 4. the store's rows in a request of their own, only if a change needs them and they were not
 *    read in 2;
 * 5. the changes as steps in requests under the budget (batches.ts): original fills of cells
 *    about to be marked looked up first, then sheets written, earlier marks restored, marks
 *    painted; the mark records and settings last, in the first request after the lookups have
 *    answered (the same request as the paints when no cell needed a lookup, or when the
 *    changes take more than one request anyway).
 * So a command costs 2 requests plus one per chunk of cells read and per chunk written, and
 * one more when it marks cells of a sheet too big to read the fills of with its cells and the
 * changes fit one request.
 */

import type { SheetSnapshot } from "../../domain/sheet";
import { noSheetError } from "../common/errors";
import { envelopedBytes } from "../common/jsonBytes";
import type { StoreContents, StoreRows } from "../common/settingsLayout";
import { sameSheetName, STORE_SHEET } from "../common/sheetNames";
import type { Batched, Decision, ReadRequest, ReadResult, WorkbookChange } from "../port";
import { sendSteps, type Step } from "./batches";
import { fillAnswerBytes, planClear, planMarks, PREFETCH_FILL_CELLS, queueFillRead } from "./marks";
import { queueSheetLookup, readCells, usedBox, type RideAlong, type SheetLookup } from "./readSnapshot";
import { SheetProxies } from "./sheetProxies";
import { emptyStore, queueStoreRead, storeContents, StorePlan } from "./store";
import { planSheetWrite, type KnownSheet } from "./writeSheet";
import { valueSteps, type WriteStep } from "./writeSteps";

/** Run a batch in `context` with request budget `budget`. */
export async function runBatch<T>(
  context: Excel.RequestContext,
  request: ReadRequest,
  decide: (found: ReadResult) => Decision<T>,
  budget: number,
  storeRows: StoreRows = "every",
): Promise<Batched<T>> {
  const proxies = new SheetProxies(context);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position,items/visibility"); // ExcelApi 1.1
  const active = sheets.getActiveWorksheet(); // ExcelApi 1.1
  active.load("name");
  const lookup: SheetLookup | undefined = request.sheet ? queueSheetLookup(sheets, request.sheet.name) : undefined;
  await context.sync();

  const known: KnownSheet[] = sheets.items.map((s) => ({ name: s.name, position: s.position, visible: s.visibility === "Visible" }));
  const storeExists = known.some((s) => sameSheetName(s.name, STORE_SHEET));
  let store: StoreContents | undefined = storeExists ? undefined : emptyStore();
  const storeRide = () => {
    const used = queueStoreRead(context);
    return () => {
      store = storeContents(used);
    };
  };
  const wantSettings = (request.settings?.length ?? 0) > 0;

  let sheet: string | undefined;
  let snapshot: SheetSnapshot | undefined;
  const fills = new Map<string, Map<string, string | null>>();
  if (lookup) {
    const name = lookup.ws.name;
    sheet = name;
    proxies.set(name, lookup.ws);
    if (request.sheet?.cells !== false && !request.sheet?.skip?.(name)) {
      const box = usedBox(lookup);
      const rides: RideAlong[] = [];
      if (wantSettings && !store) rides.push({ queue: storeRide });
      if (request.sheet?.marks && box && box.rowCount * box.colCount <= PREFETCH_FILL_CELLS) {
        rides.push({
          responseBytes: fillAnswerBytes(box.rowCount * box.colCount),
          queue: () => {
            const collect = queueFillRead(lookup.ws, box);
            return () => fills.set(name, collect());
          },
        });
      }
      snapshot = await readCells(context, lookup.ws, name, box, budget, together(rides));
    }
  }
  if (wantSettings && !store) await readStoreAlone(context, storeRide);

  const settings = new Map<string, string | null>();
  for (const key of request.settings ?? []) settings.set(key, store?.settings.get(key)?.value ?? null);
  const decision = decide({ sheet, snapshot, settings });
  if (decision.changes.length === 0) return { value: decision.value, names: [] };

  if (!store && decision.changes.some((c) => c.kind !== "writeSheet")) await readStoreAlone(context, storeRide);
  const plan = new StorePlan(store ?? emptyStore(), storeExists, proxies, context, storeRows);
  const write = { context, sheets: proxies, known, active: active.name };
  const lookups: Step[] = [];
  const steps: Step[] = [];
  const tail: Step[] = [];
  const names = decision.changes.map((change) => planChange(change));
  await sendSteps(context, [...lookups, ...steps, ...tail], { budget, refused: () => proxies.reset() });
  return { value: decision.value, names };

  function planChange(change: WorkbookChange): string {
    switch (change.kind) {
      case "writeSheet": {
        const planned = planSheetWrite(write, change.spec, budget);
        steps.push(...planned.steps);
        return planned.name;
      }
      case "markCells": {
        const name = existing(known, change.sheet);
        const planned = planMarks({ sheets: proxies, store: plan, fills }, name, change.marks);
        lookups.push(...planned.lookups);
        steps.push(...planned.steps);
        tail.push(...planned.tail);
        return name;
      }
      case "clearMarks": {
        const name = existing(known, change.sheet);
        const planned = planClear({ sheets: proxies, store: plan }, name);
        steps.push(...planned.steps);
        tail.push(...planned.tail);
        return name;
      }
      case "setSetting":
        tail.push(...plan.set(change.key, () => change.value, envelopedBytes(change.value)));
        return change.key;
      case "appendRows": {
        const name = existing(known, change.sheet);
        const onSheet = (s: WriteStep): Step => ({ bytes: s.bytes, queue: () => s.queue(proxies.get(name)), split: s.split && (() => s.split!().map(onSheet)) });
        steps.push(...valueSteps(change.rows, Math.min(256 * 1024, Math.floor(budget / 16)), change.at).map(onSheet));
        return name;
      }
    }
  }
}

/** Several ride-alongs as one (none: undefined). */
function together(rides: RideAlong[]): RideAlong | undefined {
  if (rides.length === 0) return undefined;
  return {
    responseBytes: rides.reduce((sum, r) => sum + (r.responseBytes ?? 0), 0),
    queue: () => {
      const collects = rides.map((r) => r.queue());
      return () => collects.forEach((c) => c());
    },
  };
}

async function readStoreAlone(context: Excel.RequestContext, ride: () => () => void): Promise<void> {
  const collect = ride();
  await context.sync();
  collect();
}

/** The sheet's name as the workbook spells it; no-sheet when there is none. */
function existing(known: KnownSheet[], name: string): string {
  const found = known.find((s) => s.name === name) ?? known.find((s) => sameSheetName(s.name, name));
  if (!found) throw noSheetError(name);
  return found.name;
}
