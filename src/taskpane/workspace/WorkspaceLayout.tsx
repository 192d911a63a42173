/**
 * The browser edition's page (docs/workspace.md "Layout"): on a wide window the workbook on the
 * left and the pane on the right; on a narrow one the pane alone, with the sheet one tab away.
 * Inside Excel there is no workspace (Excel is the grid): the pane is the whole page.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { say } from "../../messages";
import { LightTabs } from "./LightTabs";

/** The narrowest window that shows the sheet and the pane side by side (CSS pixels). */
export const WIDE_FROM = 900;
/** The pane's width beside the sheet. */
export const PANE_WIDTH = 400;

const useStyles = makeStyles({
  wide: { display: "flex", height: "100vh", overflow: "hidden" },
  sheet: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column", borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  pane: { width: `${PANE_WIDTH}px`, flexShrink: 0, overflowY: "auto" },
  narrow: { display: "flex", flexDirection: "column", height: "100vh" },
  tabs: { flexShrink: 0, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  narrowBody: { flexGrow: 1, minHeight: 0, overflowY: "auto", display: "flex", flexDirection: "column" },
});

/** Whether the window is wide enough for the sheet and the pane side by side, following resizes. */
export function useWide(): boolean {
  const query = `(min-width: ${WIDE_FROM}px)`;
  const [wide, setWide] = React.useState(() => typeof window.matchMedia === "function" && window.matchMedia(query).matches);
  React.useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const list = window.matchMedia(query);
    const changed = () => setWide(list.matches);
    list.addEventListener("change", changed);
    changed();
    return () => list.removeEventListener("change", changed);
  }, [query]);
  return wide;
}

export type NarrowTab = "pane" | "sheet";

export interface WorkspaceLayoutProps {
  pane: React.ReactNode;
  sheet: React.ReactNode;
  /** On a narrow window, which is shown. */
  tab: NarrowTab;
  onTab(tab: NarrowTab): void;
}

const NARROW_TABS = [
  { value: "pane", label: say("workspace.tab.pane") },
  { value: "sheet", label: say("workspace.tab.sheet") },
] as const;

export function WorkspaceLayout({ pane, sheet, tab, onTab }: WorkspaceLayoutProps) {
  const styles = useStyles();
  const wide = useWide();
  if (wide) {
    return (
      <div className={styles.wide}>
        <section className={styles.sheet} aria-label={say("workspace.region")}>{sheet}</section>
        <div className={styles.pane}>{pane}</div>
      </div>
    );
  }
  return (
    <div className={styles.narrow}>
      <LightTabs className={styles.tabs} items={NARROW_TABS} selected={tab} label={say("workspace.tabs")} onSelect={(v) => onTab(v as NarrowTab)} />
      <div className={styles.narrowBody}>
        {tab === "pane" ? pane : <section className={styles.narrowBody} aria-label={say("workspace.region")}>{sheet}</section>}
      </div>
    </div>
  );
}
