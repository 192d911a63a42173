/**
 * The session section (the file bar and what every other section stands on): boot the session
 * (Excel, or the browser edition's sample), the workbook's sheets and the active one, follow the
 * clerk to another sheet inside Excel, open a file, pick a sheet, download the result.
 *
 * After every command the pane reads the workbook afresh (`refresh`): the sheets, the active
 * sheet, and each section's own state through the reload it registered (`useReload`): settings,
 * marks and results are whatever the workbook holds now, so what the ribbon did is seen too.
 * The reloads' results are applied together, so the pane never shows one sheet's name over
 * another sheet's content.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SheetInfo, WorkbookPort } from "../../workbook/port";
import { cannot, done, type Cannot } from "../../features/outcome";
import { say } from "../../messages";
import { downloadName, openPickedFile, type PickedFile, type Session } from "../host/session";
import { offerDownload, ZIP_TYPE } from "../host/download";
import { inspectSheets } from "../../features/inspect";
import { WorkbookError } from "../../workbook/port";
import type { Runner, Said } from "./useRunner";

/** What a refresh read from the workbook. */
export interface WorkbookView {
  wb: WorkbookPort | null;
  sheets: SheetInfo[];
  /** The active sheet's name ("" without a workbook). */
  active: string;
}

/** A section's reload, done: how to show it (applied with every other section's), and why it could not, if so. */
export interface Reloaded {
  apply(): void;
  cannot?: Cannot;
}

/** A section's reload: read what the section shows from the workbook. */
export type Reload = (view: WorkbookView) => Promise<Reloaded>;

/** A file open in the browser edition, as the file list shows it. */
export interface OpenFileInfo {
  name: string;
  /** The unit its first ledger sheet names, if any. */
  unit?: string;
  /** The list its first ledger sheet is, if any. */
  list?: string;
}

interface OpenFile {
  session: Session;
  unit?: string;
  list?: string;
}

interface SessionState {
  session: Session | null;
  sheets: SheetInfo[];
  active: string;
  /** Counts the refreshes: a view drawn from the workbook (the workspace's grid) reads it again when this moves. */
  revision: number;
  /** The files open (browser edition), and which is current (-1: none). */
  files: OpenFileInfo[];
  current: number;
}

/** Which unit and list a workbook's first ledger sheet is (nothing when it has none, or cannot say). */
async function describe(wb: WorkbookPort | null): Promise<{ unit?: string; list?: string }> {
  if (!wb) return {};
  const inspected = await inspectSheets(wb, { sheets: "all" }).catch(() => null);
  const first = inspected?.ok ? inspected.value.sheets.find((s) => s.ok) : undefined;
  if (!first?.ok) return {};
  const unit = first.value.unit?.value;
  return { list: first.value.list.name, ...(unit && { unit }) };
}

/** Files in a .zip (jszip loaded on first use). */
async function zipOf(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "jszip" */ "jszip");
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export interface SessionApi extends SessionState {
  runner: Runner;
  /** Run a command on the workbook, then refresh; no workbook is a `Cannot`. */
  command(work: (wb: WorkbookPort) => Promise<Said>): Promise<void>;
  /** Register a section's reload (returns the unregister). */
  register(reload: Reload): () => void;
  /** 重新识别: read the workbook afresh. */
  reread(): Promise<void>;
  openFile(file: PickedFile): Promise<void>;
  /** Open several files (browser edition); the first becomes current, the sample makes way, a file opened again replaces its earlier copy. */
  openFiles(files: readonly PickedFile[]): Promise<void>;
  /** Make another open file current. */
  switchFile(index: number): Promise<void>;
  selectSheet(name: string): Promise<void>;
  download(): Promise<void>;
  /** Every open file with its results, as one .zip. */
  downloadAll(): Promise<void>;
}

async function readView(wb: WorkbookPort | null): Promise<WorkbookView> {
  if (!wb) return { wb, sheets: [], active: "" };
  const sheets = await wb.listSheets();
  return { wb, sheets, active: await wb.activeSheet() };
}

export function useSession(boot: () => Promise<Session>, runner: Runner): SessionApi {
  const { run } = runner;
  const [state, setState] = useState<SessionState>({ session: null, sheets: [], active: "", revision: 0, files: [], current: -1 });
  const current = useRef<Session | null>(null);
  /** The files open in the browser edition (the session booted with among them), in the order opened. */
  const open = useRef<OpenFile[]>([]);
  const reloads = useRef(new Set<Reload>());

  const register = useCallback((reload: Reload) => {
    reloads.current.add(reload);
    return () => void reloads.current.delete(reload);
  }, []);

  /** Read the workbook of `next` (default: the current session) and every section's state; the first `Cannot`. */
  const refresh = useCallback(async (next?: Session): Promise<Cannot | undefined> => {
    const session = next ?? current.current;
    if (!session) return undefined;
    let thrown: { e: unknown } | undefined;
    let view: WorkbookView;
    try {
      view = await readView(session.wb);
    } catch (e) {
      // No sheet to show (none visible, Excel refusing): every section shows nothing, not the last file's.
      thrown = { e };
      view = { wb: session.wb, sheets: [], active: "" };
    }
    const loaded: Reloaded[] = [];
    for (const reload of [...reloads.current]) {
      try {
        loaded.push(await reload(view));
      } catch (e) {
        thrown ??= { e };
      }
    }
    current.current = session;
    if (!open.current.some((f) => f.session === session)) open.current = [...open.current, { session, ...(await describe(session.wb)) }];
    const files = open.current.map(({ session: s, unit, list }) => ({ name: s.fileName ?? "", ...(unit && { unit }), ...(list && { list }) }));
    const index = open.current.findIndex((f) => f.session === session);
    setState((s) => ({ session, sheets: view.sheets, active: view.active, revision: s.revision + 1, files, current: index }));
    for (const l of loaded) l.apply();
    if (thrown) throw thrown.e;
    return loaded.find((l) => l.cannot)?.cannot;
  }, []);

  const command = useCallback(
    (work: (wb: WorkbookPort) => Promise<Said>) =>
      run(async () => {
        const wb = current.current?.wb;
        if (!wb) return cannot("no-workbook", say("cannot.noWorkbook"));
        const said = await work(wb);
        const problem = await refresh();
        return said && !said.ok ? said : (problem ?? said);
      }),
    [run, refresh],
  );

  useEffect(() => {
    let live = true;
    void run(async () => {
      const session = await boot();
      if (!live) return;
      const problem = await refresh(session);
      return session.problem ? cannot("no-workbook", session.problem) : problem;
    });
    return () => {
      live = false;
    };
  }, [boot, run, refresh]);

  // Inside Excel the clerk switches sheets in the workbook itself: follow along. Following is a
  // convenience: where the host cannot (ExcelApi < 1.7), 重新识别 still works.
  const following = state.session?.onSheetChange;
  useEffect(() => {
    if (!following) return;
    let live = true;
    following(() => {
      if (live) void run(() => refresh());
    }).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [following, run, refresh]);

  const reread = useCallback(() => run(() => refresh()), [run, refresh]);

  const openFiles = useCallback(
    (files: readonly PickedFile[]) =>
      run(async () => {
        const mode = current.current?.mode;
        if (!mode || files.length === 0) return;
        const opened: Session[] = [];
        const refused: string[] = [];
        for (const file of files) {
          try {
            opened.push(await openPickedFile(mode, file));
          } catch (e) {
            if (!(e instanceof WorkbookError) || files.length === 1) throw e;
            refused.push(say("pane.files.refused", { file: file.name, reason: e.message }));
          }
        }
        if (opened.length === 0) return cannot("unreadable-file", refused.join(""));
        // The sample makes way for the clerk's own files.
        open.current = open.current.filter((f) => !f.session.sample);
        for (const session of opened) {
          const again = open.current.findIndex((f) => f.session.fileName === session.fileName);
          const entry = { session, ...(await describe(session.wb)) };
          if (again >= 0) open.current = open.current.map((f, i) => (i === again ? entry : f));
          else open.current = [...open.current, entry];
        }
        const problem = await refresh(opened[0]);
        if (problem) return problem;
        const names = opened.map((s) => s.fileName ?? "");
        const said = names.length === 1 ? say("pane.file.opened", { file: names[0] }) : say("pane.files.opened", { count: names.length });
        return refused.length > 0 ? cannot("unreadable-file", said + refused.join("")) : done(said);
      }),
    [run, refresh],
  );

  const openFile = useCallback((file: PickedFile) => openFiles([file]), [openFiles]);

  const switchFile = useCallback(
    (index: number) =>
      run(async () => {
        const file = open.current[index];
        if (!file) return;
        return refresh(file.session);
      }),
    [run, refresh],
  );

  const selectSheet = useCallback((name: string) => command((wb) => wb.activateSheet(name)), [command]);

  const download = useCallback(
    () =>
      run(async () => {
        const session = current.current;
        if (!session?.save || !session.fileName) return cannot("no-workbook", say("cannot.noDownload"));
        const name = downloadName(session.fileName);
        offerDownload(await session.save(), name);
        return done(say("pane.file.downloaded", { file: name }));
      }),
    [run],
  );

  const downloadAll = useCallback(
    () =>
      run(async () => {
        const saving = open.current.filter((f) => f.session.save && f.session.fileName);
        if (saving.length === 0) return cannot("no-workbook", say("cannot.noDownload"));
        const files = await Promise.all(saving.map(async (f) => ({ name: downloadName(f.session.fileName ?? ""), bytes: await f.session.save!() })));
        const name = say("pane.files.zipName", { count: files.length });
        offerDownload(await zipOf(files), name, ZIP_TYPE);
        return done(say("pane.file.downloaded", { file: name }));
      }),
    [run],
  );

  return { ...state, runner, command, register, reread, openFile, openFiles, switchFile, selectSheet, download, downloadAll };
}

/** Register a section's reload with the session for as long as the section is shown. `reload` should be stable. */
export function useReload(session: SessionApi, reload: Reload): void {
  const { register } = session;
  useEffect(() => register(reload), [register, reload]);
}

/**
 * A section's last result, shown while its workbook is open and the sheet it was written to
 * (`sheetOf`; none: not written) is still there: the progress, rank and merge sections.
 */
export function useShownWhileWritten<T>(session: SessionApi, sheetOf: (value: T) => string | undefined): [{ wb: WorkbookPort; value: T } | null, (shown: { wb: WorkbookPort; value: T }) => void] {
  const [shown, setShown] = useState<{ wb: WorkbookPort; value: T } | null>(null);
  const sheetRef = useRef(sheetOf);
  sheetRef.current = sheetOf;
  const reload = useCallback<Reload>(async ({ wb, sheets }) => ({
    apply: () =>
      setShown((s) => {
        if (!s || s.wb !== wb) return null;
        const written = sheetRef.current(s.value);
        return written === undefined || sheets.some((x) => x.name === written) ? s : null;
      }),
  }), []);
  useReload(session, reload);
  return [shown, setShown];
}
