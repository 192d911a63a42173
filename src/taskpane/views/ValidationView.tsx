/** 校验: run the check, see the counts, filter by severity, findings grouped by row; click to go to the cell. */
import * as React from "react";
import {
  Badge, Body1, Button, Caption1, makeStyles, Subtitle2, Tab, TabList, tokens,
} from "@fluentui/react-components";
import { CheckmarkStarburstRegular, EraserRegular, TableSimpleRegular } from "@fluentui/react-icons";
import type { Finding, Severity, SheetReport } from "../../domain/validate/types";
import { SEVERITY_LABEL } from "../../render/reportSheet";

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
const MAX_GROUPS = 200;

type Filter = "all" | Severity;

/** Findings grouped by sheet row; sheet-level findings first. */
export function groupByRow(findings: readonly Finding[]): { key: string; label: string; items: Finding[] }[] {
  const groups = new Map<string, { key: string; label: string; items: Finding[] }>();
  for (const f of findings) {
    const key = f.row === undefined ? "sheet" : String(f.row);
    const g = groups.get(key) ?? { key, label: f.row === undefined ? "整表" : `第 ${f.row} 行`, items: [] };
    g.items.push(f);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export interface ValidationViewProps {
  report: SheetReport | null;
  active: string;
  busy: boolean;
  onValidate(): void;
  onStandardize(): void;
  onClear(): void;
  onSelect(f: Finding): void;
}

export function ValidationView({ report, active, busy, onValidate, onStandardize, onClear, onSelect }: ValidationViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<Filter>("all");
  const current = report && report.sheet === active ? report : null;
  const shown = current ? current.findings.filter((f) => filter === "all" || f.severity === filter) : [];
  const groups = groupByRow(shown);
  return (
    <section className={styles.root} aria-label="校验">
      <Subtitle2 as="h2">校验</Subtitle2>
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<CheckmarkStarburstRegular />} disabled={busy} onClick={onValidate}>
          一键校验
        </Button>
        <Button icon={<EraserRegular />} disabled={busy} onClick={onClear}>
          清除标记
        </Button>
        <Button icon={<TableSimpleRegular />} disabled={busy} onClick={onStandardize}>
          规范化
        </Button>
      </div>
      {current && current.list && (
        <>
          <div className={styles.counts} aria-label="问题计数">
            <Body1>检查 {current.rows} 行：</Body1>
            {(["error", "warning", "info"] as const).map((s) => (
              <Badge key={s} appearance="filled" color={COLOR[s]}>
                {SEVERITY_LABEL[s]} {current.counts[s]}
              </Badge>
            ))}
          </div>
          <TabList size="small" selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as Filter)} aria-label="按级别筛选">
            <Tab value="all">全部 {current.findings.length}</Tab>
            <Tab value="error">错误 {current.counts.error}</Tab>
            <Tab value="warning">警告 {current.counts.warning}</Tab>
            <Tab value="info">提示 {current.counts.info}</Tab>
          </TabList>
          {groups.length === 0 && <Caption1>没有{filter === "all" ? "" : SEVERITY_LABEL[filter]}问题。</Caption1>}
          <ul className={styles.list} aria-label="问题列表">
            {groups.slice(0, MAX_GROUPS).map((g) => (
              <li key={g.key} className={styles.group} style={{ listStyle: "none" }} aria-label={g.label}>
                <Caption1>{g.label}</Caption1>
                {g.items.map((f, i) => (
                  <div key={i} className={styles.finding}>
                    <Button size="small" appearance="transparent" disabled={!f.cell} onClick={() => onSelect(f)} aria-label={f.cell ? `定位到 ${f.cell}` : "整表"}>
                      {f.cell ?? "整表"}
                    </Button>
                    <Badge appearance="tint" color={COLOR[f.severity]}>{SEVERITY_LABEL[f.severity]}</Badge>
                    <Body1>{f.message}</Body1>
                    <Caption1 className={styles.hint}>{f.hint}</Caption1>
                  </div>
                ))}
              </li>
            ))}
          </ul>
          {groups.length > MAX_GROUPS && <Caption1>还有 {groups.length - MAX_GROUPS} 行的问题未列出，请看“校验结果”工作表。</Caption1>}
        </>
      )}
    </section>
  );
}
