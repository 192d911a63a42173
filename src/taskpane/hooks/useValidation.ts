/**
 * The validation section (校验): 一键校验, 规范化 and 清除标记 on the active sheet, the findings
 * of the active sheet, and going to a finding's cell.
 *
 * The findings shown are read from the workbook: while the active sheet carries this product's
 * marks (a 一键校验 by the pane, the ribbon or the CLI, not cleared since), a refresh checks it
 * again without writing. Right after 一键校验 the pane shows that run's own report, so a sheet
 * with nothing to mark still shows its counts.
 */
import { useCallback, useRef, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import type { Finding, SheetReport } from "../../domain/validate/types";
import { describeSheet, validateSheets } from "../../features/validate";
import { standardizeSheets } from "../../features/standardize";
import { clearMarks } from "../../features/marks";
import { done } from "../../features/outcome";
import { hasMarks } from "../../features/marks";
import { told } from "./useRunner";
import { useReload, type Reload, type SessionApi, type WorkbookView } from "./useSession";

export interface ValidationApi {
  /** The active sheet's findings and counts, or null when it has not been checked (or its marks were cleared). */
  report: SheetReport | null;
  validate(): Promise<void>;
  standardize(): Promise<void>;
  clearMarks(): Promise<void>;
  /** Go to a finding's cell (activates its sheet). */
  selectFinding(f: Finding): void;
}

/** The active sheet's report as the workbook holds it: checked again (not written) while it carries marks. */
async function markedReport({ wb, active }: WorkbookView): Promise<SheetReport | null> {
  if (!wb || !active || !(await hasMarks(wb, active))) return null;
  const outcome = await validateSheets(wb, { sheets: "active", write: false });
  const only = outcome.ok ? outcome.value.sheets[0] : undefined;
  return only?.ok ? only.value : null;
}

export function useValidation(session: SessionApi): ValidationApi {
  const { command, runner } = session;
  const { fail } = runner;
  const [report, setReport] = useState<SheetReport | null>(null);
  /** The report 一键校验 just wrote, used by the refresh right after it instead of checking again. */
  const justRun = useRef<{ wb: WorkbookPort; report: SheetReport } | null>(null);

  const reload = useCallback<Reload>(async (view) => {
    const just = justRun.current;
    justRun.current = null;
    if (just && just.wb === view.wb && just.report.sheet === view.active) return { apply: () => setReport(just.report) };
    const found = await markedReport(view);
    return { apply: () => setReport(found) };
  }, []);
  useReload(session, reload);

  const validate = useCallback(
    () =>
      command(async (wb) => {
        const outcome = await validateSheets(wb, { sheets: "active" });
        if (!outcome.ok) return outcome;
        const [only] = outcome.value.sheets;
        if (only.ok) justRun.current = { wb, report: only.value };
        return done(describeSheet(only));
      }),
    [command],
  );

  const standardize = useCallback(
    () => command(async (wb) => told(await standardizeSheets(wb, { sheets: "active" }), (r) => r.done.map((d) => d.summary).join(""))),
    [command],
  );

  const clear = useCallback(() => command(async (wb) => told(await clearMarks(wb), (r) => r.message)), [command]);

  const wb = session.session?.wb;
  const selectFinding = useCallback(
    (f: Finding) => {
      if (!wb || !f.cell) return;
      wb.selectCell(f.sheet, f.cell).catch(fail);
    },
    [wb, fail],
  );

  return { report, validate, standardize, clearMarks: clear, selectFinding };
}
