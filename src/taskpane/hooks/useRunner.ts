/**
 * The pane's runner, shared by every section: a command shows the spinner while it runs, then
 * its sentence: a notice when it went through, the error bar when it could not (a `Cannot`).
 * A thrown `WorkbookError` is expected (a file that will not open, Excel refusing) and shows its
 * own sentence; anything else thrown is a bug and shows "unexpected.pane" with its detail.
 */
import { useCallback, useRef, useState } from "react";
import { WorkbookError } from "../../workbook/port";
import { done, type Outcome } from "../../features/outcome";
import { say } from "../../messages";

/** What a command ends with: a sentence to show as a notice (`Done`) or an error (`Cannot`), or nothing. */
export type Said = Outcome<string> | undefined | void;

export interface Runner {
  /** A command is running. */
  busy: boolean;
  /** The error bar's sentence. */
  error: string | null;
  /** The notice's sentence (what the last command did). */
  notice: string | null;
  /** Run a command: clears the last sentences, shows the spinner, then the command's sentence. */
  run(work: () => Promise<Said>): Promise<void>;
  /** Show what a quick action outside a command threw (going to a cell), leaving the notice. */
  fail(e: unknown): void;
}

/** A use case's outcome as what the pane says: its sentence when it went through, else the `Cannot`. */
export function told<T>(outcome: Outcome<T>, sentence: (value: T) => string): Outcome<string> {
  return outcome.ok ? done(sentence(outcome.value)) : outcome;
}

/**
 * A part of the bundle (a lazy chunk: ExcelJS, docx, the holidays) that did not load: webpack's
 * ChunkLoadError, whose English message is not for the clerk.
 */
export function isChunkLoadError(e: unknown): boolean {
  return e instanceof Error && e.name === "ChunkLoadError";
}

/**
 * The sentence for something thrown: its own for a `WorkbookError`, "unexpected.chunk" for a part
 * of the pane that did not load, "unexpected.pane" for a bug.
 */
export function sentenceOf(e: unknown): string {
  if (e instanceof WorkbookError) return e.message;
  if (isChunkLoadError(e)) return say("unexpected.chunk");
  return say("unexpected.pane", { detail: e instanceof Error ? e.message : String(e) });
}

export function useRunner(): Runner {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const running = useRef(0);
  const run = useCallback(async (work: () => Promise<Said>) => {
    running.current++;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const said = await work();
      if (said) {
        if (said.ok) setNotice(said.value);
        else setError(said.message);
      }
    } catch (e) {
      setError(sentenceOf(e));
    } finally {
      running.current--;
      setBusy(running.current > 0);
    }
  }, []);
  const fail = useCallback((e: unknown) => setError(sentenceOf(e)), []);
  return { busy, error, notice, run, fail };
}
