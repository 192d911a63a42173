/**
 * How the progress check reads a row's cells as hosts give them (src/domain/progress/rowCells.ts;
 * docs/progress.md): a sheet whose used range does not start at A1 reads as the same sheet at A1;
 * a value given without shown text is read from the value; whitespace inside a task is one space
 * and inside a unit none.
 */
import type { SheetSnapshot } from "../../src/domain/sheet";
import { progressOfSheet, type ProgressReady } from "../../src/domain/progress";
import { ledgerOf, type TaskRow } from "./progressHelpers";

const OPTIONS = { checkDate: "2023-06-30", basis: "calendar" } as const;
const check = (snap: SheetSnapshot): ProgressReady => {
  const r = progressOfSheet(snap, OPTIONS);
  if (!r.ok) throw new Error(r.message);
  return r;
};

/** The same snapshot, its used range moved `rows` down and `cols` right (as a sheet whose table starts at C4). */
function moved(snap: SheetSnapshot, rows: number, cols: number): SheetSnapshot {
  return {
    ...snap,
    origin: { row: snap.origin.row + rows, col: snap.origin.col + cols },
    merges: snap.merges.map((m) => ({ ...m, row: m.row + rows, col: m.col + cols })),
  };
}

const ROWS: TaskRow[] = [
  { task: "道路硬化", deadline: "3月底前", unit: "交通局", progress: "40%" },
  { task: "污水管网", deadline: "年底前", unit: "住建局", progress: { percent: 0.3 } },
  { task: "厕所改造", deadline: { date: "2023-05-31" }, unit: "农业农村局", progress: "100%", status: "已完成" },
];

test("a used range that does not start at A1 reads as the same ledger, rows named in sheet coordinates", () => {
  const at = check(ledgerOf(ROWS));
  const away = check(moved(ledgerOf(ROWS), 3, 2));
  const strip = (r: ProgressReady) => r.rows.map((x) => [x.task, x.unit, x.deadline.due, x.p, x.status]);
  expect(strip(away)).toEqual(strip(at));
  expect(away.rows.map((x) => x.row)).toEqual(at.rows.map((x) => x.row + 3));
  expect(away.taskCol).toBe((at.taskCol ?? -9) + 2);
});

test("a cell given as a value with no shown text is read from its value", () => {
  const snap = ledgerOf([{ task: "道路硬化", deadline: "年底前", progress: 0.6 }]);
  const r = 2 - snap.origin.row;
  const progressCol = snap.text[1 - snap.origin.row].indexOf("完成进度");
  snap.text[r][progressCol] = "";
  expect(check(snap).rows[0].p).toBeCloseTo(0.6);
});

test("whitespace: a task's runs of spaces and line breaks become one space, a unit's none", () => {
  const report = check(ledgerOf([{ task: "推进\n  道路   硬化", deadline: "年底前", unit: "交 通 局", progress: "10%" }]));
  expect(report.rows[0].task).toBe("推进 道路 硬化");
  expect(report.rows[0].unit).toBe("交通局");
});
