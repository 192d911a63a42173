/**
 * `npm run bench`: figures for a generated 20,000-row ledger.
 * - ExcelJS: load + read the sheet; recognition time;
 * - Office.js through FakeExcel: syncs and the largest request/response of a read, and of a
 *   20,000-row write of our own.
 * Times are the median of several runs on this machine; figures, not assertions.
 */
import { performance } from "perf_hooks";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
import { FakeExcel } from "../src/workbook/fake/FakeExcel";
import { OfficeJsWorkbook } from "../src/workbook/officejs/OfficeJsWorkbook";
import { recognize } from "../src/domain/recognize/recognize";
import { generatedLedger } from "./ledger";
import { validateSnapshot as checkSnapshot } from "../src/domain/validate/validate";
import { validateSheets } from "../src/features/validate";
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

/** One-click validation (read, settings, check, 校验结果, marks) of a 10,000-row ledger through the fake host. */
async function oneClick(): Promise<void> {
  const rows = 10000;
  const book = ExcelJsWorkbook.create();
  await book.writeSheet(generatedLedger(rows));
  const snapshot = await book.readSheet("重点任务");

  const fake = new FakeExcel({ sheets: [{ name: "重点任务", values: snapshot.values, formats: snapshot.formats, merges: snapshot.merges }] });
  const wb = new OfficeJsWorkbook(fake.run);
  fake.resetCounters();
  const t = performance.now();
  const outcome = await validateSheets(wb, { sheets: { name: "重点任务" }, checkedOn: "2023-06-30" });
  if (!outcome.ok) throw new Error(outcome.message);
  const [report] = outcome.value.reports;
  const took = performance.now() - t;
  const chunks = fake.requestSizes.filter((b) => b > 1024 * 1024).length;
  console.log(`one-click validation ${rows} rows  ${fake.syncCount} syncs (${chunks} of them over 1 MB), largest request ${mb(fake.maxRequestBytes)}, largest response ${mb(fake.maxResponseBytes)}; ${report.findings.length} findings (${ms(took)} in the fake)`);
}

main().then(oneClick).catch((e) => {
  console.error(e);
  process.exit(1);
});
