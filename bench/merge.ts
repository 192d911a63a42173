/**
 * `npm run bench` (merge part): the 汇总 of a county's 60 files × 300 rows into a workbook held
 * in memory (as the browser edition merges) against an ExcelJS read of the same files, and of a
 * city's 600 files × 300 rows into a file written as a stream (as `luoshi merge` writes it).
 * Each run is its own process (`node lib/bench/merge.js 60 memory`, `… 600 stream`) so its peak
 * memory, the process's maximum resident set (`process.resourceUsage().maxRSS`), is its own.
 * Figures, not assertions (docs/merging.md "Scale").
 */
import { performance } from "perf_hooks";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
import { StreamedWorkbook } from "../src/workbook/exceljs/StreamedWorkbook";
import { mergeLedgers, type MergeFile } from "../src/features/merge";
import { generatedLedger } from "./ledger";

const ROWS = 300;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

const FIRST = "东西南北中上下前后左右新老大小金银铜铁石";
const SECOND = "山水林田湖河江海桥岗店集庄寨屯营坊铺园庙楼台阁亭湾滩洼坡岭峪";

/** The i-th unit's name (600 distinct, no digits, as a unit name must be). */
const unitName = (i: number): string => `${FIRST[i % FIRST.length]}${SECOND[Math.floor(i / FIRST.length) % SECOND.length]}镇`;

/** A 300-row ledger with no unit written in it: each file's unit comes from its file name. */
async function anonymousBytes(): Promise<Uint8Array> {
  const layout = generatedLedger(ROWS);
  layout.rows[0][0] = "2023年度重点工作任务清单";
  layout.rows[1][0] = "填报单位：";
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ ...layout, sheet: "Sheet1" });
  return wb.save();
}

async function run(count: number, target: "memory" | "stream"): Promise<void> {
  // The files differ only in their unit, which is named by the file name (docs/merging.md).
  const bytes = await anonymousBytes();
  const files: MergeFile[] = Array.from({ length: count }, (_, i) => ({ name: `${unitName(i)}.xlsx`, modified: i, open: () => ExcelJsWorkbook.load(bytes) }));

  let t = performance.now();
  let read = 0;
  if (target === "memory") {
    for (const f of files) {
      const wb = await f.open();
      await wb.readSheet();
    }
    read = performance.now() - t;
  }

  t = performance.now();
  const into = target === "memory" ? ExcelJsWorkbook.create() : new StreamedWorkbook();
  const outcome = await mergeLedgers(into, { files, date: "2023-06-30" });
  const merged = performance.now() - t;
  if (!outcome.ok) throw new Error(outcome.message);
  t = performance.now();
  const out = await into.save();
  const saved = performance.now() - t;
  const rows = outcome.value.sheets.reduce((n, x) => n + x.rows, 0);
  const against = target === "memory" ? ` (ExcelJS read of the same files ${s(read)}, ratio ${((merged + saved) / read).toFixed(2)})` : "";
  console.log(
    `merge ${count} files × ${ROWS} rows, ${target === "memory" ? "workbook in memory (browser edition)" : "file written as a stream (CLI)"}: ` +
      `${rows} rows from ${outcome.value.plan.units.length} units, merge ${s(merged)} + save ${s(saved)}${against}, output ${mb(out.byteLength)}, ` +
      `peak memory ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? "60");
  const target = process.argv[3] === "stream" ? "stream" : "memory";
  await run(count, target);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
