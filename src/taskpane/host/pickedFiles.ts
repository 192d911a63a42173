/**
 * The units' files the clerk picked or dropped for 汇总 (docs/merging.md), as the merge reads
 * them: one at a time, when its turn comes, ExcelJS loaded (as its own chunk) on first use. A
 * name that is not `.xlsx` is refused before the file is read, with the sentence the single-file
 * open says; the merge lists it among the files it could not read.
 */
import type { MergeFile } from "../../features/merge";
import { loadXlsx, refuseUnlessXlsx, type PickedFile } from "./session";

/** A picked file as the pane lists it (a browser `File` is one). */
export interface ChosenFile extends PickedFile {
  /** Bytes. */
  size: number;
  /** Last change, ms since 1970. */
  lastModified: number;
}

/** The same file picked again (same name, size and time): listed once. */
export function sameFile(a: ChosenFile, b: ChosenFile): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

/** `chosen` with `added` after it, each file once. */
export function addChosen(chosen: readonly ChosenFile[], added: Iterable<ChosenFile>): ChosenFile[] {
  const out = [...chosen];
  for (const f of added) if (!out.some((x) => sameFile(x, f))) out.push(f);
  return out;
}

/** A picked file as the merge opens it. */
export function mergeFileOf(file: ChosenFile): MergeFile {
  return {
    name: file.name,
    modified: file.lastModified,
    open: async () => {
      refuseUnlessXlsx(file.name);
      return loadXlsx(await file.arrayBuffer());
    },
  };
}
