/**
 * A stand-in for office.js in the browser tests: `Office.onReady` says "inside Excel" and
 * `Excel.run` is FakeExcel's, seeded with the sheets the test puts in `window.__luoshiSeed`.
 * The task pane's real bundle then runs its Excel mode against the fake host.
 */
import { FakeExcel, type SeedSheet } from "../../src/workbook/fake/FakeExcel";

const host = window as unknown as { __luoshiSeed?: SeedSheet[]; __luoshiFake?: FakeExcel };
const fake = new FakeExcel({ sheets: host.__luoshiSeed ?? [{ name: "Sheet1" }] });
host.__luoshiFake = fake;
Object.assign(window, {
  Office: {
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
  },
  Excel: { run: fake.run },
});
