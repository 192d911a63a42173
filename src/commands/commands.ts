/**
 * The ribbon's function file (commands.html): the 一键校验, 规范化 and 清除标记 buttons.
 *
 * How a button tells the clerk what happened: Excel has no toast or status-bar API for add-ins,
 * and a function command has no UI of its own. The documented way for a function command to
 * show a message is a dialog (Office.context.ui.displayDialogAsync, DialogApi 1.1). So each
 * command opens notice.html — a small dialog with the zh-CN message and a 知道了 button — and
 * calls `event.completed()` only once the dialog is closed, because the function file's runtime
 * (and its dialog) ends when the command completes or after 5 minutes; runCommand.ts keeps the
 * whole command inside that. Where the host has DialogApi 1.2 the dialog opens at once saying
 * "working…" and the result replaces it (`Dialog.messageChild`).
 *
 * The hosts: the add-in needs ExcelApi 1.13 (Excel 2021 or later, Microsoft 365, Mac, the web;
 * src/workbook/officejs/hostSupport.ts); a host without it is told so before any work. A host
 * whose web view is Internet Explorer 11 never loads this bundle: commands.html's ES5 boot script
 * (src/legacy/legacyBoot.js) gives its buttons a dialog saying which Excel is needed. A shared
 * runtime (`Office.addin`, SharedRuntime 1.1, on every host with ExcelApi 1.13) would let the
 * ribbon tell the pane directly; it is not used: see docs/decisions.md "Editions and hosts".
 *
 * What each command does is in runCommand.ts; this file only wires in Office (and is loaded
 * by test/manifest/commandsWiring.test.ts with a fake Office over FakeExcel).
 */
import { OfficeJsWorkbook } from "../workbook/officejs/OfficeJsWorkbook";
import { browserEditionUrl, OPTIONAL_SETS, officeRequirements, REQUIRED_SET, supports } from "../workbook/officejs/hostSupport";
import { makeHandler, type CommandDeps } from "./runCommand";
import { openNotice, showNotice, type NoticeEnv } from "./showNotice";
import { say } from "../messages";

/** notice.html sits next to commands.html wherever the add-in is served. */
function noticePage(): string {
  return new URL("notice.html", window.location.href).href;
}

function noticeEnv(timeoutMs: number | undefined): NoticeEnv {
  return {
    ui: Office.context.ui,
    messageEvent: Office.EventType.DialogMessageReceived,
    closedEvent: Office.EventType.DialogEventReceived,
    succeeded: Office.AsyncResultStatus.Succeeded,
    timeoutMs,
    warn: (m) => console.warn(m),
  };
}

const deps: CommandDeps = {
  // Even rows of the store for the ribbon, odd for the pane: they run apart (settingsLayout.ts).
  workbook: () => new OfficeJsWorkbook((batch) => Excel.run(batch), { storeRows: "even" }),
  hostProblem: () =>
    supports(officeRequirements(), REQUIRED_SET, true) ? null : say("host.tooOld", { url: browserEditionUrl(window.location.href) }),
  notify: (message, timeoutMs) => showNotice(noticeEnv(timeoutMs), noticePage(), message),
  progress: (message, timeoutMs) =>
    supports(officeRequirements(), OPTIONAL_SETS.dialogMessages, false) ? openNotice(noticeEnv(timeoutMs), noticePage(), message, true) : null,
};

if (typeof Office !== "undefined") {
  void Office.onReady();
  // Written out one by one: the manifest check reads these names from the source.
  Office.actions.associate("validateActiveSheet", makeHandler("validateActiveSheet", deps));
  Office.actions.associate("standardizeActiveSheet", makeHandler("standardizeActiveSheet", deps));
  Office.actions.associate("clearMarks", makeHandler("clearMarks", deps));
  Office.actions.associate("rankUnits", makeHandler("rankUnits", deps));
}
