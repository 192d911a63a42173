/**
 * The pane's behaviour: boot the session, follow the sheets, inspect the active one, open a
 * file and download the result (browser edition), create templates. Views only render it.
 */
import { useCallback, useEffect, useState } from "react";
import type { SheetInfo } from "../../workbook/port";
import { inspectSheet, SheetInspection } from "../../features/inspect";
import { createTemplate } from "../../features/template";
import { downloadName, openXlsx, Session } from "../host/session";
import { toSentence } from "../strings";

export interface TemplateRequest {
  list: string;
  unit: string;
  year: number;
}

export interface PaneState {
  session: Session | null;
  sheets: SheetInfo[];
  active: string;
  inspection: SheetInspection | null;
  busy: boolean;
  error: string | null;
  notice: string | null;
}

export function usePane(boot: () => Promise<Session>) {
  const [state, setState] = useState<PaneState>({
    session: null, sheets: [], active: "", inspection: null, busy: true, error: null, notice: null,
  });
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  const refresh = useCallback(
    async (session: Session, notice: string | null = null) => {
      const wb = session.wb;
      if (!wb) {
        patch({ session, sheets: [], active: "", inspection: null, busy: false, notice });
        return;
      }
      try {
        const sheets = await wb.listSheets();
        const active = await wb.activeSheet();
        const inspection = sheets.length ? await inspectSheet(wb, active) : null;
        patch({ session, sheets, active, inspection, busy: false, error: null, notice });
      } catch (e) {
        patch({ session, busy: false, error: toSentence(e) });
      }
    },
    [patch],
  );

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
    async (work: (session: Session) => Promise<{ session?: Session; notice?: string } | void>) => {
      const session = state.session;
      if (!session) return;
      patch({ busy: true, error: null, notice: null });
      try {
        const out = (await work(session)) || {};
        await refresh(out.session ?? session, out.notice ?? null);
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
        return { session, notice: `已打开“${file.name}”。` };
      }),
    [run],
  );

  const selectSheet = useCallback((name: string) => run(async (s) => void (await s.wb?.activateSheet(name))), [run]);

  const reinspect = useCallback(() => run(async () => undefined), [run]);

  const newTemplate = useCallback(
    (req: TemplateRequest) =>
      run(async (s) => {
        if (!s.wb) throw new Error("还没有打开工作簿。请先打开一个 .xlsx 文件。");
        const name = await createTemplate(s.wb, req.list, { unit: req.unit.trim() || undefined, year: req.year });
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

  return { state, openFile, selectSheet, reinspect, newTemplate, download };
}
