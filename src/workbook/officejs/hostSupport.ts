/**
 * What the add-in needs from its Excel, checked at run time with
 * `Office.context.requirements.isSetSupported` (docs/excel-hosts.md "Requirement sets"):
 *
 * - required: ExcelApi 1.13 — every read looks merges up with `getMergedAreasOrNullObject`
 *   (Excel 2021, Excel 2024, Microsoft 365 from version 2102, Mac 16.50, Excel on the web). The
 *   pane and the ribbon check it first and say `host.tooOld` instead of failing on the first read.
 * - optional, with a fallback: charts (ExcelApi 1.8: `series.add/setValues` 1.7, the value
 *   axis' number format 1.8) — the sheet is written without its chart; following the clerk to
 *   another sheet and to the ribbon's changes (`onActivated`, `onAdded`, `onDeleted`: ExcelApi 1.7;
 *   `onChanged`: 1.9) — the pane reads the workbook again on 重新识别 only; a notice that shows
 *   "working…" and then the result (`Dialog.messageChild`: DialogApi 1.2) — the ribbon shows the
 *   result only.
 *
 * Every optional set is older than the required one, so on a host that passes the required check
 * they are all there; the checks keep a host that reports its sets partially from failing a whole
 * command over a chart. Hosts whose web view is Internet Explorer 11 never get this far: they
 * cannot run the bundle at all, and src/legacy/legacyBoot.js shows them which Excel is needed.
 */
import type { SheetWrite, WorkbookChange, WorkbookPort } from "../port";

/** A requirement set and its lowest version. */
export interface RequirementSet {
  name: string;
  version: string;
}

/** The required set: reads need `getMergedAreasOrNullObject`. */
export const REQUIRED_SET: RequirementSet = { name: "ExcelApi", version: "1.13" };

/** The optional sets, each with the fallback its user takes where it is missing. */
export const OPTIONAL_SETS = {
  /** Native charts on 进度分析 and the like (ChartSeriesCollection.add 1.7, valueAxis.numberFormat 1.8). */
  charts: { name: "ExcelApi", version: "1.8" },
  /** WorksheetCollection.onActivated / onAdded / onDeleted. */
  sheetEvents: { name: "ExcelApi", version: "1.7" },
  /** WorksheetCollection.onChanged (the store sheet written by the ribbon). */
  changeEvents: { name: "ExcelApi", version: "1.9" },
  /** Dialog.messageChild: the ribbon's notice shows "working…", then the result. */
  dialogMessages: { name: "DialogApi", version: "1.2" },
} as const satisfies Record<string, RequirementSet>;

/** `Office.context.requirements`, structurally. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The host's requirement checker, or undefined outside Office (or before Office is ready). */
export function officeRequirements(): Requirements | undefined {
  try {
    const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
    const requirements = office?.context?.requirements;
    return typeof requirements?.isSetSupported === "function" ? requirements : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the host supports `set`. `unknown` is the answer when the host cannot say (no
 * requirements object, or it throws): true where trying costs at most a sentence, false where
 * not trying costs only a convenience.
 */
export function supports(requirements: Requirements | undefined, set: RequirementSet, unknown: boolean): boolean {
  if (!requirements) return unknown;
  try {
    return requirements.isSetSupported(set.name, set.version);
  } catch {
    return unknown;
  }
}

/** The browser edition at the same address as `pageUrl` (index.html beside taskpane.html). */
export function browserEditionUrl(pageUrl: string): string {
  const url = new URL("index.html", pageUrl);
  url.search = "";
  url.hash = "";
  return url.href;
}

/** A sheet write without its charts. */
function chartless(spec: SheetWrite): SheetWrite {
  if (!spec.charts?.length) return spec;
  const rest = { ...spec };
  delete rest.charts;
  return rest;
}

function chartlessChange(change: WorkbookChange): WorkbookChange {
  return change.kind === "writeSheet" ? { ...change, spec: chartless(change.spec) } : change;
}

/**
 * The workbook without charts, for a host without the chart set: every sheet is written as
 * before, only its native chart is left out (the figures it would plot are in the sheet).
 */
export function withoutCharts(wb: WorkbookPort): WorkbookPort {
  return new Proxy(wb, {
    get(target, prop) {
      if (prop === "writeSheet") return (spec: SheetWrite) => target.writeSheet(chartless(spec));
      if (prop === "batch") {
        const batch: WorkbookPort["batch"] = (request, decide) =>
          target.batch(request, (found) => {
            const decision = decide(found);
            return { ...decision, changes: decision.changes.map(chartlessChange) };
          });
        return batch;
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
