/**
 * The pane's entry. It renders at once and never waits on office.js: the mode (Excel /
 * browser edition / office.js unavailable) is found in the background and shown when known.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./views/App";
import { detectMode, OfficeLike, PaneMode } from "./host/mode";
import { openXlsx, Session } from "./host/session";
import { thisYearInChina, todayInChina } from "../features/settings";
import { say } from "../messages";

const SAMPLE_URL = "assets/sample-ledger.xlsx";

/** Inside Excel: tell the pane when the clerk activates another sheet (WorksheetCollection.onActivated, ExcelApi 1.7). */
async function followActiveSheet(callback: () => void): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.onActivated.add(async () => callback());
    await context.sync();
  });
}

/** The browser edition opens the sample; when it cannot be fetched the clerk can still open a file of their own. */
async function openSample(mode: PaneMode): Promise<Session> {
  let status: string;
  try {
    const res = await fetch(SAMPLE_URL);
    if (res.ok) return openXlsx(mode, await res.arrayBuffer(), say("pane.file.sampleName"));
    status = String(res.status);
  } catch (e) {
    status = e instanceof Error ? e.message : String(e);
  }
  return { mode, wb: null, problem: say("pane.file.sampleMissing", { status }) };
}

async function boot(edition: string): Promise<Session> {
  const office = (window as unknown as { Office?: OfficeLike }).Office;
  const mode = await detectMode(edition, office);
  if (mode === "excel") {
    const { OfficeJsWorkbook } = await import("../workbook/officejs/OfficeJsWorkbook");
    return { mode, wb: new OfficeJsWorkbook((batch) => Excel.run(batch)), onSheetChange: followActiveSheet };
  }
  if (mode === "browser") return openSample(mode);
  return { mode, wb: null };
}

const container = document.getElementById("container");
if (container) {
  const edition = container.dataset.edition ?? "browser";
  const start = () => boot(edition);
  const now = new Date();
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <App boot={start} thisYear={thisYearInChina(now)} today={todayInChina(now)} />
    </FluentProvider>,
  );
}
