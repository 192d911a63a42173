/**
 * The pane's behaviour: boot the session, follow the sheets, inspect the active one, open a
 * file and download the result (browser edition), create templates. Views only render it.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetInfo } from "../../workbook/port";
import { inspectSheet, SheetInspection } from "../../features/inspect";
import { createTemplate } from "../../features/template";
import { downloadName, openXlsx, Session } from "../host/session";
import { toSentence } from "../strings";
import { describeReport, loadSettings, saveSettings, validateSheet } from "../../features/validate";
import { clearAllMarks } from "../../features/marks";
import { standardizeSheet } from "../../features/standardize";
import { checkProgress, describeProgress } from "../../features/progress";
import { describeStage, stageCheck } from "../../features/stageCheck";
import type { StageId } from "../../domain/progress/stages";
import type { ProgressReport } from "../../domain/progress/types";
import type { ProgressRequest } from "../views/ProgressView";
import type { Finding, SheetReport, ValidationSettings } from "../../domain/validate/types";

export interface TemplateRequest {
  list: string;
  unit: string;
  year: number;
  /** Units for the 责任单位 drop-down (may be empty). */
  units?: string[];
}

export interface PaneState {
  session: Session | null;
  sheets: SheetInfo[];
  active: string;
  inspection: SheetInspection | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
  /** The last validation report (of `report.sheet`). */
  report: SheetReport | null;
  /** The validation settings stored in the workbook. */
  settings: ValidationSettings | null;
  /** The last progress check (of `progress.sheet`). */
  progress: ProgressReport | null;
}

export function usePane(boot: () => Promise<Session>) {
  const [state, setState] = useState<PaneState>({
    session: null, sheets: [], active: "", inspection: null, busy: true, error: null, notice: null, report: null, settings: null, progress: null,
  });
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  const refresh = useCallback(
    async (session: Session, notice: string | null = null, extra: Partial<PaneState> = {}) => {
      const wb = session.wb;
      if (!wb) {
        patch({ session, sheets: [], active: "", inspection: null, busy: false, notice });
        return;
      }
      try {
        const sheets = await wb.listSheets();
        const active = await wb.activeSheet();
        const inspection = sheets.length ? await inspectSheet(wb, active) : null;
        const settings = await loadSettings(wb);
        patch({ session, sheets, active, inspection, settings, busy: false, error: null, notice, ...extra });
      } catch (e) {
        patch({ session, busy: false, error: toSentence(e) });
      }
    },
    [patch],
  );

  // Inside Excel the clerk switches sheets in the workbook itself: follow along.
  const current = useRef<Session | null>(null);
  current.current = state.session;
  const following = state.session?.onSheetChange;
  useEffect(() => {
    if (!following) return;
    let live = true;
    // Following is a convenience: where the host cannot (ExcelApi < 1.7), 重新识别 still works.
    following(() => {
      if (live && current.current) void refresh(current.current);
    }).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [following, refresh, patch]);

  useEffect(() => {
    let live = true;
    boot()
      .then((session) => {
        if (live) return refresh(session);
      })
      .catch((e) => {
        if (live) patch({ busy: false, error: toSentence(e) });
      });
    return () => {
      live = false;
    };
  }, [boot, refresh, patch]);

  const run = useCallback(
    async (work: (session: Session) => Promise<{ session?: Session; notice?: string; extra?: Partial<PaneState> } | void>) => {
      const session = state.session;
      if (!session) return;
      patch({ busy: true, error: null, notice: null });
      try {
        const out = (await work(session)) || {};
        await refresh(out.session ?? session, out.notice ?? null, out.extra);
      } catch (e) {
        patch({ busy: false, error: toSentence(e) });
      }
    },
    [state.session, patch, refresh],
  );

  const openFile = useCallback(
    (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }) =>
      run(async (s) => {
        if (!/\.xlsx$/i.test(file.name)) throw new Error(`“${file.name}”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再打开。`);
        const session = await openXlsx(s.mode, await file.arrayBuffer(), file.name);
        return { session, notice: `已打开“${file.name}”。`, extra: { report: null } };
      }),
    [run],
  );

  const selectSheet = useCallback((name: string) => run(async (s) => void (await s.wb?.activateSheet(name))), [run]);

  const reinspect = useCallback(() => run(async () => undefined), [run]);

  const newTemplate = useCallback(
    (req: TemplateRequest) =>
      run(async (s) => {
        if (!s.wb) throw new Error("还没有打开工作簿。请先打开一个 .xlsx 文件。");
        const name = await createTemplate(s.wb, req.list, { unit: req.unit.trim() || undefined, year: req.year, units: req.units });
        return { notice: `已新建工作表“${name}”。` };
      }),
    [run],
  );

  const download = useCallback(
    () =>
      run(async (s) => {
        if (!s.save || !s.fileName) throw new Error("当前没有可下载的文件。");
        const bytes = await s.save();
        const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = downloadName(s.fileName);
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
        return { notice: `已生成下载文件“${a.download}”。` };
      }),
    [run],
  );

  const validate = useCallback(
    () =>
      run(async (s) => {
        if (!s.wb) throw new Error("还没有打开工作簿。请先打开一个 .xlsx 文件。");
        const report = await validateSheet(s.wb);
        if (!report.list) throw new Error(describeReport(report));
        return { notice: describeReport(report), extra: { report } };
      }),
    [run],
  );

  const standardize = useCallback(
    () =>
      run(async (s) => {
        if (!s.wb) throw new Error("还没有打开工作簿。请先打开一个 .xlsx 文件。");
        const result = await standardizeSheet(s.wb);
        return { notice: result.summary };
      }),
    [run],
  );

  const progress = useCallback(
    (req: ProgressRequest) =>
      run(async (s) => {
        if (!s.wb) throw new Error("还没有打开工作簿。请先打开一个 .xlsx 文件。");
        const report = await checkProgress(s.wb, req);
        return { notice: describeProgress(report), extra: { progress: report } };
      }),
    [run],
  );

  const stage = useCallback(
    (id: StageId) =>
      run(async (s) => {
        if (!s.wb) throw new Error("还没有打开工作簿。请先打开一个 .xlsx 文件。");
        return { notice: describeStage(await stageCheck(s.wb, { stage: id })) };
      }),
    [run],
  );

  const clearMarks = useCallback(
    () =>
      run(async (s) => {
        if (!s.wb) return;
        return { notice: await clearAllMarks(s.wb), extra: { report: null } };
      }),
    [run],
  );

  const storeSettings = useCallback(
    (settings: ValidationSettings) =>
      run(async (s) => {
        if (!s.wb) return;
        await saveSettings(s.wb, settings);
        return { notice: "校验设置已保存在本工作簿中。" };
      }),
    [run],
  );

  const selectFinding = useCallback(
    (f: Finding) => {
      const wb = state.session?.wb;
      if (!wb || !f.cell) return;
      wb.selectCell(f.sheet, f.cell).catch((e) => patch({ error: toSentence(e) }));
    },
    [state.session, patch],
  );

  return { state, openFile, selectSheet, reinspect, newTemplate, download, validate, standardize, progress, stage, clearMarks, storeSettings, selectFinding };
}
