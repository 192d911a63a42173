/**
 * The notice dialog (notice.html), opened by a ribbon command through `openNotice`: shows the
 * message from the URL at once (without waiting for Office), and 知道了 asks the command to
 * close the dialog. Where the host can send the dialog messages (DialogApi 1.2), the page says
 * it listens (`ready`) and shows each text the command sends: the ribbon opens it with
 * "working…" and sends the result. No React, no Fluent: this page must be tiny and open fast.
 */
import { NOTICE_CLOSE, NOTICE_PARAM, NOTICE_READY } from "./showNotice";
import { OPTIONAL_SETS, officeRequirements, supports } from "../workbook/officejs/hostSupport";
import { say } from "../messages";

/** Put `message` in the page (as text, never as HTML). */
export function showMessage(doc: Document, message: string): void {
  const text = doc.getElementById("message");
  if (text) text.textContent = message || say("ribbon.done");
}

/** Put the message from `search` into the page; wire the button to `close`. */
export function renderNotice(doc: Document, search: string, close: () => void): void {
  showMessage(doc, new URLSearchParams(search).get(NOTICE_PARAM) ?? "");
  const button = doc.getElementById("ok");
  if (button) {
    button.addEventListener("click", close);
    (button as HTMLButtonElement).focus();
  }
}

/** Ask the command's page to close this dialog; outside Office, just close the window. */
export function closeNotice(): void {
  if (typeof Office === "undefined") {
    window.close();
    return;
  }
  void Office.onReady().then(() => {
    try {
      Office.context.ui.messageParent(NOTICE_CLOSE);
    } catch {
      window.close();
    }
  });
}

/** The part of Office the listening uses (structurally, so a test can pass a fake). */
export interface ListenEnv {
  /** Office.context.ui */
  ui: {
    addHandlerAsync(eventType: unknown, handler: (arg: { message?: string }) => void, callback?: (result: { status: unknown }) => void): void;
    messageParent(message: string): void;
  };
  /** Office.EventType.DialogParentMessageReceived */
  parentMessageEvent: unknown;
  /** Office.AsyncResultStatus.Succeeded */
  succeeded: unknown;
}

/** Show every text the command sends, and tell it the page listens. */
export function listenForText(doc: Document, env: ListenEnv): void {
  try {
    env.ui.addHandlerAsync(
      env.parentMessageEvent,
      (arg) => {
        if (typeof arg.message === "string") showMessage(doc, arg.message);
      },
      (result) => {
        if (result.status === env.succeeded) env.ui.messageParent(NOTICE_READY);
      },
    );
  } catch {
    // The first text stays: the command then opens a new notice for its result.
  }
}

if (typeof document !== "undefined" && document.getElementById("message")) {
  renderNotice(document, window.location.search, closeNotice);
  if (typeof Office !== "undefined") {
    void Office.onReady().then(() => {
      if (!supports(officeRequirements(), OPTIONAL_SETS.dialogMessages, false)) return;
      listenForText(document, {
        ui: Office.context.ui as unknown as ListenEnv["ui"],
        parentMessageEvent: Office.EventType.DialogParentMessageReceived,
        succeeded: Office.AsyncResultStatus.Succeeded,
      });
    });
  }
}
