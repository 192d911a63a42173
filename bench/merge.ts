/**
 * `npm run bench` (merge part, its own process so its peak memory is its own): the 汇总 of a
 * county's 60 files × 300 rows and a city's 600 files × 300 rows through `mergeLedgers` on
 * ExcelJS (as `luoshi merge` runs it), against an ExcelJS read of the same files. Peak memory is
 * the process's maximum resident set (`process.resourceUsage().maxRSS`). `BENCH_MERGE_FILES`
 * picks the file counts (default `60`; `600` takes minutes and, until the output is written as a
 * stream, gigabytes: docs/merging.md "Scale"). Figures, not assertions.
 */
import { performance } from "perf_hooks";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
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

async function run(count: number): Promise<void> {
  // The files differ only in their unit, which is named by the file name (docs/merging.md).
  const bytes = await anonymousBytes();
  const files: MergeFile[] = Array.from({ length: count }, (_, i) => ({ name: `${unitName(i)}.xlsx`, modified: i, open: () => ExcelJsWorkbook.load(bytes) }));

  let t = performance.now();
  for (const f of files) {
    const wb = await f.open();
    await wb.readSheet();
  }
  const read = performance.now() - t;

  t = performance.now();
  const target = ExcelJsWorkbook.create();
  const outcome = await mergeLedgers(target, { files, date: "2023-06-30" });
  const merged = performance.now() - t;
  if (!outcome.ok) throw new Error(outcome.message);
  t = performance.now();
  const out = await target.save();
  const saved = performance.now() - t;
  const rows = outcome.value.sheets.reduce((n, x) => n + x.rows, 0);
  console.log(
    `merge ${count} files × ${ROWS} rows: ${rows} rows from ${outcome.value.plan.units.length} units, merge ${s(merged)} + save ${s(saved)} ` +
      `(ExcelJS read of the same files ${s(read)}, ratio ${(merged / read).toFixed(2)}), output ${mb(out.byteLength)}, ` +
      `peak memory ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}

async function main(): Promise<void> {
  const counts = (process.env.BENCH_MERGE_FILES ?? "60").split(",").map(Number);
  for (const n of counts) await run(n);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
