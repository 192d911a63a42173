/**
 * Show the clerk a short message from a ribbon function command: a small Office dialog
 * (notice.html) with the text and a 知道了 button. Resolves when the dialog is closed (button,
 * the dialog's ×, or the time limit) or could not be opened, so the caller can then call
 * `event.completed()`: the function file's runtime, and with it the dialog, ends at that moment.
 */
import { say } from "../messages";

/** The Office pieces used, structurally (Office.context.ui, Office.EventType, …). */
export interface NoticeEnv {
  ui: {
    displayDialogAsync(
      startAddress: string,
      options: { height?: number; width?: number; displayInIframe?: boolean },
      callback: (result: { status: unknown; value: NoticeDialog; error?: { code?: number; message?: string } }) => void,
    ): void;
  };
  /** Office.EventType.DialogMessageReceived */
  messageEvent: unknown;
  /** Office.EventType.DialogEventReceived */
  closedEvent: unknown;
  /** Office.AsyncResultStatus.Succeeded */
  succeeded: unknown;
  /** Close the dialog by itself after this long (ms): the command runtime ends at 5 minutes. */
  timeoutMs?: number;
  setTimer?: (f: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
  /** Where a failure to open the dialog is reported (a developer's console). */
  warn?: (message: string) => void;
}

/** What a dialog event handler receives (as Office.Dialog.addEventHandler declares it). */
export type DialogEventArg = { message: string; origin: string | undefined } | { error: number };

/** The part of Office.Dialog used. */
export interface NoticeDialog {
  addEventHandler(eventType: never, handler: (arg: DialogEventArg) => void): void;
  close(): void;
}

/** 4½ minutes: under Office's 5-minute limit for a function command. */
export const NOTICE_TIMEOUT_MS = 270_000;

/** The query parameter that carries the message to notice.html. */
export const NOTICE_PARAM = "m";

/** Messages are 1–3 sentences; a cap keeps the dialog URL short whatever a feature returns. */
export const NOTICE_MAX_CHARS = 400;

/** The dialog's URL: notice.html next to the function file, the message in the query. */
export function noticeUrl(pageUrl: string, message: string): string {
  const url = new URL(pageUrl);
  const text = message.length > NOTICE_MAX_CHARS ? message.slice(0, NOTICE_MAX_CHARS - 1) + "…" : message;
  url.search = "";
  url.hash = "";
  url.searchParams.set(NOTICE_PARAM, text);
  return url.href;
}

export function showNotice(env: NoticeEnv, pageUrl: string, message: string): Promise<void> {
  const setTimer = env.setTimer ?? ((f: () => void, ms: number) => setTimeout(f, ms));
  const clearTimer = env.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>));
  return new Promise<void>((resolve) => {
    let done = false;
    let dialog: NoticeDialog | undefined;
    const finish = (closeDialog: boolean) => {
      if (done) return;
      done = true;
      clearTimer(timer);
      if (closeDialog && dialog) {
        try {
          dialog.close();
        } catch {
          // Already gone.
        }
      }
      resolve();
    };
    const timer = setTimer(() => finish(true), env.timeoutMs ?? NOTICE_TIMEOUT_MS);
    try {
      env.ui.displayDialogAsync(noticeUrl(pageUrl, message), { height: 40, width: 35, displayInIframe: true }, (result) => {
        if (result.status !== env.succeeded) {
          env.warn?.(say("ribbon.noticeFailed", { detail: `${result.error?.code ?? ""} ${result.error?.message ?? ""}`, message }));
          finish(false);
          return;
        }
        dialog = result.value;
        if (done) {
          // The time limit passed before Office answered: nobody waits for this dialog now.
          try {
            dialog.close();
          } catch {
            // Already gone.
          }
          return;
        }
        // notice.html sends a message when 知道了 is pressed; the × (or any dialog error) is an event.
        dialog.addEventHandler(env.messageEvent as never, () => finish(true));
        dialog.addEventHandler(env.closedEvent as never, () => finish(false));
      });
    } catch (e) {
      env.warn?.(say("ribbon.noticeFailed", { detail: String((e as Error)?.message ?? e), message }));
      finish(false);
    }
  });
}
