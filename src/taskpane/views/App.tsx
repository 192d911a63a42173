/** The task pane: mode line, file bar (browser edition), the active sheet, templates. */
import * as React from "react";
import { Divider, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { usePane } from "../hooks/usePane";
import type { Session } from "../host/session";
import { ModeBar } from "./ModeBar";
import { FileBar } from "./FileBar";
import { SheetView } from "./SheetView";
import { TemplateForm } from "./TemplateForm";
import { ValidationView } from "./ValidationView";
import { SettingsPanel } from "./SettingsPanel";
import { ProgressView } from "./ProgressView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
});

export function App({ boot, thisYear, today }: { boot: () => Promise<Session>; thisYear: number; today: string }) {
  const styles = useStyles();
  const { state, openFile, selectSheet, reinspect, newTemplate, download, validate, standardize, progress, stage, clearMarks, storeSettings, selectFinding } = usePane(boot);
  const { session, busy } = state;
  const mode = session?.mode ?? null;
  const inExcel = mode === "excel";
  const recognised = state.inspection?.recognition.ok ? state.inspection.recognition : null;
  return (
    <div className={styles.root}>
      <ModeBar mode={mode} />
      <main className={styles.body}>
        {busy && <Spinner size="tiny" label="处理中……" />}
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody>{state.error}</MessageBarBody>
          </MessageBar>
        )}
        {state.notice && (
          <MessageBar intent="success">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
        {session && !inExcel && (
          <FileBar
            fileName={session.fileName}
            sheets={state.sheets}
            active={state.active}
            busy={busy}
            canOpen
            canDownload={Boolean(session.save)}
            onOpen={openFile}
            onSelect={selectSheet}
            onDownload={download}
          />
        )}
        {session?.wb && (
          <>
            <SheetView active={state.active} inspection={state.inspection} busy={busy} onRefresh={reinspect} />
            <Divider />
            <ValidationView report={state.report} active={state.active} busy={busy} onValidate={validate} onStandardize={standardize} onClear={clearMarks} onSelect={selectFinding} />
            {state.settings && <SettingsPanel settings={state.settings} busy={busy} onSave={storeSettings} />}
            <Divider />
            <ProgressView
              year={recognised?.year?.value ?? thisYear}
              today={today}
              report={state.progress}
              active={state.active}
              busy={busy}
              onCheck={progress}
              onStage={stage}
            />
            <Divider />
            <TemplateForm
              key={recognised?.unit?.value ?? ""}
              busy={busy}
              disabled={!session.wb}
              defaultYear={recognised?.year?.value ?? thisYear}
              defaultUnit={recognised?.unit?.value}
              onCreate={newTemplate}
            />
          </>
        )}
      </main>
    </div>
  );
}
