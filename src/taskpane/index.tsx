/**
 * The pane's entry. It renders at once and never waits on office.js: the mode (Excel /
 * browser edition / office.js unavailable) is found in the background and shown when known.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./views/App";
import { detectMode, OfficeLike } from "./host/mode";
import { openXlsx, Session } from "./host/session";
import { todayInChina } from "../domain/progress/stages";

const SAMPLE = { url: "assets/sample-ledger.xlsx", name: "示例台账（柳林镇2023年度重点工作任务清单）.xlsx" };

/** Inside Excel: tell the pane when the clerk activates another sheet (WorksheetCollection.onActivated, ExcelApi 1.7). */
async function followActiveSheet(callback: () => void): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.onActivated.add(async () => callback());
    await context.sync();
  });
}

async function boot(edition: string): Promise<Session> {
  const office = (window as unknown as { Office?: OfficeLike }).Office;
  const mode = await detectMode(edition, office);
  if (mode === "excel") {
    const { OfficeJsWorkbook } = await import("../workbook/officejs/OfficeJsWorkbook");
    return { mode, wb: new OfficeJsWorkbook((batch) => Excel.run(batch)), onSheetChange: followActiveSheet };
  }
  if (mode === "browser") {
    const res = await fetch(SAMPLE.url);
    if (!res.ok) throw new Error(`示例台账没有找到（${res.status}）。可点“打开 .xlsx 文件”打开自己的台账。`);
    return openXlsx(mode, await res.arrayBuffer(), SAMPLE.name);
  }
  return { mode, wb: null };
}

const container = document.getElementById("container");
if (container) {
  const edition = container.dataset.edition ?? "browser";
  const start = () => boot(edition);
  const today = todayInChina(new Date());
  const thisYear = Number(today.slice(0, 4));
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <App boot={start} thisYear={thisYear} today={today} />
    </FluentProvider>,
  );
}
