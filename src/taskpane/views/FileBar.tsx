/** Browser edition: open a .xlsx from this computer, pick a sheet, download the result. */
import * as React from "react";
import { Button, Caption1, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import type { SheetInfo } from "../../workbook/port";
import { say } from "../../messages";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hidden: { display: "none" },
});

export interface FileBarProps {
  fileName?: string;
  sheets: SheetInfo[];
  active: string;
  busy: boolean;
  canOpen: boolean;
  canDownload: boolean;
  onOpen(file: File): void;
  onSelect(sheet: string): void;
  onDownload(): void;
}

export function FileBar(p: FileBarProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const visible = p.sheets.filter((s) => s.visible);
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
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={say("pane.file.choose")}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onOpen(f);
            e.target.value = "";
          }}
        />
      </div>
      {p.fileName && <Caption1>{say("pane.file.current", { file: p.fileName })}</Caption1>}
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
