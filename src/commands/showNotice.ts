/**
 * Show the clerk a short message from a ribbon function command: a small Office dialog
 * (notice.html) with the text and a 知道了 button. `showNotice` resolves when the dialog is
 * closed (button, the dialog's ×, or the time limit) or could not be opened, so the caller can
 * then call `event.completed()`: the function file's runtime, and with it the dialog, ends at
 * that moment. `openNotice` gives the dialog as a handle whose text can change while it is open
 * (`Dialog.messageChild`, DialogApi 1.2): the ribbon opens it with "working…" and puts the result
 * in it when the command is done (runCommand.ts).
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

/** The part of Office.Dialog used (`messageChild`: DialogApi 1.2). */
export interface NoticeDialog {
  addEventHandler(eventType: never, handler: (arg: DialogEventArg) => void): void;
  close(): void;
  messageChild?(message: string): void;
}

/** What notice.html sends once it listens for new text (then `messageChild` reaches it). */
export const NOTICE_READY = "ready";

/** What notice.html sends when 知道了 is pressed. */
export const NOTICE_CLOSE = "close";

/** How long a new text waits for the dialog to say it listens before the caller is told no. */
export const NOTICE_READY_WAIT_MS = 10_000;

/** An open (or opening) notice. */
export interface NoticeHandle {
  /**
   * Show `message` in the dialog instead of its text: true once it was sent, false when the
   * dialog is gone, cannot take messages (no DialogApi 1.2) or did not say it listens in time.
   */
  update(message: string): Promise<boolean>;
  /** Resolves when the dialog is closed, could not be opened, or its time is up. */
  readonly closed: Promise<void>;
  /** Close it now (no-op when closed). */
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
  return openNotice(env, pageUrl, message).closed;
}

/** Open the notice; `canUpdate` says whether the host has `Dialog.messageChild` (DialogApi 1.2). */
export function openNotice(env: NoticeEnv, pageUrl: string, message: string, canUpdate = false): NoticeHandle {
  const setTimer = env.setTimer ?? ((f: () => void, ms: number) => setTimeout(f, ms));
  const clearTimer = env.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let done = false;
  let dialog: NoticeDialog | undefined;
  let ready = false;
  /** Texts waiting for the dialog to listen: each resolves true when sent, false when not. */
  const waiting: { text: string; answer: (sent: boolean) => void; timer: unknown }[] = [];
  let resolveClosed: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  const answerAll = (sent: boolean) => {
    for (const w of waiting.splice(0)) {
      clearTimer(w.timer);
      w.answer(sent);
    }
  };
  const flush = () => {
    if (!ready || !dialog?.messageChild || done) return;
    const last = waiting.at(-1);
    if (!last) return;
    try {
      dialog.messageChild(last.text);
      answerAll(true);
    } catch {
      answerAll(false);
    }
  };
  const finish = (closeDialog: boolean) => {
    if (done) return;
    done = true;
    clearTimer(timer);
    answerAll(false);
    if (closeDialog && dialog) {
      try {
        dialog.close();
      } catch {
        // Already gone.
      }
    }
    resolveClosed();
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
      // notice.html says when it listens, and when 知道了 is pressed; the × (or any dialog error) is an event.
      dialog.addEventHandler(env.messageEvent as never, (arg) => {
        if ("message" in arg && arg.message === NOTICE_READY) {
          ready = true;
          flush();
          return;
        }
        finish(true);
      });
      dialog.addEventHandler(env.closedEvent as never, () => finish(false));
    });
  } catch (e) {
    env.warn?.(say("ribbon.noticeFailed", { detail: String((e as Error)?.message ?? e), message }));
    finish(false);
  }
  return {
    closed,
    close: () => finish(true),
    update: (text) =>
      new Promise<boolean>((answer) => {
        if (done || !canUpdate) return answer(false);
        const entry = { text, answer, timer: undefined as unknown };
        entry.timer = setTimer(() => {
          const i = waiting.indexOf(entry);
          if (i >= 0) waiting.splice(i, 1);
          answer(false);
        }, NOTICE_READY_WAIT_MS);
        waiting.push(entry);
        flush();
      }),
  };
}
