/** 校验设置: rules on/off and their severity, plan year, tolerance; saved in the workbook. */
import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, makeStyles, Select, Switch, tokens,
} from "@fluentui/react-components";
import { RULE_IDS, RuleId, Severity, ValidationSettings } from "../../domain/validate/types";
import { RULES } from "../../domain/validate/catalogue";
import { resolveRule } from "../../domain/validate/settings";
import { SEVERITY_LABEL } from "../../render/reportSheet";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  rule: { display: "grid", gridTemplateColumns: "1fr 84px", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
  small: { width: "96px" },
  input: { width: "100%", minWidth: 0 },
});

export function SettingsPanel({ settings, busy, onSave }: { settings: ValidationSettings; busy: boolean; onSave(s: ValidationSettings): void }) {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<ValidationSettings>(settings);
  const [year, setYear] = React.useState(settings.year ? String(settings.year) : "");
  const [tolerance, setTolerance] = React.useState(String(Math.round(settings.tolerance * 100)));
  React.useEffect(() => setDraft(settings), [settings]);
  const yearOk = year === "" || /^\d{4}$/.test(year);
  const tol = Number(tolerance);
  const tolOk = Number.isFinite(tol) && tol >= 0 && tol <= 50;
  const setRule = (id: RuleId, change: { enabled?: boolean; severity?: Severity }) =>
    setDraft((d) => ({ ...d, rules: { ...d.rules, [id]: { ...resolveRule(d, id), ...change } } }));
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader>校验设置</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <div className={styles.row}>
            <Field label="计划年度" className={styles.small} hint="标题中没有年份时使用" validationMessage={yearOk ? undefined : "四位年份"}>
              <Input className={styles.input} value={year} onChange={(_, d) => setYear(d.value)} />
            </Field>
            <Field label="容差（%）" className={styles.small} validationMessage={tolOk ? undefined : "0—50"}>
              <Input className={styles.input} value={tolerance} onChange={(_, d) => setTolerance(d.value)} />
            </Field>
          </div>
          {RULE_IDS.map((id) => {
            const r = resolveRule(draft, id);
            return (
              <div key={id} className={styles.rule}>
                <Switch checked={r.enabled} label={RULES[id].title} onChange={(_, d) => setRule(id, { enabled: d.checked })} />
                <Select size="small" aria-label={`${RULES[id].title}的级别`} value={r.severity} disabled={!r.enabled} onChange={(_, d) => setRule(id, { severity: d.value as Severity })}>
                  {(["error", "warning", "info"] as const).map((s) => (
                    <option key={s} value={s}>{SEVERITY_LABEL[s]}</option>
                  ))}
                </Select>
              </div>
            );
          })}
          <Button
            disabled={busy || !yearOk || !tolOk}
            onClick={() => onSave({ ...draft, year: year ? Number(year) : undefined, tolerance: tol / 100 })}
          >
            保存设置
          </Button>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
