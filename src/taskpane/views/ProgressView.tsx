/** 进度分析: pick the check date (a stage or a day) and the time basis; see each unit's T, P and pass. */
import * as React from "react";
import {
  Badge, Button, Caption1, Field, Input, makeStyles, Select, Subtitle2,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from "@fluentui/react-components";
import { ChartMultipleRegular, ClipboardTaskListLtrRegular } from "@fluentui/react-icons";
import { STAGES, stageDate, type StageId } from "../../domain/progress/stages";
import { pct } from "../../domain/progress/messages";
import { TIME_BASES, type ProgressReady, type TimeBasis, type UnitProgress } from "../../domain/progress/types";
import { readDate } from "../../features/input";
import { say } from "../../messages";
import type { ProgressRequest } from "../hooks/useProgress";
import { FieldProblem } from "./FieldProblem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  field: { flexGrow: 1, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

/** A time basis as the pane names it. */
function basisLabel(b: TimeBasis): string {
  return b === "calendar" ? say("pane.progress.basis.calendar") : b === "month" ? say("pane.progress.basis.month") : say("pane.progress.basis.workday");
}

function PassBadge({ pass }: { pass: boolean | null }) {
  if (pass === null) return <Badge appearance="outline">{say("pane.progress.unknown")}</Badge>;
  return pass ? <Badge color="success">{say("pane.progress.pass")}</Badge> : <Badge color="danger">{say("pane.progress.fail")}</Badge>;
}

const share = (x: number | null): string => (x === null ? say("pane.progress.noValue") : pct(x));

export interface ProgressViewProps {
  /** The plan year the stage dates are shown for. */
  year: number;
  today: string;
  /** The active sheet's last progress check, or null. */
  report: ProgressReady | null;
  busy: boolean;
  onCheck(r: ProgressRequest): void;
  onStage(stage: StageId): void;
}

export function ProgressView({ year, today, report, busy, onCheck, onStage }: ProgressViewProps) {
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
  // The same check as the CLI's --date: `2023-02-30` is refused here, with the same sentence.
  const checked = readDate(date, say("pane.progress.date"));
  const chosenStage = STAGES.find((s) => s.id === stage);
  const problemId = React.useId();
  return (
    <section className={styles.root} aria-label={say("pane.progress.region")}>
      <Subtitle2 as="h2">{say("pane.progress.title")}</Subtitle2>
      <div className={styles.row}>
        <Field label={say("pane.progress.when")} className={styles.field}>
          <Select value={stage} onChange={(_, d) => pick(d.value)}>
            <option value="today">{say("pane.progress.today")}</option>
            {STAGES.map((s) => (
              <option key={s.id} value={s.id}>{say("pane.progress.stageOption", { stage: s.label, date: stageDate(s, year).slice(5) })}</option>
            ))}
            <option value="custom">{say("pane.progress.custom")}</option>
          </Select>
        </Field>
        <Field label={say("pane.progress.date")} className={styles.field} validationState={checked.ok ? "none" : "error"}>
          <Input
            className={styles.input}
            value={date}
            aria-describedby={checked.ok ? undefined : problemId}
            onChange={(_, d) => {
              setDate(d.value);
              setStage("custom");
            }}
          />
        </Field>
      </div>
      <FieldProblem id={problemId} sentence={checked.ok ? undefined : checked.message} />
      <div className={styles.row}>
        <Field label={say("pane.progress.basis")} className={styles.field}>
          <Select value={basis} onChange={(_, d) => setBasis(d.value as TimeBasis)}>
            {TIME_BASES.map((b) => (
              <option key={b} value={b}>{basisLabel(b)}</option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" icon={<ChartMultipleRegular />} disabled={busy || !checked.ok} onClick={() => checked.ok && onCheck({ checkDate: checked.value, basis })}>
          {say("pane.progress.run")}
        </Button>
      </div>
      {chosenStage && (
        <Button icon={<ClipboardTaskListLtrRegular />} disabled={busy} onClick={() => onStage(chosenStage.id)}>
          {say("pane.progress.stage", { stage: chosenStage.label })}
        </Button>
      )}
      {report && (
        <>
          <Caption1>{report.basisLabel}</Caption1>
          {report.warnings.map((w) => (
            <Caption1 key={w}>{say("pane.progress.warning", { warning: w })}</Caption1>
          ))}
          <Table size="extra-small" aria-label={say("pane.progress.table")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{say("pane.progress.column.unit")}</TableHeaderCell>
                <TableHeaderCell>{say("pane.progress.column.time")}</TableHeaderCell>
                <TableHeaderCell>{say("pane.progress.column.task")}</TableHeaderCell>
                <TableHeaderCell>{say("pane.progress.column.behind")}</TableHeaderCell>
                <TableHeaderCell>{say("pane.progress.column.pass")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...report.units, report.total].map((u: UnitProgress) => (
                <TableRow key={u.unit}>
                  <TableCell>{u.unit}</TableCell>
                  <TableCell>{share(u.timeProgress)}</TableCell>
                  <TableCell>{share(u.taskProgress)}</TableCell>
                  <TableCell>{say("pane.progress.behind", { overdue: u.counts["逾期"], lagging: u.counts["滞后"] })}</TableCell>
                  <TableCell>
                    <PassBadge pass={u.pass} />
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
