/** The active sheet: the list it was recognised as and its column mapping (found / missing). */
import * as React from "react";
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle2,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { missingNames, type SheetInspection } from "../../features/inspect";
import type { Recognized } from "../../domain/recognize/types";
import { columnLetter } from "../../domain/text/a1";
import { say } from "../../messages";

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
      name: say("pane.sheet.months", { count: months.length }),
      required: false,
      col: months.length > 1 ? say("pane.sheet.monthRange", { first: columnLetter(first.col), last: columnLetter(last.col) }) : columnLetter(first.col),
      header: group || say("pane.sheet.monthHeaders", { first: first.header, last: last.header }),
    });
  }
  return rows;
}

export function SheetView({ active, inspection, busy, onRefresh }: { active: string; inspection: SheetInspection | null; busy: boolean; onRefresh(): void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={say("pane.sheet.region")}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{say("pane.sheet.title", { sheet: active || say("pane.sheet.none") })}</Subtitle2>
        <Button size="small" appearance="subtle" icon={<ArrowClockwiseRegular />} disabled={busy} onClick={onRefresh}>
          {say("pane.sheet.refresh")}
        </Button>
      </div>
      {inspection && !inspection.ok && (
        <MessageBar intent="warning">
          <MessageBarBody>{inspection.message}</MessageBarBody>
        </MessageBar>
      )}
      {inspection && inspection.ok && <Recognition r={inspection.value} />}
    </section>
  );
}

/** A recognised ledger: its list, header, year and unit, what is missing, and the column mapping. */
function Recognition({ r }: { r: Recognized }) {
  const styles = useStyles();
  const rows = r.dataRows.length;
  return (
    <>
      <div className={styles.facts}>
        <Caption1>{say("pane.sheet.list")}</Caption1>
        <Body1 aria-label={say("pane.sheet.listLabel")}>{say("pane.sheet.listName", { list: r.list.name })}</Body1>
        <Caption1>{say("pane.sheet.header")}</Caption1>
        <Body1>
          {r.headerTop === r.headerBottom
            ? say("pane.sheet.headerRow", { row: r.headerTop + 1, rows })
            : say("pane.sheet.headerRows", { top: r.headerTop + 1, bottom: r.headerBottom + 1, rows })}
        </Body1>
        <Caption1>{say("pane.sheet.year")}</Caption1>
        <Body1>{r.year ? say("pane.sheet.yearFound", { year: r.year.value }) : say("pane.sheet.yearMissing")}</Body1>
        <Caption1>{say("pane.sheet.unit")}</Caption1>
        <Body1>{r.unit?.value ?? say("pane.sheet.unitMissing")}</Body1>
      </div>
      {r.missing.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{say("pane.sheet.missing", { names: missingNames(r).join("、") })}</MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible defaultOpenItems={r.missing.length ? ["mapping"] : []}>
        <AccordionItem value="mapping">
          <AccordionHeader size="small">
            {r.missing.length
              ? say("pane.sheet.mappingMissing", { found: r.columns.length, missing: r.missing.length })
              : say("pane.sheet.mapping", { found: r.columns.length })}
          </AccordionHeader>
          <AccordionPanel>
            <Table size="extra-small" aria-label={say("pane.sheet.mappingTable")}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{say("pane.sheet.column.field")}</TableHeaderCell>
                  <TableHeaderCell>{say("pane.sheet.column.letter")}</TableHeaderCell>
                  <TableHeaderCell>{say("pane.sheet.column.header")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {mappingRows(r).map((m) => (
                  <TableRow key={m.key}>
                    <TableCell>
                      {m.name} {m.required && <Badge size="small" appearance="outline">{say("pane.sheet.required")}</Badge>}
                    </TableCell>
                    <TableCell>{m.col ?? <span className={styles.missing}>{say("pane.sheet.absent")}</span>}</TableCell>
                    <TableCell>{m.header}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}
