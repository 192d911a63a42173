/** 进度分析: pick the check date (a stage or a day) and the time basis; see each unit's T, P and pass. */
import * as React from "react";
import {
  Badge, Button, Caption1, Field, Input, makeStyles, Select, Subtitle2,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from "@fluentui/react-components";
import { ChartMultipleRegular, ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { STAGES, stageDate, type StageId } from "../../domain/progress/stages";
import { pct } from "../../domain/progress/messages";
import type { ProgressReport, TimeBasis } from "../../domain/progress/types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  field: { flexGrow: 1, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

const BASES: { value: TimeBasis; label: string }[] = [
  { value: "calendar", label: "日历天数" },
  { value: "month", label: "月份" },
  { value: "workday", label: "工作日" },
];

export interface ProgressRequest {
  checkDate: string;
  basis: TimeBasis;
}

export function ProgressView({ year, today, report, active, busy, onCheck, onStage }: { year: number; today: string; report: ProgressReport | null; active: string; busy: boolean; onCheck(r: ProgressRequest): void; onStage(stage: StageId): void }) {
  const styles = useStyles();
  const [stage, setStage] = React.useState("today");
  const [date, setDate] = React.useState(today);
  const [basis, setBasis] = React.useState<TimeBasis>("calendar");
  const pick = (value: string) => {
    setStage(value);
    const s = STAGES.find((x) => x.id === value);
    if (s) setDate(stageDate(s, year));
    else if (value === "today") setDate(today);
  };
  const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const current = report && report.sheet === active ? report : null;
  return (
    <section className={styles.root} aria-label="进度分析">
      <Subtitle2 as="h2">进度分析（时间过半、任务过半）</Subtitle2>
      <div className={styles.row}>
        <Field label="检查时点" className={styles.field}>
          <Select value={stage} onChange={(_, d) => pick(d.value)}>
            <option value="today">今天</option>
            {STAGES.map((s) => (
              <option key={s.id} value={s.id}>{s.label}末（{stageDate(s, year).slice(5)}）</option>
            ))}
            <option value="custom">指定日期</option>
          </Select>
        </Field>
        <Field label="检查日期" className={styles.field} validationMessage={dateOk ? undefined : "如 2023-06-30"}>
          <Input className={styles.input} value={date} onChange={(_, d) => { setDate(d.value); setStage("custom"); }} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="时间进度计算" className={styles.field}>
          <Select value={basis} onChange={(_, d) => setBasis(d.value as TimeBasis)}>
            {BASES.map((b) => (
              <option key={b.value} value={b.value}>{b.label}</option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" icon={<ChartMultipleRegular />} disabled={busy || !dateOk} onClick={() => onCheck({ checkDate: date, basis })}>
          进度分析
        </Button>
      </div>
      {STAGES.some((s) => s.id === stage) && (
        <Button icon={<ClipboardTaskListLtrRegular />} disabled={busy} onClick={() => onStage(stage as StageId)}>
          {STAGES.find((s) => s.id === stage)?.label}阶段检查（全部台账）
        </Button>
      )}
      {current && !current.ok && <Caption1>{current.message}</Caption1>}
      {current && current.ok && (
        <>
          <Caption1>{current.basisLabel}</Caption1>
          {current.warnings.map((w) => (
            <Caption1 key={w}>注意：{w}</Caption1>
          ))}
          <Table size="extra-small" aria-label="各单位进度">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>单位</TableHeaderCell>
                <TableHeaderCell>时间进度</TableHeaderCell>
                <TableHeaderCell>任务进度</TableHeaderCell>
                <TableHeaderCell>逾期/滞后</TableHeaderCell>
                <TableHeaderCell>过半</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...current.units, current.total].map((u) => (
                <TableRow key={u.unit}>
                  <TableCell>{u.unit}</TableCell>
                  <TableCell>{u.timeProgress === null ? "—" : pct(u.timeProgress)}</TableCell>
                  <TableCell>{u.taskProgress === null ? "—" : pct(u.taskProgress)}</TableCell>
                  <TableCell>{u.counts["逾期"]}/{u.counts["滞后"]}</TableCell>
                  <TableCell>
                    {u.pass === null ? <Badge appearance="outline">无法判断</Badge> : u.pass ? <Badge color="success">达到</Badge> : <Badge color="danger">未达到</Badge>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
