/**
 * The ribbon's function file (commands.html): the 一键校验, 规范化 and 清除标记 buttons.
 *
 * How a button tells the clerk what happened: Excel has no toast or status-bar API for add-ins,
 * and a function command has no UI of its own. The documented way for a function command to
 * show a message is a dialog (Office.context.ui.displayDialogAsync, DialogApi 1.1: Excel 2016
 * and later, web, Mac). So each command opens notice.html — a small dialog with the zh-CN
 * message and a 知道了 button — and calls `event.completed()` only once the dialog is closed,
 * because the function file's runtime (and its dialog) ends when the command completes or after
 * 5 minutes; the notice closes itself after 4½ minutes. The alternative, a shared runtime with
 * `Office.addin.showAsTaskpane()`, needs SharedRuntime 1.1 (Microsoft 365 / Excel 2021 and
 * later: not the Excel 2016/2019 still common in county offices) and a manifest <Runtimes>
 * section, so it is not used.
 *
 * What each command does is in runCommand.ts; this file only wires in Office (and is loaded
 * by test/manifest/commandsWiring.test.ts with a fake Office over FakeExcel).
 */
import { OfficeJsWorkbook } from "../workbook/officejs/OfficeJsWorkbook";
import { makeHandler, type CommandDeps } from "./runCommand";
import { showNotice } from "./showNotice";

/** notice.html sits next to commands.html wherever the add-in is served. */
function noticePage(): string {
  return new URL("notice.html", window.location.href).href;
}

const deps: CommandDeps = {
  workbook: () => new OfficeJsWorkbook((batch) => Excel.run(batch)),
  notify: (message) =>
    showNotice(
      {
        ui: Office.context.ui,
        messageEvent: Office.EventType.DialogMessageReceived,
        closedEvent: Office.EventType.DialogEventReceived,
        succeeded: Office.AsyncResultStatus.Succeeded,
        warn: (m) => console.warn(m),
      },
      noticePage(),
      message,
    ),
};

if (typeof Office !== "undefined") {
  void Office.onReady();
  // Written out one by one: the manifest check reads these names from the source.
  Office.actions.associate("validateActiveSheet", makeHandler("validateActiveSheet", deps));
  Office.actions.associate("standardizeActiveSheet", makeHandler("standardizeActiveSheet", deps));
  Office.actions.associate("clearMarks", makeHandler("clearMarks", deps));
}
