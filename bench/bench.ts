/**
 * `npm run bench`: figures for a generated 20,000-row ledger.
 * - ExcelJS: load + read the sheet; recognition time;
 * - Office.js through FakeExcel: syncs and the largest request/response of a read, and of a
 *   20,000-row write of our own;
 * - the one-click commands (一键校验, again, 进度分析, 清除标记) through OfficeJsWorkbook over
 *   FakeExcel on 200, 2,000 and 10,000 rows: syncs (the budget of docs/excel-hosts.md "Sync
 *   budget" beside them), requests refused, the largest request (as office.js sends it) and
 *   response.
 * Times are the median of several runs on this machine; figures, not assertions.
 * `BENCH_ONE_CLICK_ONLY=1` prints only the one-click table.
 */
import { performance } from "perf_hooks";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
import { FakeExcel } from "../src/workbook/fake/FakeExcel";
import { OfficeJsWorkbook } from "../src/workbook/officejs/OfficeJsWorkbook";
import { recognize } from "../src/domain/recognize/recognize";
import { generatedLedger } from "./ledger";
import { validateSnapshot as checkSnapshot } from "../src/domain/validate/validate";
import { validateSheets } from "../src/features/validate";
import { checkProgress } from "../src/features/progress";
import { clearMarks } from "../src/features/marks";
import { jsonBytes } from "../src/workbook/common/jsonBytes";
import { reportLayouts } from "../src/render/reportSheet";
import { progressLayouts } from "../src/render/progressSheet";
import { progressOfSheet } from "../src/domain/progress/progress";
import { chineseDaysCalendar } from "../src/calendar/chineseDays";

const ROWS = Number(process.env.BENCH_ROWS ?? 20000);

async function median(runs: number, f: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const ms = (x: number) => `${x.toFixed(0)} ms`;
const mb = (x: number) => `${(x / 1024 / 1024).toFixed(2)} MB`;

async function main() {
  const layout = generatedLedger(ROWS);
  const book = ExcelJsWorkbook.create();
  await book.writeSheet(layout);
  const bytes = await book.save();
  console.log(`落实台账助手 bench — ${ROWS} data rows × ${layout.rows[0].length} columns, .xlsx ${mb(bytes.byteLength)}, node ${process.version}`);

  let snapshot = await (await ExcelJsWorkbook.load(bytes)).readSheet("重点任务");
  const readMs = await median(3, async () => {
    snapshot = await (await ExcelJsWorkbook.load(bytes)).readSheet("重点任务");
  });
  let dataRows = 0;
  const recognizeMs = await median(5, () => {
    const r = recognize(snapshot);
    dataRows = r.ok ? r.dataRows.length : -1;
  });
  console.log(`ExcelJS load + read sheet     ${ms(readMs)}`);
  console.log(`recognition                   ${ms(recognizeMs)}  (${dataRows} data rows found; ratio to read ${(recognizeMs / readMs).toFixed(3)})`);

  let findings = 0;
  const validateMs = await median(5, () => {
    findings = checkSnapshot(snapshot).findings.length;
  });
  console.log(`validation (domain)           ${ms(validateMs)}  (${findings} findings; ratio to read ${(validateMs / readMs).toFixed(3)}, aim ≤ 0.25)`);

  for (const basis of ["calendar", "month", "workday"] as const) {
    const progressMs = await median(5, () => progressOfSheet(snapshot, { checkDate: "2023-06-30", basis, calendar: chineseDaysCalendar }));
    console.log(`progress (${basis.padEnd(8)})          ${ms(progressMs)}  (ratio to read ${(progressMs / readMs).toFixed(3)})`);
  }

  const fake = new FakeExcel({ sheets: [{ name: "重点任务", values: snapshot.values, formats: snapshot.formats, merges: snapshot.merges }] });
  const wb = new OfficeJsWorkbook(fake.run);
  fake.resetCounters();
  const t0 = performance.now();
  await wb.readSheet("重点任务");
  const officeReadMs = performance.now() - t0;
  console.log(`Office.js read (fake host)    ${fake.syncCount} syncs, largest request ${mb(fake.maxRequestBytes)}, largest response ${mb(fake.maxResponseBytes)} (${ms(officeReadMs)} in the fake)`);

  fake.resetCounters();
  await wb.writeSheet({ ...layout, sheet: "结果", ifExists: "replace" });
  console.log(`Office.js write ${ROWS} rows    ${fake.syncCount} syncs, largest request ${mb(fake.maxRequestBytes)} (limit 5.00 MB), requests: ${fake.requestSizes.map(mb).join(", ")}`);
}

/** `text` padded to `width` columns of a terminal (a CJK character takes two). */
function padWide(text: string, width: number): string {
  const shown = [...text].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(0, width - shown));
}

/** Requests allowed for a command that moves `bytes` of cells (docs/excel-hosts.md "Sync budget"). */
function budgetFor(bytes: number): number {
  return 3 + Math.ceil(bytes / (4 * 1024 * 1024));
}

/** The one-click commands through the fake host, on ledgers of 200, 2,000 and 10,000 rows. */
async function oneClick(): Promise<void> {
  console.log("");
  console.log("one-click commands, OfficeJsWorkbook over FakeExcel (requests measured as office.js sends them; limit 5.00 MB)");
  console.log(`${"rows".padStart(6)}  ${padWide("command", 16)} ${"syncs".padStart(5)} ${"budget".padStart(6)} ${"refused".padStart(7)}  ${"largest request".padStart(15)}  ${"largest response".padStart(16)}  time in the fake`);
  for (const rows of [200, 2000, 10000]) {
    const book = ExcelJsWorkbook.create();
    await book.writeSheet(generatedLedger(rows));
    const snapshot = await book.readSheet("重点任务");
    const cellBytes = jsonBytes(snapshot.values) + jsonBytes(snapshot.text) + jsonBytes(snapshot.formats);
    const fake = new FakeExcel({ sheets: [{ name: "重点任务", values: snapshot.values, formats: snapshot.formats, merges: snapshot.merges }] });
    const wb = new OfficeJsWorkbook(fake.run);
    const measure = async (command: string, run: () => Promise<{ ok: boolean; moved: number }>) => {
      fake.resetCounters();
      const t = performance.now();
      const outcome = await run();
      const took = performance.now() - t;
      if (!outcome.ok) throw new Error(`${command} did not run`);
      const line = [
        String(rows).padStart(6),
        padWide(command, 16),
        String(fake.syncCount).padStart(5),
        String(budgetFor(outcome.moved)).padStart(6),
        String(fake.refusedCount).padStart(7),
        mb(fake.maxRequestBytes).padStart(15),
        mb(fake.maxResponseBytes).padStart(16),
        ms(took),
      ];
      console.log(`${line[0]}  ${line.slice(1, 5).join(" ")}  ${line.slice(5).join("  ")}`);
    };
    let reportBytes = 0;
    for (const label of ["一键校验", "一键校验（再次）"]) {
      await measure(label, async () => {
        const outcome = await validateSheets(wb, { checkedOn: "2023-06-30" });
        if (outcome.ok) reportBytes = jsonBytes(reportLayouts(outcome.value.reports, "2023-06-30").map((l) => l.rows));
        return { ok: outcome.ok, moved: cellBytes + reportBytes };
      });
    }
    await measure("进度分析", async () => {
      const outcome = await checkProgress(wb, { checkDate: "2023-06-30" });
      const written = outcome.ok ? jsonBytes(outcome.value.reports.map((r) => progressLayouts(r).map((l) => l.rows))) : 0;
      return { ok: outcome.ok, moved: cellBytes + written };
    });
    await measure("清除标记", async () => ({ ok: (await clearMarks(wb)).ok, moved: 0 }));
  }
}

if (process.env.BENCH_ONE_CLICK_ONLY) {
  oneClick().catch((e) => {
    console.error(e);
    process.exit(1);
  });
} else {
  main().then(oneClick).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
