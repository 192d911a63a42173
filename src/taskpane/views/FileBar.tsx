/**
 * Browser edition: open one or several .xlsx files from this computer, see which are open (each
 * with its unit and list) and which is current, pick a sheet, download the current workbook with
 * its results or every open file as one .zip.
 */
import * as React from "react";
import { Button, Caption1, Field, makeStyles, mergeClasses, MessageBar, MessageBarBody, MessageBarTitle, Select, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular, FolderZipRegular } from "@fluentui/react-icons";
import type { SheetInfo } from "../../workbook/port";
import type { OpenFileInfo } from "../hooks/useSession";
import { say } from "../../messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { display: "none" },
  losses: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  file: {
    display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%", minWidth: 0, textAlign: "start",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`, backgroundColor: "transparent", cursor: "pointer",
    color: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: { backgroundColor: tokens.colorBrandBackground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}` },
  fileIcon: { flexShrink: 0, fontSize: "16px", color: tokens.colorNeutralForeground3 },
  fileText: { display: "flex", flexDirection: "column", minWidth: 0 },
  fileName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  fileWhat: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

export interface FileBarProps {
  fileName?: string;
  /** What the download will lack or change of the current file (one sentence each). */
  losses?: string[];
  /** The open files (browser edition) and the current one's index. */
  files?: OpenFileInfo[];
  current?: number;
  sheets: SheetInfo[];
  active: string;
  busy: boolean;
  canOpen: boolean;
  canDownload: boolean;
  onOpen(files: File[]): void;
  onSwitch?(index: number): void;
  onSelect(sheet: string): void;
  onDownload(): void;
  onDownloadAll?(): void;
}

/** What a file is, as the list says it: unit and list, the list alone, or that none was found. */
export function fileWhat(f: OpenFileInfo): string {
  if (f.unit && f.list) return say("workspace.fileUnit", { unit: f.unit, list: f.list });
  if (f.list) return say("workspace.fileList", { list: f.list });
  return say("workspace.fileUnknown");
}

export function FileBar(p: FileBarProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const visible = p.sheets.filter((s) => s.visible);
  const files = p.files ?? [];
  return (
    <section className={styles.root} aria-label={say("pane.file.region")}>
      <div className={styles.buttons}>
        {p.canOpen && (
          <Button icon={<FolderOpenRegular />} disabled={p.busy} onClick={() => input.current?.click()}>
            {say("pane.file.open")}
          </Button>
        )}
        {p.canDownload && (
          <Button icon={<ArrowDownloadRegular />} disabled={p.busy} onClick={p.onDownload}>
            {say("pane.file.download")}
          </Button>
        )}
        {p.canDownload && files.length > 1 && p.onDownloadAll && (
          <Button icon={<FolderZipRegular />} disabled={p.busy} onClick={p.onDownloadAll}>
            {say("workspace.downloadAll")}
          </Button>
        )}
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={say("pane.file.choose")}
          onChange={(e) => {
            const chosen = [...(e.target.files ?? [])];
            if (chosen.length > 0) p.onOpen(chosen);
            e.target.value = "";
          }}
        />
      </div>
      {files.length > 1 ? (
        <ul className={styles.list} aria-label={say("workspace.files")}>
          {files.map((f, i) => (
            <li key={`${i}:${f.name}`}>
              <button
                type="button"
                className={mergeClasses(styles.file, i === p.current && styles.current)}
                aria-current={i === p.current ? "true" : undefined}
                disabled={p.busy}
                onClick={() => p.onSwitch?.(i)}
              >
                <DocumentTableRegular className={styles.fileIcon} />
                <span className={styles.fileText}>
                  <span className={styles.fileName}>{f.name}</span>
                  <Caption1 className={styles.fileWhat}>{fileWhat(f)}</Caption1>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        p.fileName && <Caption1>{say("pane.file.current", { file: p.fileName })}</Caption1>
      )}
      {p.losses && p.losses.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{say("pane.file.losses")}</MessageBarTitle>
            <ul className={styles.losses} aria-label={say("pane.file.losses")}>
              {p.losses.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {visible.length > 0 && (
        <Field label={say("pane.file.sheet")}>
          <Select value={p.active} disabled={p.busy} onChange={(_, d) => p.onSelect(d.value)}>
            {visible.map((s) => (
              <option key={s.name} value={s.name}>{s.name}</option>
            ))}
          </Select>
        </Field>
      )}
    </section>
  );
}
