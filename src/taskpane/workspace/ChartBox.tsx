/**
 * A chart on the workspace's sheet: a chart this product wrote (通报排名, 进度分析) drawn as SVG
 * from its spec and the sheet's own cells, bars or columns as the spec says (a bar chart lists
 * its categories top to bottom, as the table reads); a chart the file brought is named only
 * (the workspace does not redraw other programs' charts).
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CellArea } from "../../domain/sheet";
import type { GridChart, GridSheet } from "../../workbook/grid";
import { say } from "../../messages";

const useStyles = makeStyles({
  box: {
    position: "absolute", boxSizing: "border-box", zIndex: 1, backgroundColor: "#FFFFFF", border: "1px solid #BFBFBF",
    fontFamily: tokens.fontFamilyBase, display: "flex", alignItems: "center", justifyContent: "center", overflow: "hidden",
  },
  elsewhere: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, padding: tokens.spacingHorizontalM, textAlign: "center" },
});

const SERIES_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];

/** The cells of a one-column area, top to bottom. */
function columnOf(grid: GridSheet, area: CellArea): { text: string; value: number | undefined }[] {
  return Array.from({ length: area.rowCount }, (_, i) => {
    const cell = grid.cells[area.row + i]?.[area.col];
    return { text: cell?.text ?? "", value: cell?.value };
  });
}

/** The numbers of a chart, ready to draw: categories and one value list per series. */
export function chartData(grid: GridSheet, chart: GridChart): { categories: string[]; series: { name: string; values: number[] }[] } | null {
  const spec = chart.spec;
  if (!spec) return null;
  const categories = columnOf(grid, spec.categories).map((c) => c.text);
  const series = spec.series.map((s) => ({ name: s.name, values: columnOf(grid, s.values).map((c) => (Number.isFinite(c.value) ? (c.value as number) : 0)) }));
  return { categories, series };
}

export interface ChartBoxProps {
  chart: GridChart;
  grid: GridSheet;
  left: number;
  top: number;
  width: number;
  height: number;
}

export function ChartBox({ chart, grid, left, top, width, height }: ChartBoxProps) {
  const styles = useStyles();
  const data = React.useMemo(() => chartData(grid, chart), [grid, chart]);
  const place = { left, top, width, height };
  if (!chart.spec || !data) {
    return (
      <div className={styles.box} style={place} role="img" aria-label={say("workspace.chartElsewhere")}>
        <span className={styles.elsewhere}>{say("workspace.chartElsewhere")}</span>
      </div>
    );
  }
  const { spec } = chart;
  const percent = spec.valueFormat?.includes("%") ?? false;
  const label = (v: number) => (percent ? `${Math.round(v * 1000) / 10}%` : String(Math.round(v * 100) / 100));
  const max = Math.max(percent ? 1 : 0, ...data.series.flatMap((s) => s.values)) || 1;
  const titleH = 28;
  const pad = 8;
  const n = Math.max(1, data.categories.length);
  const per = data.series.length;
  const bars = spec.kind === "bar";
  const labelW = bars ? Math.min(140, width * 0.3) : 0;
  const labelH = bars ? 0 : 36;
  const plotW = width - 2 * pad - labelW - 40;
  const plotH = height - titleH - 2 * pad - labelH;
  const band = (bars ? plotH : plotW) / n;
  const thick = Math.max(2, (band * 0.7) / per);
  return (
    <div className={styles.box} style={place} data-chart={spec.title}>
      <svg width={width - 2} height={height - 2} role="img" aria-label={say("workspace.chart", { title: spec.title })}>
        <text x={width / 2} y={20} textAnchor="middle" fontSize={14} fontWeight={600}>{spec.title}</text>
        {data.categories.map((c, i) => {
          const at = (bars ? titleH + pad : pad + labelW) + i * band;
          return (
            <g key={i}>
              {data.series.map((s, k) => {
                const v = Math.max(0, s.values[i] ?? 0);
                const len = (v / max) * (bars ? plotW : plotH);
                const offset = at + band * 0.15 + k * thick;
                return bars ? (
                  <g key={k}>
                    <rect x={pad + labelW} y={offset} width={len} height={thick} fill={SERIES_COLOURS[k % SERIES_COLOURS.length]} />
                    <text x={pad + labelW + len + 4} y={offset + thick / 2 + 4} fontSize={11}>{label(v)}</text>
                  </g>
                ) : (
                  <g key={k}>
                    <rect x={offset} y={titleH + pad + plotH - len} width={thick} height={len} fill={SERIES_COLOURS[k % SERIES_COLOURS.length]} />
                    <text x={offset + thick / 2} y={titleH + pad + plotH - len - 3} fontSize={11} textAnchor="middle">{label(v)}</text>
                  </g>
                );
              })}
              {bars ? (
                <text x={pad + labelW - 4} y={at + band / 2 + 4} fontSize={12} textAnchor="end">{c}</text>
              ) : (
                <text x={at + band / 2} y={titleH + pad + plotH + 16} fontSize={12} textAnchor="middle">{c}</text>
              )}
            </g>
          );
        })}
        {bars ? (
          <line x1={pad + labelW} x2={pad + labelW} y1={titleH + pad} y2={titleH + pad + plotH} stroke="#7F7F7F" />
        ) : (
          <line x1={pad} x2={pad + plotW} y1={titleH + pad + plotH} y2={titleH + pad + plotH} stroke="#7F7F7F" />
        )}
      </svg>
    </div>
  );
}
