/**
 * Rendering a pane section's hook on its own: the shared runner, the session (booted on a
 * workbook in memory) and the section under test, as the App composes them.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useRunner, type Runner } from "../../src/taskpane/hooks/useRunner";
import { useSession, type SessionApi } from "../../src/taskpane/hooks/useSession";
import type { Session } from "../../src/taskpane/host/session";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { CellValue } from "../../src/workbook/port";

export interface Rendered<T> {
  runner: Runner;
  session: SessionApi;
  part: T;
}

/** A browser-edition session on `wb` (a download is offered as `x（台账助手）.xlsx`). */
export function browserSession(wb: ExcelJsWorkbook, fileName = "x.xlsx"): Session {
  return { mode: "browser", wb, fileName, save: () => wb.save() };
}

/** Render `section` over a session booted by `boot`; resolves once the boot has settled. */
export async function renderSection<T>(boot: () => Promise<Session>, section: (session: SessionApi) => T) {
  const hook = renderHook(() => {
    const runner = useRunner();
    const session = useSession(boot, runner);
    const part = section(session);
    return { runner, session, part } as Rendered<T>;
  });
  await settled(hook.result);
  return hook;
}

/** Wait until no command runs and the session is up. */
export async function settled<T>(result: { current: Rendered<T> }): Promise<void> {
  await waitFor(() => {
    expect(result.current.session.session).not.toBeNull();
    expect(result.current.runner.busy).toBe(false);
  });
}

/** Run a command of the hook and wait for it (and its refresh) to finish. */
export async function perform<T>(result: { current: Rendered<T> }, command: (r: Rendered<T>) => Promise<void> | void): Promise<void> {
  await act(async () => {
    await command(result.current);
  });
  await settled(result);
}

/** The sheets a clerk sees, in tab order (the product's very hidden store left out). */
export async function visibleSheets(wb: ExcelJsWorkbook): Promise<string[]> {
  return (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name);
}

/** A workbook with a small ledger 台账 (active) and a sheet 预算 that is no ledger. */
export async function ledgerAndBudget(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  const rows: CellValue[][] = [
    ["柳林镇2023年度重点工作任务清单"],
    ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位", "完成进度"],
    [1, "招商引资", "引进项目3个", "每月外出招商2次", "年底前", "李明", "经发办", "60%"],
    [2, "户厕改造", "改造1200户", "分片包干", "6月底前", "王芳", "农业办", "30%"],
  ];
  await wb.writeSheet({ sheet: "台账", ifExists: "rename", rows });
  await wb.writeSheet({ sheet: "预算", ifExists: "rename", rows: [["科目", "金额"], ["办公费", 100]] });
  await wb.activateSheet("台账");
  return wb;
}

/** The sentence for a sheet that is not a ledger (the domain's, as the pane shows it). */
export function notALedger(sheet: string): string {
  return `工作表“${sheet}”不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。`;
}

let countyBytes: Promise<Uint8Array> | undefined;

/**
 * The county's 汇总 at 30 June 2024 (test/fixtures/countyFiles.ts): the first 12 units'
 * ledgers merged, the other 8 did not report. Built once per test file, a fresh workbook each call.
 */
export async function countyWorkbook(): Promise<ExcelJsWorkbook> {
  countyBytes ??= (async () => {
    const { mergeLedgers } = await import("../../src/features/merge");
    const { directoryFile, unitFile, UNITS } = await import("../fixtures/countyFiles");
    const wb = await ExcelJsWorkbook.load(await directoryFile());
    const files = await Promise.all(
      UNITS.slice(0, 12).map(async (unit, i) => {
        const f = await unitFile(unit, i);
        return { name: f.name, modified: i, open: () => ExcelJsWorkbook.load(f.bytes) };
      }),
    );
    const merged = await mergeLedgers(wb, { files, date: "2024-06-30" });
    if (!merged.ok) throw new Error(merged.message);
    return wb.save();
  })();
  return ExcelJsWorkbook.load(await countyBytes);
}
