/**
 * 汇总: choose the units' .xlsx files (the picker, and in the browser edition drag and drop onto
 * the section), start, follow the progress or cancel, then see what the office must be told.
 */
import * as React from "react";
import {
  Badge, Body1, Button, Caption1, Checkbox, Field, makeStyles, ProgressBar, Subtitle2, Text, tokens,
} from "@fluentui/react-components";
import { ArrowUploadRegular, DismissRegular, DocumentRegular, DocumentTableRegular, TableStackBelowRegular } from "@fluentui/react-icons";
import { say } from "../../messages";
import type { ChosenFile } from "../host/pickedFiles";
import type { MergeProgress, MergeShown } from "../hooks/useMerge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  zone: {
    display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2, textAlign: "center",
  },
  zoneOver: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  zoneIcon: { fontSize: "28px", color: tokens.colorNeutralForeground3 },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  fileIcon: { flexShrink: 0, fontSize: "16px", color: tokens.colorNeutralForeground3 },
  fileName: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  fileSize: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  progress: { flexGrow: 1, minWidth: 0 },
  result: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  badges: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  lines: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  hidden: { display: "none" },
});

/** `12.3 KB`, `1.5 MB`. */
function sizeOf(bytes: number): string {
  const kb = bytes / 1024;
  if (kb < 1024) return say("pane.merge.sizeKB", { size: Math.max(0.1, kb).toFixed(1) });
  return say("pane.merge.sizeMB", { size: (kb / 1024).toFixed(1) });
}

/** A file of the merge by its name (with the sheet when asked); a sheet of this workbook by its name. */
function source(file: string, sheet?: string, withSheet = true): string {
  if (!file) return say("pane.merge.ownSheet", { sheet: sheet ?? "" });
  return sheet && withSheet ? say("merge.fileWithSheet", { file, sheet }) : file;
}

/** What the running merge is doing. */
function progressText(p: MergeProgress): string {
  return p.file ? say("merge.progress", { n: p.done + 1, total: p.total, file: p.file }) : say("pane.merge.writing");
}

export interface MergeViewProps {
  files: ChosenFile[];
  own: boolean;
  progress: MergeProgress | null;
  cancelling: boolean;
  shown: MergeShown | null;
  busy: boolean;
  /** Files may be dropped onto the section (browser edition). */
  canDrop: boolean;
  onAdd(files: ChosenFile[]): void;
  onClear(): void;
  onOwn(own: boolean): void;
  onMerge(): void;
  onCancel(): void;
}

/** One thing to tell, under its heading. */
function Part({ title, children }: { title: string; children: React.ReactNode }) {
  const styles = useStyles();
  const id = React.useId();
  return (
    <div className={styles.part} role="group" aria-labelledby={id}>
      <Text as="h4" id={id} weight="semibold" className={styles.heading}>{title}</Text>
      {children}
    </div>
  );
}

function Result({ shown }: { shown: MergeShown }) {
  const styles = useStyles();
  const { result, errors } = shown;
  const { plan, skipped } = result;
  const id = React.useId();
  const clean = !plan.duplicates.length && !skipped.length && !errors.length;
  return (
    <div className={styles.result} role="group" aria-labelledby={id}>
      <Text as="h3" id={id} size={400} weight="semibold" className={styles.heading}>{say("pane.merge.result")}</Text>
      {!plan.hasDirectory && <Caption1>{say("merge.summary.noDirectory")}</Caption1>}
      {plan.hasDirectory && !plan.missing.length && <Body1>{say("pane.merge.noneMissing")}</Body1>}
      {clean && <Body1>{say("pane.merge.clean")}</Body1>}
      {plan.missing.length > 0 && (
        <Part title={say("pane.merge.missing", { count: plan.missing.length })}>
          <ul className={styles.badges}>
            {plan.missing.map((u) => (
              <li key={u}><Badge appearance="tint" color="danger">{u}</Badge></li>
            ))}
          </ul>
        </Part>
      )}
      {plan.duplicates.length > 0 && (
        <Part title={say("pane.merge.duplicates", { count: plan.duplicates.length })}>
          <ul className={styles.lines}>
            {plan.duplicates.map((d) => (
              <li key={`${d.list}\u0000${d.dropped.file}\u0000${d.dropped.sheet}`}>
                <Body1>{say("pane.merge.duplicate", { unit: d.unit, dropped: source(d.dropped.file, d.dropped.sheet, false), kept: source(d.kept.file, d.kept.sheet, false), why: say(`merge.by.${d.by}`) })}</Body1>
              </li>
            ))}
          </ul>
        </Part>
      )}
      {skipped.length > 0 && (
        <Part title={say("pane.merge.skipped", { count: skipped.length })}>
          <ul className={styles.lines}>
            {skipped.map((s) => (
              <li key={`${s.file}\u0000${s.sheet ?? ""}`}>
                <Body1>{say("merge.skipLine", { source: source(s.file, s.sheet), reason: s.reason })}</Body1>
              </li>
            ))}
          </ul>
        </Part>
      )}
      {errors.length > 0 && (
        <Part title={say("pane.merge.errors", { count: errors.length })}>
          <ul className={styles.lines}>
            {errors.map((e) => (
              <li key={e.unit}><Body1>{say("pane.merge.unitErrors", { unit: e.unit, rows: e.rows, errors: e.errors })}</Body1></li>
            ))}
          </ul>
        </Part>
      )}
      <Caption1>{say("pane.merge.details", { summary: result.summarySheet })}</Caption1>
    </div>
  );
}

export function MergeView(p: MergeViewProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const pick = (
    <Button icon={<DocumentRegular />} disabled={p.busy} onClick={() => input.current?.click()}>
      {say("pane.merge.pick")}
    </Button>
  );
  const carriesFiles = (e: React.DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes("Files");
  const drop = p.canDrop
    ? {
        onDragOver: (e: React.DragEvent) => {
          if (!carriesFiles(e)) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = p.busy ? "none" : "copy";
          setOver(true);
        },
        onDragLeave: (e: React.DragEvent) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
        },
        onDrop: (e: React.DragEvent) => {
          e.preventDefault();
          setOver(false);
          const dropped = Array.from(e.dataTransfer?.files ?? []);
          if (!p.busy && dropped.length) p.onAdd(dropped);
        },
      }
    : {};
  return (
    <section className={styles.root} aria-label={say("pane.merge.region")} {...drop}>
      <Subtitle2 as="h2">{say("pane.merge.title")}</Subtitle2>
      <Caption1>{say("pane.merge.hint")}</Caption1>
      {p.canDrop ? (
        <div role="group" aria-label={say("pane.merge.drop")} className={over ? `${styles.zone} ${styles.zoneOver}` : styles.zone}>
          <ArrowUploadRegular className={styles.zoneIcon} />
          <Body1>{say("pane.merge.drop")}</Body1>
          <Caption1>{say("pane.merge.dropOr")}</Caption1>
          {pick}
        </div>
      ) : (
        <div>{pick}</div>
      )}
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={say("pane.merge.choose")}
        onChange={(e) => {
          const picked = Array.from(e.target.files ?? []);
          if (picked.length) p.onAdd(picked);
          e.target.value = "";
        }}
      />
      {p.files.length > 0 && (
        <>
          <div className={styles.head}>
            <Body1>{say("pane.merge.files", { count: p.files.length })}</Body1>
            <Button appearance="subtle" size="small" icon={<DismissRegular />} disabled={p.busy} onClick={p.onClear}>
              {say("pane.merge.clear")}
            </Button>
          </div>
          <ul className={styles.list} aria-label={say("pane.merge.fileList")}>
            {p.files.map((f) => (
              <li key={`${f.name}\u0000${f.size}\u0000${f.lastModified}`} className={styles.file}>
                <DocumentTableRegular className={styles.fileIcon} />
                <Body1 className={styles.fileName} title={f.name}>{f.name}</Body1>
                <Caption1 className={styles.fileSize}>{sizeOf(f.size)}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      <Checkbox label={say("pane.merge.own")} checked={p.own} disabled={p.busy} onChange={(_, d) => p.onOwn(d.checked === true)} />
      {p.progress ? (
        <div className={styles.row}>
          <Field className={styles.progress} label={p.cancelling ? say("pane.merge.cancelling") : progressText(p.progress)}>
            <ProgressBar value={p.progress.total ? Math.min(p.progress.done, p.progress.total) / p.progress.total : undefined} max={1} />
          </Field>
          <Button icon={<DismissRegular />} disabled={p.cancelling} onClick={p.onCancel}>
            {say("pane.merge.cancel")}
          </Button>
        </div>
      ) : (
        <div>
          <Button appearance="primary" icon={<TableStackBelowRegular />} disabled={p.busy || (p.files.length === 0 && !p.own)} onClick={p.onMerge}>
            {say("pane.merge.run")}
          </Button>
        </div>
      )}
      {p.shown && !p.progress && <Result shown={p.shown} />}
    </section>
  );
}
