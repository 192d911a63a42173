/**
 * The sheet section (当前工作表): the active sheet inspected afresh at every refresh: the list
 * it is, its header and column mapping, or why it is not a ledger (shown in the section, not as
 * an error). 重新识别 reads the workbook again.
 */
import { useCallback, useState } from "react";
import { inspectSheets, type SheetInspection } from "../../features/inspect";
import type { Recognized } from "../../domain/recognize/types";
import { useReload, type Reload, type SessionApi } from "./useSession";

export interface InspectionApi {
  /** The active sheet's inspection, null while there is none (no workbook, no sheet). */
  inspection: SheetInspection | null;
  /** The active sheet's recognition when it is a ledger. */
  recognised: Recognized | null;
  reinspect(): Promise<void>;
}

export function useInspection(session: SessionApi): InspectionApi {
  const [inspection, setInspection] = useState<SheetInspection | null>(null);
  const reload = useCallback<Reload>(async ({ wb, sheets }) => {
    if (!wb || sheets.length === 0) return { apply: () => setInspection(null) };
    const outcome = await inspectSheets(wb, { sheets: "active" });
    if (!outcome.ok) return { apply: () => setInspection(null), cannot: outcome };
    const found = outcome.value.sheets[0] ?? null;
    return { apply: () => setInspection(found) };
  }, []);
  useReload(session, reload);
  return { inspection, recognised: inspection?.ok ? inspection.value : null, reinspect: session.reread };
}
