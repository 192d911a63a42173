/**
 * A ribbon command's deadline (runCommand.ts): Office ends a function command after 5 minutes,
 * and an Excel request already sent cannot be called back. So the command stops at the next
 * step instead: once the deadline has passed, the workbook it was given refuses every further
 * call and a batch's decision (the moment between reading and writing), and the command knows
 * whether it had begun to write — which decides the sentence the clerk reads.
 */
import type { WorkbookPort } from "../workbook/port";

/** Thrown into a command's own work after its deadline: nobody waits for it any more. */
export class CommandStopped extends Error {
  constructor() {
    super("the command's time is up");
    this.name = "CommandStopped";
  }
}

/** The port members that change the workbook. */
const WRITES: ReadonlySet<PropertyKey> = new Set(["writeSheet", "markCells", "clearMarks", "setSetting", "activateSheet", "selectCell"]);

/** Whether a command's time is up, and whether it had begun to change the workbook. */
export class Deadline {
  private passed = false;
  private writing = false;

  /** The time is up: no further step starts. */
  expire(): void {
    this.passed = true;
  }
  get expired(): boolean {
    return this.passed;
  }
  /** A change was sent to the workbook (it may be partly done when the command stops). */
  get wrote(): boolean {
    return this.writing;
  }
  /** Throws `CommandStopped` once the time is up. */
  check(): void {
    if (this.passed) throw new CommandStopped();
  }
  /** A change is about to be sent. */
  writes(): void {
    this.writing = true;
  }
}

/** `wb` for a command with `deadline`: every call, and every batch's decision, first checks the time. */
export function withDeadline(wb: WorkbookPort, deadline: Deadline): WorkbookPort {
  return new Proxy(wb, {
    get(target, prop) {
      if (prop === "batch") {
        const batch: WorkbookPort["batch"] = (request, decide) => {
          deadline.check();
          return target.batch(request, (found) => {
            deadline.check();
            const decision = decide(found);
            if (decision.changes.length) deadline.writes();
            return decision;
          });
        };
        return batch;
      }
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        deadline.check();
        if (WRITES.has(prop)) deadline.writes();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
