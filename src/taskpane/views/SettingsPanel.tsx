/** 校验设置: rules on/off and their severity, plan year, tolerance; saved in the workbook. */
import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, makeStyles, Select, Switch, tokens,
} from "@fluentui/react-components";
import { RULE_IDS, RuleId, Severity, ValidationSettings } from "../../domain/validate/types";
import { RULES } from "../../domain/validate/catalogue";
import { resolveRule } from "../../domain/validate/settings";
import { readTolerancePercent, readYear } from "../../features/input";
import { say } from "../../messages";
import { severityLabel } from "./ValidationView";
import { FieldProblem } from "./FieldProblem";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rule: { display: "grid", gridTemplateColumns: "1fr 84px", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  small: { width: "96px" },
  input: { width: "100%", minWidth: 0 },
});

const yearText = (s: ValidationSettings): string => (s.year ? String(s.year) : "");
const toleranceText = (s: ValidationSettings): string => String(Math.round(s.tolerance * 100));

export function SettingsPanel({ settings, busy, onSave }: { settings: ValidationSettings; busy: boolean; onSave(s: ValidationSettings): void }) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<ValidationSettings>(settings);
  const [year, setYear] = React.useState(yearText(settings));
  const [tolerance, setTolerance] = React.useState(toleranceText(settings));
  // The settings are read from the workbook after every command: when what it holds changed
  // (saved here, or by another edition), show that; an unsaved draft survives other refreshes.
  const stored = JSON.stringify(settings);
  React.useEffect(() => {
    const s = JSON.parse(stored) as ValidationSettings;
    setDraft(s);
    setYear(yearText(s));
    setTolerance(toleranceText(s));
  }, [stored]);
  // The same checks as the CLI's --year and --tolerance, with the same sentences.
  const yearRead = year.trim() === "" ? undefined : readYear(year, say("pane.settings.year"));
  const tolRead = readTolerancePercent(tolerance, say("pane.settings.toleranceField"));
  const yearBad = yearRead && !yearRead.ok ? yearRead.message : undefined;
  const tolBad = tolRead.ok ? undefined : tolRead.message;
  const yearProblem = React.useId();
  const tolProblem = React.useId();
  const setRule = (id: RuleId, change: { enabled?: boolean; severity?: Severity }) =>
    setDraft((d) => ({ ...d, rules: { ...d.rules, [id]: { ...resolveRule(d, id), ...change } } }));
  const save = () => {
    if (yearRead && !yearRead.ok) return;
    if (tolRead.ok) onSave({ ...draft, year: yearRead?.value, tolerance: tolRead.value });
  };
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader>{say("pane.settings.title")}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <div className={styles.row}>
            <Field label={say("pane.settings.year")} className={styles.small} hint={say("pane.settings.yearHint")} validationState={yearBad ? "error" : "none"}>
              <Input className={styles.input} value={year} aria-describedby={yearBad && yearProblem} onChange={(_, d) => setYear(d.value)} />
            </Field>
            <Field label={say("pane.settings.tolerance")} className={styles.small} validationState={tolBad ? "error" : "none"}>
              <Input className={styles.input} value={tolerance} aria-describedby={tolBad && tolProblem} onChange={(_, d) => setTolerance(d.value)} />
            </Field>
          </div>
          <FieldProblem id={yearProblem} sentence={yearBad} />
          <FieldProblem id={tolProblem} sentence={tolBad} />
          {RULE_IDS.map((id) => {
            const r = resolveRule(draft, id);
            return (
              <div key={id} className={styles.rule}>
                <Switch checked={r.enabled} label={RULES[id].title} onChange={(_, d) => setRule(id, { enabled: d.checked })} />
                <Select
                  size="small"
                  aria-label={say("pane.settings.severityOf", { rule: RULES[id].title })}
                  value={r.severity}
                  disabled={!r.enabled}
                  onChange={(_, d) => setRule(id, { severity: d.value as Severity })}
                >
                  {(["error", "warning", "info"] as const).map((s) => (
                    <option key={s} value={s}>{severityLabel(s)}</option>
                  ))}
                </Select>
              </div>
            );
          })}
          <Button disabled={busy || Boolean(yearBad) || Boolean(tolBad)} onClick={save}>
            {say("pane.settings.save")}
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
