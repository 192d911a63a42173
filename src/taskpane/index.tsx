/**
 * The pane's entry. It renders at once and never waits on office.js: the mode (Excel /
 * browser edition / office.js unavailable) is found in the background and shown when known.
 * Inside Excel it first checks the required set (ExcelApi 1.13; hostSupport.ts) and says which
 * Excel is needed where it is missing; it leaves charts out where the host cannot draw them, and
 * follows the clerk and the ribbon through Excel's events where the host has them (follow.ts).
 * It carries which Excel it runs in (Mac and iPad cannot download a file: the letters go to a
 * sheet there), and opens on the section the address names (生成函件 → `?section=letters`).
 * (A web view that cannot run this bundle never gets here: src/legacy/legacyBoot.js.)
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./views/App";
import { detectHost, OfficeLike, PaneMode } from "./host/mode";
import { sectionOf } from "./host/section";
import { openXlsx, Session } from "./host/session";
import { followWorkbook, OwnWrites } from "./host/follow";
import { thisYearInChina, todayInChina } from "../features/settings";
import { browserEditionUrl, OPTIONAL_SETS, officeRequirements, REQUIRED_SET, supports, withoutCharts } from "../workbook/officejs/hostSupport";
import type { ExcelRun } from "../workbook/officejs/OfficeJsWorkbook";
import { isChunkLoadError, sentenceOf } from "./hooks/useRunner";
import { WorkbookError } from "../workbook/port";
import { say } from "../messages";

const SAMPLE_URL = "assets/sample-ledger.xlsx";
/** The sample held in the page itself, base64 (the single-file edition: scripts/package-single.js). */
const SAMPLE_ID = "luoshi-sample";

/** The sample's bytes from the page, or null where the page does not hold it (the served edition). */
function heldSample(): ArrayBuffer | null {
  const text = document.getElementById(SAMPLE_ID)?.textContent?.trim();
  if (!text) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/**
 * The browser edition opens the sample: the copy the page holds (the single file, opened from
 * disk, may fetch nothing), else the file beside the page. When it cannot, the clerk can still
 * open a file of their own; what the error bar says is a sentence of the catalogue, never the
 * browser's own words ("Failed to fetch").
 */
async function openSample(mode: PaneMode): Promise<Session> {
  const name = say("pane.file.sampleName");
  try {
    const held = heldSample();
    if (held) return { ...(await openXlsx(mode, held, name)), sample: true };
    const res = await fetch(SAMPLE_URL);
    if (res.ok) return { ...(await openXlsx(mode, await res.arrayBuffer(), name)), sample: true };
    return { mode, wb: null, problem: say("pane.file.sampleMissing", { status: String(res.status) }) };
  } catch (e) {
    if (e instanceof WorkbookError || isChunkLoadError(e)) return { mode, wb: null, problem: sentenceOf(e) };
    // A page opened from disk (dist/index.html by double-click) may not fetch the file beside it.
    return { mode, wb: null, problem: say(window.location.protocol === "file:" ? "pane.file.sampleFromDisk" : "pane.file.sampleUnread") };
  }
}

async function boot(edition: string): Promise<Session> {
  const office = (window as unknown as { Office?: OfficeLike }).Office;
  const { mode, platform } = await detectHost(edition, office);
  if (mode === "excel") {
    const requirements = officeRequirements();
    if (!supports(requirements, REQUIRED_SET, true)) return { mode, platform, wb: null, problem: say("host.tooOld", { url: browserEditionUrl(window.location.href) }) };
    const { OfficeJsWorkbook } = await import("../workbook/officejs/OfficeJsWorkbook");
    const run: ExcelRun = (batch) => Excel.run(batch);
    // Odd rows of the store for the pane, even for the ribbon: they run apart (settingsLayout.ts).
    const excel = new OfficeJsWorkbook(run, { storeRows: "odd" });
    const own = new OwnWrites();
    const wb = own.track(supports(requirements, OPTIONAL_SETS.charts, true) ? excel : withoutCharts(excel));
    return { mode, platform, wb, onSheetChange: (callback) => followWorkbook({ run, requirements, own }, callback) };
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
      <App boot={start} thisYear={thisYearInChina(now)} today={todayInChina(now)} focus={sectionOf(window.location)} />
    </FluentProvider>,
  );
}
