/** 模板: create the standard template of any list on a new sheet. */
import * as React from "react";
import { Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { LISTS } from "../../domain/lists/catalogue";
import { splitNames } from "../../domain/text/splitNames";
import { readYear } from "../../features/input";
import { say } from "../../messages";
import type { TemplateRequest } from "../hooks/useTemplate";
import { FieldProblem } from "./FieldProblem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  year: { width: "88px", flexShrink: 0 },
  input: { width: "100%", minWidth: 0 },
});

export interface TemplateFormProps {
  busy: boolean;
  disabled: boolean;
  defaultYear: number;
  defaultUnit?: string;
  onCreate(r: TemplateRequest): void;
}

export function TemplateForm({ busy, disabled, defaultYear, defaultUnit, onCreate }: TemplateFormProps) {
  const styles = useStyles();
  const [list, setList] = React.useState(LISTS[0].id);
  const [unit, setUnit] = React.useState(defaultUnit ?? "");
  const [year, setYear] = React.useState(String(defaultYear));
  const [units, setUnits] = React.useState("");
  // The same check as the CLI's --year, with the same sentence.
  const yearRead = readYear(year, say("pane.template.year"));
  const problemId = React.useId();
  return (
    <section className={styles.root} aria-label={say("pane.template.title")}>
      <Subtitle2 as="h2">{say("pane.template.title")}</Subtitle2>
      <Field label={say("pane.template.list")}>
        <Select value={list} onChange={(_, d) => setList(d.value)}>
          {LISTS.map((l) => (
            <option key={l.id} value={l.id}>{l.name}</option>
          ))}
          <option value="units">{say("merge.directory.sheet")}</option>
        </Select>
      </Field>
      <div className={styles.row}>
        <Field label={say("pane.template.unit")} className={styles.grow}>
          <Input className={styles.input} value={unit} placeholder={say("pane.template.unitPlaceholder")} onChange={(_, d) => setUnit(d.value)} />
        </Field>
        <Field label={say("pane.template.year")} className={styles.year} validationState={yearRead.ok ? "none" : "error"}>
          <Input
            className={styles.input}
            value={year}
            inputMode="numeric"
            aria-describedby={yearRead.ok ? undefined : problemId}
            onChange={(_, d) => setYear(d.value)}
          />
        </Field>
      </div>
      <FieldProblem id={problemId} sentence={yearRead.ok ? undefined : yearRead.message} />
      <Field label={say("pane.template.units")} hint={say("pane.template.unitsHint")}>
        <Input className={styles.input} value={units} onChange={(_, d) => setUnits(d.value)} />
      </Field>
      <Button
        appearance="primary"
        icon={<AddRegular />}
        disabled={busy || disabled || !yearRead.ok}
        onClick={() => yearRead.ok && onCreate({ list, unit, year: yearRead.value, units: splitNames(units) })}
      >
        {say("pane.template.create")}
      </Button>
    </section>
  );
}
