/**
 * The notice dialog (notice.html), opened by a ribbon command through `showNotice`: shows the
 * message from the URL at once (without waiting for Office), and 知道了 asks the command to
 * close the dialog. No React, no Fluent: this page must be tiny and open fast.
 */
import { NOTICE_PARAM } from "./showNotice";
import { say } from "../messages";

/** Put the message from `search` into the page; wire the button to `close`. */
export function renderNotice(doc: Document, search: string, close: () => void): void {
  const message = new URLSearchParams(search).get(NOTICE_PARAM) ?? "";
  const text = doc.getElementById("message");
  if (text) text.textContent = message || say("ribbon.done");
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
      Office.context.ui.messageParent("close");
    } catch {
      window.close();
    }
  });
}

if (typeof document !== "undefined" && document.getElementById("message")) {
  renderNotice(document, window.location.search, closeNotice);
  if (typeof Office !== "undefined") void Office.onReady();
}
