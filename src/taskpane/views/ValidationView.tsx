/** 校验: run the check, see the counts, filter by severity, findings grouped by row; click to go to the cell. */
import * as React from "react";
import {
  Badge, Body1, Button, Caption1, makeStyles, Subtitle2, Tab, TabList, tokens,
} from "@fluentui/react-components";
import { CheckmarkStarburstRegular, EraserRegular, TableSimpleRegular } from "@fluentui/react-icons";
import type { Finding, Severity, SheetReport } from "../../domain/validate/types";
import { say } from "../../messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  counts: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  finding: { display: "grid", gridTemplateColumns: "auto auto 1fr", columnGap: tokens.spacingHorizontalS, alignItems: "start" },
  hint: { gridColumn: "3", color: tokens.colorNeutralForeground3 },
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0 },
});

const COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };
const SEVERITIES = ["error", "warning", "info"] as const;

/** A severity as the pane names it (错误, 警告, 提示). */
export function severityLabel(s: Severity): string {
  return s === "error" ? say("pane.severity.error") : s === "warning" ? say("pane.severity.warning") : say("pane.severity.info");
}
const MAX_GROUPS = 200;

type Filter = "all" | Severity;

/** Findings grouped by sheet row; sheet-level findings first. */
export function groupByRow(findings: readonly Finding[]): { key: string; label: string; items: Finding[] }[] {
  const groups = new Map<string, { key: string; label: string; items: Finding[] }>();
  for (const f of findings) {
    const key = f.row === undefined ? "sheet" : String(f.row);
    const g = groups.get(key) ?? { key, label: f.row === undefined ? say("pane.validation.wholeSheet") : say("pane.validation.row", { row: f.row }), items: [] };
    g.items.push(f);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export interface ValidationViewProps {
  /** The active sheet's report, or null when it has not been checked. */
  report: SheetReport | null;
  busy: boolean;
  onValidate(): void;
  onStandardize(): void;
  onClear(): void;
  onSelect(f: Finding): void;
}

export function ValidationView({ report: current, busy, onValidate, onStandardize, onClear, onSelect }: ValidationViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Filter>("all");
  const shown = current ? current.findings.filter((f) => filter === "all" || f.severity === filter) : [];
  const groups = groupByRow(shown);
  return (
    <section className={styles.root} aria-label={say("pane.validation.title")}>
      <Subtitle2 as="h2">{say("pane.validation.title")}</Subtitle2>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<CheckmarkStarburstRegular />} disabled={busy} onClick={onValidate}>
          {say("pane.validation.run")}
        </Button>
        <Button icon={<EraserRegular />} disabled={busy} onClick={onClear}>
          {say("pane.validation.clear")}
        </Button>
        <Button icon={<TableSimpleRegular />} disabled={busy} onClick={onStandardize}>
          {say("pane.validation.standardize")}
        </Button>
      </div>
      {current && current.list && (
        <>
          <div className={styles.counts} aria-label={say("pane.validation.counts")}>
            <Body1>{say("pane.validation.rows", { rows: current.rows })}</Body1>
            {SEVERITIES.map((s) => (
              <Badge key={s} appearance="filled" color={COLOR[s]}>
                {say("pane.validation.count", { severity: severityLabel(s), count: current.counts[s] })}
              </Badge>
            ))}
          </div>
          <TabList size="small" selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as Filter)} aria-label={say("pane.validation.filter")}>
            <Tab value="all">{say("pane.validation.all", { count: current.findings.length })}</Tab>
            {SEVERITIES.map((s) => (
              <Tab key={s} value={s}>
                {say("pane.validation.count", { severity: severityLabel(s), count: current.counts[s] })}
              </Tab>
            ))}
          </TabList>
          {groups.length === 0 && <Caption1>{filter === "all" ? say("pane.validation.none") : say("pane.validation.noneOf", { severity: severityLabel(filter) })}</Caption1>}
          <ul className={styles.list} aria-label={say("pane.validation.list")}>
            {groups.slice(0, MAX_GROUPS).map((g) => (
              <li key={g.key} className={styles.group} style={{ listStyle: "none" }} aria-label={g.label}>
                <Caption1>{g.label}</Caption1>
                {g.items.map((f, i) => (
                  <div key={i} className={styles.finding}>
                    <Button
                      size="small"
                      appearance="transparent"
                      disabled={!f.cell}
                      onClick={() => onSelect(f)}
                      aria-label={f.cell ? say("pane.validation.goto", { cell: f.cell }) : say("pane.validation.wholeSheet")}
                    >
                      {f.cell ?? say("pane.validation.wholeSheet")}
                    </Button>
                    <Badge appearance="tint" color={COLOR[f.severity]}>{severityLabel(f.severity)}</Badge>
                    <Body1>{f.message}</Body1>
                    <Caption1 className={styles.hint}>{f.hint}</Caption1>
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {groups.length > MAX_GROUPS && <Caption1>{say("pane.validation.more", { count: groups.length - MAX_GROUPS })}</Caption1>}
        </>
      )}
    </section>
  );
}
