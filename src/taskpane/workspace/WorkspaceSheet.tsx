/**
 * The sheet side of the browser edition's workspace (docs/workspace.md): the active sheet of the
 * current file as a grid, and under it the sheet tabs (the clerk's sheets and ours: 校验结果,
 * 进度分析, 通报排名 …); files dropped here are opened. Loaded as its own chunk, after the pane.
 */
import * as React from "react";
import { makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { GRID_MAX_ROWS, type GridSheet } from "../../workbook/grid";
import type { SheetInfo } from "../../workbook/port";
import { say } from "../../messages";
import { GridView } from "./GridView";
import { LightTabs } from "./LightTabs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0, height: "100%" },
  over: { outline: `${tokens.strokeWidthThickest} dashed ${tokens.colorBrandStroke1}`, outlineOffset: "-6px" },
  tabs: {
    flexShrink: 0, overflowX: "auto", backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  empty: { padding: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground3 },
});

export interface WorkspaceSheetProps {
  grid: GridSheet | null;
  problem: string | null;
  reveal: { row: number; col: number; key: number } | null;
  sheets: SheetInfo[];
  active: string;
  busy: boolean;
  onSelectSheet(name: string): void;
  onOpen(files: File[]): void;
}

/** Files dragged from the desktop (not text or a link dragged inside the page). */
function carriesFiles(e: React.DragEvent): boolean {
  return [...(e.dataTransfer?.types ?? [])].includes("Files");
}

export default function WorkspaceSheet({ grid, problem, reveal, sheets, active, busy, onSelectSheet, onOpen }: WorkspaceSheetProps) {
  const styles = useStyles();
  const [over, setOver] = React.useState(false);
  const visible = sheets.filter((s) => s.visible);
  const id = React.useId().replace(/:/g, "");
  return (
    <div
      className={over ? `${styles.root} ${styles.over}` : styles.root}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        if (!carriesFiles(e)) return;
        e.preventDefault();
        const files = [...e.dataTransfer.files];
        if (files.length > 0) onOpen(files);
      }}
    >
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {grid?.truncated && (
        <MessageBar intent="warning">
          <MessageBarBody>{say("workspace.truncated", { rows: grid.truncated.rows, shown: GRID_MAX_ROWS })}</MessageBarBody>
        </MessageBar>
      )}
      {grid ? (
        <GridView key={grid.name} grid={grid} reveal={reveal} id={id} />
      ) : problem ? null : visible.length > 0 ? (
        <Spinner size="small" label={say("workspace.loading")} />
      ) : (
        <p className={styles.empty}>{say("workspace.empty")}</p>
      )}
      {visible.length > 0 && (
        <LightTabs className={styles.tabs} size="small" items={visible.map((s) => ({ value: s.name, label: s.name }))} selected={active} disabled={busy} label={say("workspace.sheetTabs")} onSelect={onSelectSheet} />
      )}
    </div>
  );
}
