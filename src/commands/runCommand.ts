/**
 * The ribbon's function commands without Office: which use case each button runs, the zh-CN
 * message the clerk reads, and the handler shape Office calls (`event.completed()` always,
 * last). The host comes in through `CommandDeps` (a workbook and a way to show a message), so
 * the tests run the real use cases over an in-memory workbook.
 *
 * The budget (docs/excel-hosts.md "Ribbon commands"): Office ends a function command 5 minutes
 * after the click, so the whole command — work and notice — fits in it. The work has 4 minutes
 * (`WORK_LIMIT_MS`); then the command stops at its next step (deadline.ts) and says so. The notice
 * closes itself 4¾ minutes after the click (`NOTICE_END_MS`), before Office would. Where the host
 * can change a dialog's text (DialogApi 1.2), the notice opens at once saying "working…" and
 * shows the result when it comes. One command at a time in this runtime: a click while one runs
 * is told so (`ribbon.busy`) and starts nothing, so two validations never run over one sheet.
 */
import type { WorkbookPort } from "../workbook/port";
import type { Outcome } from "../features/outcome";
import { describeSheet, validateSheets } from "../features/validate";
import { standardizeSheets } from "../features/standardize";
import { clearMarks } from "../features/marks";
import { rankSheet } from "../features/rank";
import { officeErrorCode, officeSentence } from "../workbook/officejs/officeErrors";
import { say, type MessageId } from "../messages";
import { Deadline, withDeadline } from "./deadline";
import type { NoticeHandle } from "./showNotice";

/** Office ends a function command this long after the click. */
export const COMMAND_LIMIT_MS = 300_000;
/** The work's share: after this the command stops and says so. */
export const WORK_LIMIT_MS = 240_000;
/** The notice closes itself this long after the click, leaving time for `event.completed()`. */
export const NOTICE_END_MS = 285_000;

/** The FunctionName values in manifest.xml. */
export const COMMAND_NAMES = ["validateActiveSheet", "standardizeActiveSheet", "clearMarks", "rankUnits"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What each button is called on the ribbon (for messages). */
const LABELS = {
  validateActiveSheet: "ribbon.validateActiveSheet",
  standardizeActiveSheet: "ribbon.standardizeActiveSheet",
  clearMarks: "ribbon.clearMarks",
  rankUnits: "ribbon.rankUnits",
} as const satisfies Record<CommandName, MessageId>;

/** Per button: the use case on the active sheet, and the sentence of its result. */
const COMMANDS: Record<CommandName, (wb: WorkbookPort) => Promise<Outcome<string>>> = {
  // 一键校验: validate the active sheet, write 校验结果 and the marks, report the counts.
  validateActiveSheet: async (wb) => {
    const o = await validateSheets(wb);
    return o.ok ? { ok: true, value: o.value.sheets.map(describeSheet).join("\n") } : o;
  },
  standardizeActiveSheet: async (wb) => {
    const o = await standardizeSheets(wb);
    return o.ok ? { ok: true, value: o.value.done.map((d) => d.summary).join("\n") } : o;
  },
  clearMarks: async (wb) => {
    const o = await clearMarks(wb);
    return o.ok ? { ok: true, value: o.value.message } : o;
  },
  // 生成排名: the 汇总 (else the active sheet) ranked by task progress as of today, 通报排名 written.
  rankUnits: async (wb) => {
    const o = await rankSheet(wb);
    return o.ok ? { ok: true, value: o.value.message } : o;
  },
};

/** What a command needs from its host. */
export interface CommandDeps {
  /** The workbook the command works on (made when the button is pressed). */
  workbook(): WorkbookPort;
  /**
   * Show the clerk a message; resolves when the clerk has seen it (or it cannot be shown), at the
   * latest after `timeoutMs` when given.
   */
  notify(message: string, timeoutMs?: number): Promise<void>;
  /**
   * Open a notice whose text can change (DialogApi 1.2) saying `message`, closing itself after
   * `timeoutMs`; null where the host cannot change a dialog's text (then only the result is shown).
   */
  progress?(message: string, timeoutMs: number): NoticeHandle | null;
  /** Why this host cannot run the commands at all (a sentence), or null (hostSupport.ts). */
  hostProblem?(): string | null;
  /** The clock (ms); Date.now by default. */
  now?(): number;
}

/**
 * The zh-CN sentence for a command that threw (a bug, or an Office error that escaped the
 * adapter): an Office code gets the same sentence the adapters give it; anything else is named.
 */
export function commandErrorMessage(name: CommandName, e: unknown): string {
  const command = say(LABELS[name]);
  const code = officeErrorCode(e);
  const message = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  if (code) return say("ribbon.failed", { command, reason: officeSentence(code, "write", message) });
  return say("ribbon.failedUnknown", { command, detail: message ? say("ribbon.detail", { detail: message }) : "" });
}

/** A command whose work has not settled (even after its time was up and the clerk was told). */
interface Running {
  name: CommandName;
  started: number;
  /** Its notice while the notice can still take a new text. */
  progress: NoticeHandle | null;
}

/** The command running in this runtime (Office may run a function file's commands in one page). */
let running: Running | null = null;
/** The dialogs, one after another: Office opens one dialog at a time (a second fails with 12007). */
let dialogs: Promise<void> = Promise.resolve();
/** Dialogs open or waiting their turn. */
let dialogCount = 0;

const TIMED_OUT = Symbol("timed out");

/** `p`, or TIMED_OUT after `ms` (the timer is cleared either way). */
function within<T>(p: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  if (ms <= 0) return Promise.resolve(TIMED_OUT);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Take a turn for a dialog lasting until `shown` settles (waiting for the one before, at most until `until`). */
function inTurn(show: (timeoutMs: number) => Promise<void>, until: number, now: () => number): Promise<void> {
  const before = dialogs;
  dialogCount++;
  const mine = (async () => {
    try {
      await within(before, until - now());
      const left = until - now();
      if (left > 0) await show(left);
    } finally {
      dialogCount--;
    }
  })();
  dialogs = mine.catch(() => undefined);
  return mine;
}

/** Run one command and tell the clerk how it went. Never throws. */
export async function runCommand(name: CommandName, deps: CommandDeps): Promise<void> {
  const now = deps.now ?? Date.now;
  const started = now();
  const until = started + NOTICE_END_MS;
  const command = say(LABELS[name]);
  const tell = (message: string) => inTurn((ms) => deps.notify(message, ms), until, now).catch(() => undefined);

  // A click while a command runs: say so, start nothing. (A command older than Office's limit
  // has been ended by Office; its work was stopped at its deadline.)
  const other = running;
  if (other && started - other.started < COMMAND_LIMIT_MS) {
    const busy = say("ribbon.busy", { running: say(LABELS[other.name]), command });
    if (other.progress && (await other.progress.update(busy))) return;
    await tell(busy);
    return;
  }
  let problem: string | null = null;
  try {
    problem = deps.hostProblem?.() ?? null;
  } catch {
    problem = null;
  }
  if (problem) {
    await tell(problem);
    return;
  }

  const me: Running = { name, started, progress: null };
  running = me;
  if (dialogCount === 0 && deps.progress) {
    try {
      me.progress = deps.progress(say("ribbon.working", { command, minutes: WORK_LIMIT_MS / 60_000 }), until - now());
    } catch {
      me.progress = null;
    }
    if (me.progress) {
      const shown = me.progress.closed;
      dialogCount++;
      void shown.then(() => dialogCount--);
      dialogs = Promise.all([dialogs, shown]).then(() => undefined);
    }
  }

  const deadline = new Deadline();
  const work = Promise.resolve().then(() => COMMANDS[name](withDeadline(deps.workbook(), deadline)));
  const release = () => {
    if (running === me) running = null;
  };
  work.then(release, release);

  let message: string;
  try {
    const outcome = await within(work, started + WORK_LIMIT_MS - now());
    if (outcome === TIMED_OUT) {
      deadline.expire();
      message = say(deadline.wrote ? "ribbon.timedOutWriting" : "ribbon.timedOut", { command, minutes: WORK_LIMIT_MS / 60_000 });
    } else {
      message = outcome.ok ? outcome.value : outcome.message;
    }
  } catch (e) {
    message = commandErrorMessage(name, e);
  }

  const progress = me.progress;
  me.progress = null;
  try {
    if (progress && (await progress.update(message))) {
      await within(progress.closed, until - now());
      progress.close();
      return;
    }
    progress?.close();
  } catch {
    // Fall back to a notice of its own.
  }
  await tell(message);
}

/** The part of `Office.AddinCommands.Event` a handler uses. */
export interface CommandEvent {
  completed(): void;
}

/** The function Office calls for a button: runs the command, then always `event.completed()`. */
export function makeHandler(name: CommandName, deps: CommandDeps): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await runCommand(name, deps);
    } finally {
      event.completed();
    }
  };
}
