/**
 * The workspace's behaviour (docs/workspace.md): the active sheet of the current file read as a
 * grid after every refresh of the session (a command, a sheet or file picked), and a cell to
 * select and bring into view when the pane asks (a finding clicked).
 */
import { useCallback, useEffect, useState } from "react";
import { parseCellAddress } from "../../workbook/a1";
import { drawsGrid, type GridSheet } from "../../workbook/grid";
import { sentenceOf } from "../hooks/useRunner";
import type { SessionApi } from "../hooks/useSession";

export interface WorkspaceApi {
  /** The active sheet as drawn; null before the first read or without a workbook. */
  grid: GridSheet | null;
  /** Why the sheet could not be drawn (a sentence), if so. */
  problem: string | null;
  /** The cell to select and bring into view (a finding was clicked), with a key that changes each time; null when none. */
  reveal: { row: number; col: number; key: number } | null;
  /** Select the cell ("C7") and bring it into view. */
  revealCell(address: string): void;
}

/** `shown`: whether the sheet is on screen (a narrow window shows the pane instead): nothing is read while it is not. */
export function useWorkspace(pane: Pick<SessionApi, "session" | "active" | "revision">, shown: boolean): WorkspaceApi {
  const wb = pane.session?.wb ?? null;
  const { active, revision } = pane;
  const [read, setRead] = useState<{ grid: GridSheet | null; problem: string | null }>({ grid: null, problem: null });
  const [reveal, setReveal] = useState<{ row: number; col: number; key: number } | null>(null);

  useEffect(() => {
    if (!shown) return;
    if (!drawsGrid(wb) || !active) {
      setRead({ grid: null, problem: null });
      return;
    }
    let live = true;
    wb.gridOf(active).then(
      (grid) => live && setRead({ grid, problem: null }),
      (e: unknown) => live && setRead({ grid: null, problem: sentenceOf(e) }),
    );
    return () => {
      live = false;
    };
  }, [wb, active, revision, shown]);

  const revealCell = useCallback((address: string) => {
    let cell: { row: number; col: number };
    try {
      cell = parseCellAddress(address);
    } catch {
      return;
    }
    setReveal((r) => ({ ...cell, key: (r?.key ?? 0) + 1 }));
  }, []);

  return { grid: read.grid, problem: read.problem, reveal, revealCell };
}
