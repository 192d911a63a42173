/** 排名: the check date, the figure ranked and how ties share a rank; the ranking with its lights. */
import * as React from "react";
import { Badge, Button, Caption1, Field, Input, makeStyles, Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from "@fluentui/react-components";
import { TrophyRegular } from "@fluentui/react-icons";
import { RANK_METRICS, type Light, type Ranking, type RankMetric, type TieStyle } from "../../domain/rank/rank";
import { metricLabel } from "../../features/rank";
import { readDate } from "../../features/input";
import { say } from "../../messages";
import type { RankRequest } from "../hooks/useRank";
import { FieldProblem } from "./FieldProblem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  field: { flexGrow: 1, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

function LightBadge({ light }: { light: Light | null }) {
  if (light === null) return <Badge appearance="outline">{say("pane.progress.unknown")}</Badge>;
  const color = light === "红" ? "danger" : light === "黄" ? "warning" : "success";
  return <Badge color={color}>{light}</Badge>;
}

export interface RankViewProps {
  today: string;
  ranking: Ranking | null;
  busy: boolean;
  onRank(r: RankRequest): void;
}

export function RankView({ today, ranking, busy, onRank }: RankViewProps) {
  const styles = useStyles();
  const [date, setDate] = React.useState(today);
  const [metric, setMetric] = React.useState<RankMetric>("progress");
  const [ties, setTies] = React.useState<TieStyle>("excel");
  const checked = readDate(date, say("pane.rank.date"));
  const problemId = React.useId();
  return (
    <section className={styles.root} aria-label={say("pane.rank.region")}>
      <Subtitle2 as="h2">{say("pane.rank.title")}</Subtitle2>
      <div className={styles.row}>
        <Field label={say("pane.rank.date")} className={styles.field} validationState={checked.ok ? "none" : "error"}>
          <Input className={styles.input} value={date} aria-describedby={checked.ok ? undefined : problemId} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label={say("pane.rank.metric")} className={styles.field}>
          <Select value={metric} onChange={(_, d) => setMetric(d.value as RankMetric)}>
            {RANK_METRICS.map((m) => (
              <option key={m} value={m}>{metricLabel(m)}</option>
            ))}
          </Select>
        </Field>
      </div>
      <FieldProblem id={problemId} sentence={checked.ok ? undefined : checked.message} />
      <div className={styles.row}>
        <Field label={say("pane.rank.ties")} className={styles.field}>
          <Select value={ties} onChange={(_, d) => setTies(d.value as TieStyle)}>
            <option value="excel">{say("rank.ties.excel")}</option>
            <option value="chinese">{say("rank.ties.chinese")}</option>
          </Select>
        </Field>
        <Button appearance="primary" icon={<TrophyRegular />} disabled={busy || !checked.ok} onClick={() => checked.ok && onRank({ checkDate: checked.value, metric, ties })}>
          {say("pane.rank.run")}
        </Button>
      </div>
      {ranking && (
        <Table size="extra-small" aria-label={say("pane.rank.table")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{say("rank.head.rank")}</TableHeaderCell>
              <TableHeaderCell>{say("sheets.head.unit")}</TableHeaderCell>
              <TableHeaderCell>{metricLabel(ranking.metric)}</TableHeaderCell>
              <TableHeaderCell>{say("rank.head.light")}</TableHeaderCell>
              <TableHeaderCell>{say("sheets.head.note")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ranking.ranked.map((r) => (
              <TableRow key={r.unit}>
                <TableCell>{r.tied ? say("rank.tied", { rank: r.rank }) : r.rank}</TableCell>
                <TableCell>{r.unit}</TableCell>
                <TableCell>{(r.permille / 10).toFixed(1)}%</TableCell>
                <TableCell>
                  <LightBadge light={r.light} />
                </TableCell>
                <TableCell>{r.group}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {ranking?.unranked.map((u) => (
        <Caption1 key={u.unit}>{say("pane.rank.unranked", { unit: u.unit, reason: u.reason })}</Caption1>
      ))}
    </section>
  );
}
