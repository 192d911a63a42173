/** 模板: create the standard template of any list on a new sheet. */
import * as React from "react";
import { Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { LISTS } from "../../domain/lists/catalogue";
import type { TemplateRequest } from "../hooks/usePane";
import { splitNames } from "../../domain/text/splitNames";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  year: { width: "88px", flexShrink: 0 },
  input: { width: "100%", minWidth: 0 },
});

export function TemplateForm({ busy, disabled, defaultYear, defaultUnit, onCreate }: { busy: boolean; disabled: boolean; defaultYear: number; defaultUnit?: string; onCreate(r: TemplateRequest): void }) {
  const styles = useStyles();
  const [list, setList] = React.useState(LISTS[0].id);
  const [unit, setUnit] = React.useState(defaultUnit ?? "");
  const [year, setYear] = React.useState(String(defaultYear));
  const [units, setUnits] = React.useState("");
  const yearNumber = Number(year);
  const yearOk = /^\d{4}$/.test(year) && yearNumber >= 2000 && yearNumber <= 2100;
  return (
    <section className={styles.root} aria-label="模板">
      <Subtitle2 as="h2">模板</Subtitle2>
      <Field label="清单">
        <Select value={list} onChange={(_, d) => setList(d.value)}>
          {LISTS.map((l) => (
            <option key={l.id} value={l.id}>{l.name}</option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label="填报单位" className={styles.grow}>
          <Input className={styles.input} value={unit} placeholder="如：柳林镇" onChange={(_, d) => setUnit(d.value)} />
        </Field>
        <Field label="年度" className={styles.year} validationMessage={yearOk ? undefined : "请填四位年份"}>
          <Input className={styles.input} value={year} inputMode="numeric" onChange={(_, d) => setYear(d.value)} />
        </Field>
      </div>
      <Field label="责任单位下拉选项（可不填）" hint="用顿号或逗号分开，如：经发办、农业办、教育办">
        <Input className={styles.input} value={units} onChange={(_, d) => setUnits(d.value)} />
      </Field>
      <Button appearance="primary" icon={<AddRegular />} disabled={busy || disabled || !yearOk} onClick={() => onCreate({ list, unit, year: yearNumber, units: splitNames(units) })}>
        新建模板
      </Button>
    </section>
  );
}
