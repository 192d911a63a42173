/**
 * ExcelJS 4.4 checks every new merged area against every existing one
 * (`Worksheet._mergeCellsInternal`), so loading or writing a sheet with n merges costs O(n²):
 * a 20,000-row ledger with its task cells merged every three rows took 38 s to load. This
 * replaces that check with an index of merged cells per worksheet (O(cells of the new area)),
 * keeping ExcelJS's behaviour: the same error for an overlap, the same bookkeeping after.
 * Applied once, on the class, when the adapter module loads.
 */
import ExcelJS from "exceljs";

interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface MergingWorksheet {
  _merges: Record<string, Range | undefined>;
  _mergeCellsInternal(dimensions: Range, ignoreStyle?: boolean): void;
  _unMergeMaster(master: unknown): void;
}

const PATCHED = Symbol.for("luoshi.fastMerges");
/** Merged cells ("row:col") per worksheet; dropped on unmerge and rebuilt on demand. */
const indexes = new WeakMap<object, Set<string>>();

function indexOf(ws: MergingWorksheet): Set<string> {
  let index = indexes.get(ws);
  if (!index) {
    index = new Set();
    for (const m of Object.values(ws._merges)) if (m) addCells(index, m);
    indexes.set(ws, index);
  }
  return index;
}

function addCells(index: Set<string>, r: Range): void {
  for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) index.add(`${i}:${j}`);
}

/** Install the indexed overlap check on ExcelJS's Worksheet class (idempotent). */
export function installFastMerges(): void {
  const book = new ExcelJS.Workbook();
  const proto = Object.getPrototypeOf(book.addWorksheet("probe")) as MergingWorksheet & { [PATCHED]?: boolean };
  if (proto[PATCHED] || typeof proto._mergeCellsInternal !== "function") return;
  const original = proto._mergeCellsInternal;
  const originalUnmerge = proto._unMergeMaster;
  proto._mergeCellsInternal = function (this: MergingWorksheet, dimensions: Range, ignoreStyle?: boolean) {
    const index = indexOf(this);
    for (let i = dimensions.top; i <= dimensions.bottom; i++) {
      for (let j = dimensions.left; j <= dimensions.right; j++) {
        if (index.has(`${i}:${j}`)) throw new Error("Cannot merge already merged cells");
      }
    }
    // The original re-checks against `_merges`; hide them for the call, then put them back.
    const merges = this._merges;
    this._merges = {};
    try {
      original.call(this, dimensions, ignoreStyle);
    } finally {
      this._merges = Object.assign(merges, this._merges);
    }
    addCells(index, dimensions);
  };
  proto._unMergeMaster = function (this: MergingWorksheet, master: unknown) {
    indexes.delete(this);
    originalUnmerge.call(this, master);
  };
  proto[PATCHED] = true;
}
