/**
 * The 汇总 section: the units' files the clerk picked or dropped, and on request the workbook's
 * own ledger sheets, merged by `mergeLedgers` into the 汇总 and 汇总说明 sheets
 * (docs/merging.md). Files are read one at a time with the progress shown; 取消 stops before the
 * next file and the workbook is left as it was (the use case writes nothing then), which is a
 * notice, not an error. What the office must be told (未报送, 重复报送, 未汇总, rows with errors)
 * stays shown while its 汇总说明 sheet is in the workbook.
 */
import { useCallback, useRef, useState } from "react";
import type { MergePlan } from "../../domain/merge/merge";
import { mergeLedgers, type MergeResult } from "../../features/merge";
import { done } from "../../features/outcome";
import { addChosen, mergeFileOf, type ChosenFile } from "../host/pickedFiles";
import { useShownWhileWritten, type SessionApi } from "./useSession";

/** How far a running merge got: `done` of `total` files read, `file` being read ("" once all are read). */
export interface MergeProgress {
  done: number;
  total: number;
  file: string;
}

/** A unit whose merged ledger has error-level findings: on how many rows, how many in all. */
export interface UnitErrors {
  unit: string;
  rows: number;
  errors: number;
}

/** The last merge as the section shows it. */
export interface MergeShown {
  result: MergeResult;
  errors: UnitErrors[];
}

export interface MergeApi {
  /** The files chosen, in the order they were added. */
  files: ChosenFile[];
  /** Add picked or dropped files (the same file twice is listed once). */
  add(files: Iterable<ChosenFile>): void;
  clear(): void;
  /** Merge the workbook's own ledger sheets too. */
  own: boolean;
  setOwn(own: boolean): void;
  /** While a merge runs: how far it got; else null. */
  progress: MergeProgress | null;
  /** 取消 was pressed and the merge has not stopped yet. */
  cancelling: boolean;
  merge(): Promise<void>;
  cancel(): void;
  /** The last merge into this workbook, while its 汇总说明 sheet exists; else null. */
  shown: MergeShown | null;
}

/** Per unit (in the plan's order), the rows with an error-level finding and the number of such findings. */
export function errorsByUnit(plan: MergePlan): UnitErrors[] {
  const byUnit = new Map<string, { rows: Set<string>; errors: number }>();
  for (const e of plan.errorRows) {
    const u = byUnit.get(e.unit) ?? { rows: new Set<string>(), errors: 0 };
    u.errors++;
    const row = e.cell ? /\d+$/.exec(e.cell)?.[0] : undefined;
    if (row) u.rows.add(`${e.file}\u0000${e.sheet}\u0000${row}`);
    byUnit.set(e.unit, u);
  }
  const order = [...new Set(plan.units.map((u) => u.unit))];
  const units = [...byUnit.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return units.map((unit) => ({ unit, rows: byUnit.get(unit)!.rows.size, errors: byUnit.get(unit)!.errors }));
}

export function useMerge(session: SessionApi): MergeApi {
  const { command } = session;
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [own, setOwn] = useState(false);
  const [progress, setProgress] = useState<MergeProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [shown, setShown] = useShownWhileWritten<MergeShown>(session, (v) => v.result.summarySheet);
  /** The running merge's signal. */
  const signal = useRef<{ aborted: boolean } | null>(null);

  const add = useCallback((added: Iterable<ChosenFile>) => setFiles((chosen) => addChosen(chosen, added)), []);
  const clear = useCallback(() => setFiles([]), []);

  const merge = useCallback(
    () =>
      command(async (wb) => {
        const mine = { aborted: false };
        signal.current = mine;
        setProgress({ done: 0, total: files.length, file: "" });
        try {
          const outcome = await mergeLedgers(wb, {
            files: files.map(mergeFileOf),
            ...(own && { sheets: "all" as const }),
            signal: mine,
            onProgress: (n, total, file) => setProgress({ done: n, total, file }),
          });
          if (!outcome.ok) return outcome.code === "cancelled" ? done(outcome.message) : outcome;
          const result = outcome.value;
          setShown({ wb, value: { result, errors: errorsByUnit(result.plan) } });
          return done(result.message);
        } finally {
          signal.current = null;
          setProgress(null);
          setCancelling(false);
        }
      }),
    [command, files, own],
  );

  const cancel = useCallback(() => {
    if (!signal.current) return;
    signal.current.aborted = true;
    setCancelling(true);
  }, []);

  return { files, add, clear, own, setOwn, progress, cancelling, merge, cancel, shown: shown?.value ?? null };
}
