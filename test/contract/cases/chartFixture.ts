/** The progress table (单位, 时间进度 T, 任务进度 P) and its chart, shared by the chart tests. */
import type { ChartSpec, SheetWrite } from "../../../src/workbook/port";

export const UNITS = ["县发改委", "县财政局", "县自然资源局", "县生态环境局", "县住建局"];
export const TASK_PROGRESS = [0.62, 0.35, 0.5, 0.8, 0.2];

export const PROGRESS_CHART: ChartSpec = {
  title: "各单位任务进度",
  kind: "column",
  categories: { row: 1, col: 0, rowCount: 5, colCount: 1 },
  series: [
    { name: "时间进度 T", values: { row: 1, col: 1, rowCount: 5, colCount: 1 } },
    { name: "任务进度 P", values: { row: 1, col: 2, rowCount: 5, colCount: 1 } },
  ],
  anchor: { row: 0, col: 4, rowCount: 18, colCount: 8 },
  valueFormat: "0%",
};

/** The progress table on `sheet` with `charts` (default: the progress chart). */
export function progressSheet(sheet: string, charts: ChartSpec[] = [PROGRESS_CHART], extra: Partial<SheetWrite> = {}): SheetWrite {
  return {
    sheet,
    ifExists: "replace",
    rows: [["单位", "时间进度 T", "任务进度 P"], ...UNITS.map((u, i) => [u, 0.5, TASK_PROGRESS[i]])],
    numberFormats: [{ area: { row: 1, col: 1, rowCount: 5, colCount: 2 }, format: "0%" }],
    charts,
    ...extra,
  };
}
