/** The active sheet: the list it was recognised as and its column mapping (found / missing). */
import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { SheetInspection } from "../../features/inspect";
import type { Recognized } from "../../domain/recognize/types";
import { columnLetter } from "../../domain/text/a1";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  missing: { color: tokens.colorPaletteRedForeground1 },
});

interface MappingRow {
  key: string;
  name: string;
  required: boolean;
  /** Column letter(s), or undefined when missing. */
  col?: string;
  header: string;
}

/** One row per found or missing field; the twelve month columns fold into one row. */
function mappingRows(r: Recognized): MappingRow[] {
  const rows: MappingRow[] = [];
  const months = r.columns.filter((c) => c.field.startsWith("month"));
  for (const spec of r.list.columns) {
    if (spec.kind === "month") continue;
    const found = r.columns.find((c) => c.field === spec.field);
    if (!found && !r.missing.includes(spec.field)) continue;
    rows.push({ key: spec.field, name: spec.name, required: spec.required, col: found ? columnLetter(found.col) : undefined, header: found?.header ?? "" });
  }
  if (months.length) {
    const first = months[0];
    const last = months[months.length - 1];
    const group = first.header.includes("/") ? first.header.split("/")[0] : "";
    rows.push({
      key: "months",
      name: `月度列（${months.length}个）`,
      required: false,
      col: months.length > 1 ? `${columnLetter(first.col)}—${columnLetter(last.col)}` : columnLetter(first.col),
      header: group || `${first.header}…${last.header}`,
    });
  }
  return rows;
}

export function SheetView({ active, inspection, busy, onRefresh }: { active: string; inspection: SheetInspection | null; busy: boolean; onRefresh(): void }) {
  const styles = useStyles();
  const r = inspection?.recognition;
  return (
    <section className={styles.root} aria-label="当前工作表">
      <div className={styles.head}>
        <Subtitle2 as="h2">当前工作表：{active || "（无）"}</Subtitle2>
        <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} disabled={busy} onClick={onRefresh}>
          重新识别
        </Button>
      </div>
      {r && !r.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{r.message}</MessageBarBody>
        </MessageBar>
      )}
      {r && r.ok && (
        <>
          <div className={styles.facts}>
            <Caption1>清单</Caption1>
            <Body1 aria-label="识别的清单">《{r.list.name}》</Body1>
            <Caption1>表头</Caption1>
            <Body1>{r.headerTop === r.headerBottom ? `第 ${r.headerTop + 1} 行` : `第 ${r.headerTop + 1}—${r.headerBottom + 1} 行`}，数据 {r.dataRows.length} 行</Body1>
            <Caption1>年度</Caption1>
            <Body1>{r.year ? `${r.year.value} 年` : "未找到（可在标题中写明，如“2023年度”）"}</Body1>
            <Caption1>填报单位</Caption1>
            <Body1>{r.unit?.value ?? "未找到"}</Body1>
          </div>
          {r.missing.length > 0 && (
            <MessageBar intent="error">
              <MessageBarBody>
                缺少必需的列：{r.missing.map((f) => r.list.columns.find((c) => c.field === f)?.name ?? f).join("、")}。请在表头中补上这些列。
              </MessageBarBody>
            </MessageBar>
          )}
          <Accordion collapsible defaultOpenItems={r.missing.length ? ["mapping"] : []}>
            <AccordionItem value="mapping">
              <AccordionHeader size="small">列对应（找到 {r.columns.length} 列{r.missing.length ? `，缺少 ${r.missing.length} 列` : ""}）</AccordionHeader>
              <AccordionPanel>
          <Table size="extra-small" aria-label="列对应">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>项目</TableHeaderCell>
                <TableHeaderCell>列</TableHeaderCell>
                <TableHeaderCell>表头原文</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {mappingRows(r).map((m) => (
                <TableRow key={m.key}>
                  <TableCell>
                    {m.name} {m.required && <Badge size="small" appearance="outline">必需</Badge>}
                  </TableCell>
                  <TableCell>{m.col ?? <span className={styles.missing}>缺少</span>}</TableCell>
                  <TableCell>{m.header}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      )}
    </section>
  );
}
