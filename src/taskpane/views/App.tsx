/**
 * The task pane: mode line, file bar (browser edition), then one section per use case, each with
 * its hook (汇总 after 进度分析, 函件 after 排名). `focus`: the section the pane was opened on.
 */
import * as React from "react";
import { Divider, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from "@fluentui/react-components";
import { say } from "../../messages";
import type { Session } from "../host/session";
import { useRunner } from "../hooks/useRunner";
import { useSession } from "../hooks/useSession";
import { useInspection } from "../hooks/useInspection";
import { useValidation } from "../hooks/useValidation";
import { useSettings } from "../hooks/useSettings";
import { useProgress } from "../hooks/useProgress";
import { useTemplate } from "../hooks/useTemplate";
import { useMerge } from "../hooks/useMerge";
import { useRank } from "../hooks/useRank";
import { useLetters } from "../hooks/useLetters";
import type { PaneSection } from "../host/section";
import type { Finding } from "../../domain/validate/types";
import { ModeBar } from "./ModeBar";
import { FileBar } from "./FileBar";
import { SheetView } from "./SheetView";
import { TemplateForm } from "./TemplateForm";
import { ValidationView } from "./ValidationView";
import { SettingsPanel } from "./SettingsPanel";
import { ProgressView } from "./ProgressView";
import { RankView } from "./RankView";
import { MergeView } from "./MergeView";
import { LettersView } from "./LettersView";
import { useWorkspace } from "../workspace/useWorkspace";
import { useWide, WorkspaceLayout, type NarrowTab } from "../workspace/WorkspaceLayout";

/** The sheet beside the pane (browser edition), its code loaded when first shown, after the pane is up. */
const WorkspaceSheet = React.lazy(() => import(/* webpackChunkName: "workspace" */ "../workspace/WorkspaceSheet"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
});

export function App({ boot, thisYear, today, focus }: { boot: () => Promise<Session>; thisYear: number; today: string; focus?: PaneSection }) {
  const styles = useStyles();
  const runner = useRunner();
  const pane = useSession(boot, runner);
  const sheet = useInspection(pane);
  const validation = useValidation(pane);
  const settings = useSettings(pane);
  const progress = useProgress(pane);
  const merge = useMerge(pane);
  const rank = useRank(pane);
  const letters = useLetters(pane);
  const template = useTemplate(pane);
  const { session, active } = pane;
  const { busy, error, notice } = runner;
  const mode = session?.mode ?? null;
  const recognised = sheet.recognised;
  const wide = useWide();
  const [tab, setTab] = React.useState<NarrowTab>("pane");
  const browser = mode === "browser";
  const workspace = useWorkspace(pane, browser && (wide || tab === "sheet"));
  const selectFinding = (f: Finding) => {
    validation.selectFinding(f);
    if (f.cell && f.sheet === active) {
      workspace.revealCell(f.cell);
      if (!wide) setTab("sheet");
    }
  };
  const content = (
    <div className={styles.root}>
      <ModeBar mode={mode} />
      <main className={styles.body}>
        {busy && <Spinner size="tiny" label={say("pane.busy")} />}
        {error && (
          <MessageBar intent="error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        {notice && (
          <MessageBar intent="success">
            <MessageBarBody>{notice}</MessageBarBody>
          </MessageBar>
        )}
        {session && mode !== "excel" && (
          <FileBar
            fileName={session.fileName}
            losses={session.losses}
            files={pane.files}
            current={pane.current}
            sheets={pane.sheets}
            active={active}
            busy={busy}
            canOpen
            canDownload={Boolean(session.save)}
            onOpen={pane.openFiles}
            onSwitch={pane.switchFile}
            onSelect={pane.selectSheet}
            onDownload={pane.download}
            onDownloadAll={pane.downloadAll}
          />
        )}
        {session?.wb && (
          <>
            <SheetView active={active} inspection={sheet.inspection} busy={busy} onRefresh={sheet.reinspect} />
            <Divider />
            <ValidationView
              report={validation.report}
              busy={busy}
              onValidate={validation.validate}
              onStandardize={validation.standardize}
              onClear={validation.clearMarks}
              onSelect={selectFinding}
            />
            {settings.settings && <SettingsPanel settings={settings.settings} busy={busy} onSave={settings.save} />}
            <Divider />
            <ProgressView year={recognised?.year?.value ?? thisYear} today={today} report={progress.report} busy={busy} onCheck={progress.check} onStage={progress.stage} />
            <Divider />
            <MergeView
              files={merge.files}
              own={merge.own}
              progress={merge.progress}
              cancelling={merge.cancelling}
              shown={merge.shown}
              busy={busy}
              canDrop={mode !== "excel"}
              onAdd={merge.add}
              onClear={merge.clear}
              onOwn={merge.setOwn}
              onMerge={merge.merge}
              onCancel={merge.cancel}
            />
            <Divider />
            <RankView today={today} ranking={rank.ranking} busy={busy} onRank={rank.rank} />
            <Divider />
            <LettersView
              today={today}
              office={letters.office}
              choices={letters.choices}
              message={letters.message}
              warnings={letters.warnings}
              kept={letters.kept}
              repeat={letters.repeat}
              downloads={letters.downloads}
              busy={busy}
              focused={focus === "letters"}
              onDraft={letters.draft}
              onKeepLetter={letters.keepLetter}
              onKeepRow={letters.keepRow}
              onIssue={letters.issue}
              onTemplates={letters.createTemplates}
            />
            <Divider />
            <TemplateForm
              key={recognised?.unit?.value ?? ""}
              busy={busy}
              disabled={!session.wb}
              defaultYear={recognised?.year?.value ?? thisYear}
              defaultUnit={recognised?.unit?.value}
              onCreate={template.create}
            />
          </>
        )}
      </main>
    </div>
  );
  if (!browser || false) return content;
  const sheetView = (
    <React.Suspense fallback={<Spinner size="small" label={say("workspace.loading")} />}>
      <WorkspaceSheet grid={workspace.grid} problem={workspace.problem} reveal={workspace.reveal} sheets={pane.sheets} active={active} busy={busy} onSelectSheet={pane.selectSheet} onOpen={pane.openFiles} />
    </React.Suspense>
  );
  return <WorkspaceLayout pane={content} sheet={sheetView} tab={tab} onTab={setTab} />;
}
