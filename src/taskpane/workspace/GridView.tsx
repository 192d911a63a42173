/**
 * The sheet drawn as a spreadsheet (docs/workspace.md "The grid"): column letters and row
 * numbers, the frozen rows held at the top, merged areas drawn as one cell, the cells' fills,
 * fonts, alignment and wrapping, the file's column widths and row heights, this product's marks
 * with their finding on hover or when the cell is selected, the charts. Read-only.
 *
 * Only the rows and columns in view are in the page: @tanstack/react-virtual finds them from the
 * scroll position (a 20,000-row ledger keeps about a hundred cells in the DOM); the boxes come
 * from gridLayout.ts. The grid is one focus stop (`role="grid"`); the arrow keys, Page Up/Down,
 * Home/End and Ctrl+Home/End move the selected cell, named to assistive technology through
 * `aria-activedescendant`. The column letters are the grid's row 1 (ARIA counts rows from 1), so
 * sheet row r is grid row r + 2; each row's header cell says the sheet's own number.
 */
import * as React from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { GridSheet, GridStyle } from "../../workbook/grid";
import { columnLetter } from "../../domain/text/a1";
import { say } from "../../messages";
import { boxesInView, boxOf, geometryOf, step, type DrawnCell } from "./gridLayout";
import { ChartBox } from "./ChartBox";

/** Height of the column letters, width of the row numbers (px). */
export const HEADER_HEIGHT = 22;
export const ROW_HEADER_WIDTH = 48;
/** The widest a finding's note is drawn (px). */
const NOTE_WIDTH = 320;
/** The grid lines' colour (Excel's). */
const GRID_LINE = "#E1E1E1";

const useStyles = makeStyles({
  scroller: {
    position: "relative", overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: "#FFFFFF",
    fontFamily: '"等线", DengXian, "宋体", SimSun, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif', fontSize: "14.67px", color: "#000000",
    // The grid inside is as large as the sheet: its focus shows on the box the clerk sees.
    ":has(:focus-visible)": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  canvas: { position: "relative" },
  layer: { position: "absolute", top: 0, left: 0, outline: "none" },
  top: { position: "sticky", top: 0, zIndex: 3, backgroundColor: "#FFFFFF" },
  row: { position: "absolute", left: 0, boxSizing: "border-box", borderBottom: `1px solid ${GRID_LINE}` },
  vline: { position: "absolute", top: 0, width: "1px", backgroundColor: GRID_LINE },
  cell: { position: "absolute", boxSizing: "border-box", display: "flex", overflow: "hidden", padding: "0 3px", lineHeight: "1.25", cursor: "cell" },
  // A merged area hides the grid lines inside it, as a spreadsheet does (its own fill, if any, is set on the cell).
  merged: { zIndex: 1, backgroundColor: "#FFFFFF", borderRight: `1px solid ${GRID_LINE}`, borderBottom: `1px solid ${GRID_LINE}` },
  bordered: { borderRight: "1px solid #7F7F7F", borderBottom: "1px solid #7F7F7F" },
  text: { whiteSpace: "pre", overflow: "hidden", textOverflow: "clip", width: "100%" },
  spills: { overflow: "visible", zIndex: 1 },
  spilled: { flexShrink: 0 },
  wrap: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  marked: {
    "::after": {
      content: '""', position: "absolute", top: 0, right: 0, width: 0, height: 0,
      borderTop: "7px solid #C00000", borderLeft: "7px solid transparent",
    },
  },
  head: {
    position: "absolute", boxSizing: "border-box", display: "flex", alignItems: "center", justifyContent: "center",
    backgroundColor: "#F3F3F3", color: "#444444", fontSize: "12px", borderRight: "1px solid #D0D0D0", borderBottom: "1px solid #D0D0D0",
    fontFamily: tokens.fontFamilyBase, userSelect: "none",
  },
  headOn: { backgroundColor: "#D9E7D6", color: "#0E5C2F", fontWeight: tokens.fontWeightSemibold },
  rowHead: { position: "sticky", left: 0, zIndex: 2 },
  corner: { position: "sticky", left: 0, zIndex: 4 },
  frozenLine: { borderBottom: "2px solid #A0A0A0" },
  selection: { position: "absolute", boxSizing: "border-box", border: "2px solid #107C41", pointerEvents: "none", zIndex: 1 },
  note: {
    position: "absolute", zIndex: 5, maxWidth: `${NOTE_WIDTH}px`, boxSizing: "border-box", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#FFFFE1", border: "1px solid #8C8C8C", boxShadow: tokens.shadow8, fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, whiteSpace: "pre-wrap", pointerEvents: "none",
  },
});

/** The CSS of a look (colours as the file has them, sizes in points). */
function cssOf(s: GridStyle, numeric: boolean): React.CSSProperties {
  const horizontal = s.horizontal ?? (numeric ? "right" : "left");
  return {
    ...(s.fill && { backgroundColor: s.fill }),
    ...(s.color && { color: s.color }),
    ...(s.bold && { fontWeight: 700 }),
    ...(s.italic && { fontStyle: "italic" }),
    ...(s.size && { fontSize: `${(s.size * 4) / 3}px` }),
    textAlign: horizontal,
    justifyContent: horizontal === "center" ? "center" : horizontal === "right" ? "flex-end" : "flex-start",
    alignItems: s.vertical === "top" ? "flex-start" : s.vertical === "middle" ? "center" : "flex-end",
  };
}

export interface GridViewProps {
  grid: GridSheet;
  /** A cell to select and bring into view (a finding clicked), with a key that changes each time. */
  reveal: { row: number; col: number; key: number } | null;
  /** The id prefix of the cells (unique on the page). */
  id: string;
}

export function GridView({ grid, reveal, id }: GridViewProps) {
  const styles = useStyles();
  const scroller = React.useRef<HTMLDivElement>(null);
  const geo = React.useMemo(() => geometryOf(grid), [grid]);
  const [selected, setSelected] = React.useState(grid.selected ?? { row: 0, col: 0 });
  const [hover, setHover] = React.useState<{ row: number; col: number } | null>(null);
  React.useEffect(() => setSelected(grid.selected ?? { row: 0, col: 0 }), [grid.name, grid.selected?.row, grid.selected?.col]);

  const frozenRows = Math.min(grid.frozenRows, grid.rowCount);
  const frozenHeight = geo.rowY[frozenRows];
  const rows = useAxis(scroller, false, grid.rowHeights, HEADER_HEIGHT, 4);
  const cols = useAxis(scroller, true, grid.colWidths, ROW_HEADER_WIDTH, 1);
  React.useEffect(() => {
    rows.measure();
    cols.measure();
  }, [grid, rows, cols]);

  const bringIntoView = React.useCallback(
    (row: number, col: number) => {
      const el = scroller.current;
      if (!el) return;
      const box = boxOf(grid, geo, row, col);
      const top = HEADER_HEIGHT + box.y;
      const left = ROW_HEADER_WIDTH + box.x;
      const viewTop = el.scrollTop + HEADER_HEIGHT + frozenHeight;
      const viewBottom = el.scrollTop + el.clientHeight;
      if (row >= frozenRows) {
        if (top < viewTop) el.scrollTop = top - HEADER_HEIGHT - frozenHeight;
        else if (top + Math.min(box.height, el.clientHeight / 2) > viewBottom) el.scrollTop = top + Math.min(box.height, el.clientHeight / 2) - el.clientHeight;
      }
      if (left < el.scrollLeft + ROW_HEADER_WIDTH) el.scrollLeft = left - ROW_HEADER_WIDTH;
      else if (left + Math.min(box.width, el.clientWidth / 2) > el.scrollLeft + el.clientWidth) el.scrollLeft = left + Math.min(box.width, el.clientWidth / 2) - el.clientWidth;
    },
    [grid, geo, frozenRows, frozenHeight],
  );

  React.useEffect(() => {
    if (!reveal || reveal.row >= grid.rowCount || reveal.col >= grid.colCount) return;
    const box = boxOf(grid, geo, reveal.row, reveal.col);
    setSelected({ row: box.row, col: box.col });
    bringIntoView(box.row, box.col);
    // Bring it to the middle when it is far away, as Excel's Go To does.
    const el = scroller.current;
    if (el && reveal.row >= frozenRows) el.scrollTop = Math.max(0, HEADER_HEIGHT + box.y - el.clientHeight / 3);
  }, [reveal?.key]);

  const rowItems = rows.getVirtualItems().map((v) => v.index).filter((r) => r >= frozenRows);
  const colItems = cols.getVirtualItems().map((v) => v.index);
  const frozenList = Array.from({ length: frozenRows }, (_, i) => i);
  const body = boxesInView(grid, geo, rowItems, colItems);
  const top = boxesInView(grid, geo, frozenList, colItems);
  const totalWidth = ROW_HEADER_WIDTH + geo.colX[grid.colCount];
  const totalHeight = HEADER_HEIGHT + geo.rowY[grid.rowCount];
  const cellId = (row: number, col: number) => `${id}-r${row}c${col}`;
  const looks = React.useMemo(() => grid.styles.map((s) => [cssOf(s, false), cssOf(s, true)] as const), [grid.styles]);
  // Class names by look and state, merged once each (mergeClasses per cell was most of a frame's work).
  const classes = React.useMemo(() => {
    const cache = new Map<string, { cell: string; text: string }>();
    return (look: number, marked: boolean, spill: boolean, merged: boolean) => {
      const key = `${look}:${marked}:${spill}:${merged}`;
      let found = cache.get(key);
      if (!found) {
        const gs = grid.styles[look] ?? {};
        found = {
          cell: mergeClasses(styles.cell, merged && styles.merged, gs.border && styles.bordered, marked && styles.marked, spill && styles.spills),
          text: mergeClasses(styles.text, gs.wrap && styles.wrap, spill && styles.spilled),
        };
        cache.set(key, found);
      }
      return found;
    };
  }, [grid.styles, styles]);
  const rowHeadClass = mergeClasses(styles.head, styles.rowHead);
  const rowHeadOnClass = mergeClasses(styles.head, styles.rowHead, styles.headOn);

  const move = (e: React.KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / 22) - 2);
    const keys: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], PageUp: [-page, 0], PageDown: [page, 0], Tab: [0, e.shiftKey ? -1 : 1], Enter: [e.shiftKey ? -1 : 1, 0] };
    let next: { row: number; col: number } | undefined;
    if (e.key === "Home") next = e.ctrlKey ? { row: 0, col: 0 } : { row: selected.row, col: 0 };
    else if (e.key === "End") next = e.ctrlKey ? lastCell(grid) : { row: selected.row, col: lastCell(grid).col };
    else if (keys[e.key] && !(e.key === "Tab" && e.shiftKey === false && selected.col >= grid.colCount - 1)) {
      const [dr, dc] = keys[e.key];
      next = selected;
      for (let i = 0; i < Math.abs(dr) || (dr === 0 && i < Math.abs(dc)); i++) next = step(grid, geo, next, Math.sign(dr), Math.sign(dc));
    }
    if (!next) return;
    e.preventDefault();
    setSelected(next);
    setHover(null);
    bringIntoView(next.row, next.col);
  };

  const drawCell = (b: DrawnCell) => {
    const cell = b.cell;
    const numeric = cell?.value !== undefined;
    const look = looks[cell?.style ?? 0] ?? looks[0];
    const fill = grid.styles[cell?.style ?? 0]?.fill;
    const css = classes(cell?.style ?? 0, Boolean(cell?.marked && cell.note), b.spill !== undefined, b.rowSpan > 1 || b.colSpan > 1);
    return (
      <div
        key={`${b.row},${b.col}`}
        id={cellId(b.row, b.col)}
        role="gridcell"
        aria-colindex={b.col + 1}
        aria-colspan={b.colSpan > 1 ? b.colSpan : undefined}
        aria-rowspan={b.rowSpan > 1 ? b.rowSpan : undefined}
        aria-selected={selected.row === b.row && selected.col === b.col}
        aria-description={cell?.note}
        data-cell={`${columnLetter(b.col)}${b.row + 1}`}
        data-marked={cell?.marked ? "true" : undefined}
        className={css.cell}
        style={{ ...look[numeric ? 1 : 0], left: ROW_HEADER_WIDTH + b.x, top: 0, width: b.width, height: b.height }}
        onMouseEnter={cell?.note ? () => setHover({ row: b.row, col: b.col }) : undefined}
        onMouseLeave={cell?.note ? () => setHover(null) : undefined}
        onMouseDown={() => setSelected({ row: b.row, col: b.col })}
      >
        {cell?.text ? (
          <span className={css.text} style={b.spill !== undefined ? { width: b.spill - 6, backgroundColor: fill ?? "#FFFFFF" } : undefined}>
            {cell.text}
          </span>
        ) : null}
      </div>
    );
  };

  const drawRows = (boxes: Map<number, DrawnCell[]>, offset: number) =>
    [...boxes.entries()].map(([r, list]) => (
      <div key={r} role="row" aria-rowindex={r + 2} className={styles.row} style={{ top: offset + geo.rowY[r], width: totalWidth, height: grid.rowHeights[r] }}>
        <div role="rowheader" className={r === selected.row ? rowHeadOnClass : rowHeadClass} style={{ left: 0, top: 0, width: ROW_HEADER_WIDTH, height: grid.rowHeights[r] }}>
          {r + 1}
        </div>
        {list.filter((b) => b.cell || b.rowSpan > 1 || b.colSpan > 1 || (b.row === selected.row && b.col === selected.col)).map(drawCell)}
      </div>
    ));

  // Rows whose number column must show even where no cell box starts on them (under a merged area).
  for (const r of rowItems) if (!body.has(r) && grid.rowHeights[r] > 0) body.set(r, []);
  for (const r of frozenList) if (!top.has(r) && grid.rowHeights[r] > 0) top.set(r, []);

  const selBox = boxOf(grid, geo, selected.row, selected.col);
  const noteAt = hover ?? (grid.cells[selected.row]?.[selected.col]?.note ? selected : null);
  const noteBox = noteAt ? boxOf(grid, geo, noteAt.row, noteAt.col) : null;
  /** Where the finding shows: right of its cell, or under it where the view has no room on the right. */
  const notePlace = (b: DrawnCell): React.CSSProperties => {
    const el = scroller.current;
    const top = HEADER_HEIGHT + b.y + (b.row < frozenRows ? (el?.scrollTop ?? 0) : 0);
    const right = ROW_HEADER_WIDTH + b.x + b.width + 4;
    const viewRight = (el?.scrollLeft ?? 0) + (el?.clientWidth ?? Infinity);
    if (right + NOTE_WIDTH <= viewRight) return { left: right, top };
    const left = Math.max((el?.scrollLeft ?? 0) + ROW_HEADER_WIDTH, Math.min(ROW_HEADER_WIDTH + b.x, viewRight - NOTE_WIDTH - 4));
    return { left, top: top + b.height + 2 };
  };

  return (
    <div ref={scroller} className={styles.scroller} data-grid-scroller="">
      <div className={styles.canvas} style={{ width: totalWidth, height: totalHeight }}>
        {/* The grid holds only its rows (ARIA: a grid owns rows); the charts, the selection box and
            the finding's note are drawn beside it, over the same canvas. */}
        <div
          className={styles.layer}
          style={{ width: totalWidth, height: totalHeight }}
          role="grid"
          tabIndex={0}
          aria-label={say("workspace.grid", { sheet: grid.name })}
          aria-rowcount={grid.rowCount + 1}
          aria-colcount={grid.colCount}
          aria-readonly
          aria-activedescendant={cellId(selBox.row, selBox.col)}
          aria-multiselectable={false}
          data-sheet={grid.name}
          onKeyDown={move}
        >
          <div className={mergeClasses(styles.top, frozenRows > 0 && styles.frozenLine)} style={{ width: totalWidth, height: HEADER_HEIGHT + frozenHeight }}>
            <div role="row" aria-rowindex={1} className={styles.row} style={{ top: 0, width: totalWidth, height: HEADER_HEIGHT }}>
              <div className={mergeClasses(styles.head, styles.corner)} style={{ left: 0, top: 0, width: ROW_HEADER_WIDTH, height: HEADER_HEIGHT }} />
              {colItems.map((c) =>
                grid.colWidths[c] === 0 ? null : (
                  <div key={c} role="columnheader" aria-colindex={c + 1} className={mergeClasses(styles.head, c === selected.col && styles.headOn)} style={{ left: ROW_HEADER_WIDTH + geo.colX[c], top: 0, width: grid.colWidths[c], height: HEADER_HEIGHT }}>
                    {columnLetter(c)}
                  </div>
                ),
              )}
            </div>
            {frozenRows > 0 &&
              colItems.map((c) =>
                grid.colWidths[c] === 0 ? null : <div key={`line${c}`} className={styles.vline} style={{ left: ROW_HEADER_WIDTH + geo.colX[c + 1] - 1, top: HEADER_HEIGHT, height: frozenHeight }} />,
              )}
            {drawRows(top, HEADER_HEIGHT)}
          </div>
          {colItems.map((c) =>
            grid.colWidths[c] === 0 ? null : <div key={`line${c}`} className={styles.vline} style={{ left: ROW_HEADER_WIDTH + geo.colX[c + 1] - 1, height: totalHeight }} />,
          )}
          {drawRows(body, HEADER_HEIGHT)}
        </div>
        {grid.charts.map((chart, i) => (
          <ChartBox key={i} chart={chart} grid={grid} left={ROW_HEADER_WIDTH + geo.colX[Math.min(chart.anchor.col, grid.colCount)]} top={HEADER_HEIGHT + geo.rowY[Math.min(chart.anchor.row, grid.rowCount)]} width={geo.colX[Math.min(chart.anchor.col + chart.anchor.colCount, grid.colCount)] - geo.colX[Math.min(chart.anchor.col, grid.colCount)]} height={geo.rowY[Math.min(chart.anchor.row + chart.anchor.rowCount, grid.rowCount)] - geo.rowY[Math.min(chart.anchor.row, grid.rowCount)]} />
        ))}
        {selBox.row >= frozenRows && (
          <div className={styles.selection} style={{ left: ROW_HEADER_WIDTH + selBox.x - 1, top: HEADER_HEIGHT + selBox.y - 1, width: selBox.width + 1, height: selBox.height + 1 }} />
        )}
        {noteBox?.cell?.note && (
          <div role="tooltip" id={`${id}-note`} className={styles.note} style={notePlace(noteBox)}>
            {noteBox.cell.note}
          </div>
        )}
      </div>
    </div>
  );
}

/** The rows or the columns in view: a virtualiser over their sizes, after the headers' size. */
function useAxis(scroller: React.RefObject<HTMLDivElement | null>, horizontal: boolean, sizes: readonly number[], headers: number, overscan: number) {
  return useVirtualizer({
    horizontal,
    count: sizes.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => sizes[i],
    paddingStart: headers,
    overscan,
    initialRect: { width: 1200, height: 800 },
  });
}

/** The last cell with something in it (Ctrl+End). */
function lastCell(grid: GridSheet): { row: number; col: number } {
  const row = Math.max(0, grid.cells.length - 1);
  let col = 0;
  for (const line of grid.cells) if (line) col = Math.max(col, line.length - 1);
  return { row, col };
}
