/**
 * The workbook port's contract: one suite, run against every adapter (OfficeJsWorkbook over
 * the fake Excel host, ExcelJsWorkbook in memory, ExcelJsWorkbook through saved bytes).
 */
import { batchCases } from "./cases/batch";
import { chartCases } from "./cases/charts";
import { layoutCases } from "./cases/layout";
import { marksSettingsCases } from "./cases/marksSettings";
import { mergeCases } from "./cases/merges";
import { readWriteCases } from "./cases/readWrite";
import { sheetCases } from "./cases/sheets";
import type { MakeHost } from "./harness";

export type { ChartLook, ContractHost, HostInspector, MakeHost } from "./harness";

/** Register the contract's tests for one adapter; `make` gives a fresh workbook per test. */
export function describeWorkbookContract(name: string, make: MakeHost): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    readWriteCases(make);
    mergeCases(make);
    sheetCases(make);
    layoutCases(make);
    marksSettingsCases(make);
    chartCases(make);
    batchCases(make);
  });
}
