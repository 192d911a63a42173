/**
 * The whole contract once more over a fake Excel that refuses any request over 128 KB while the
 * adapter plans for 4 MB: Excel on the web counts a request as office.js serialises it, so the
 * adapter's estimate can fall short, and every read, write, mark and setting must get through
 * by sending smaller requests when one is refused (src/workbook/officejs/batches.ts).
 */
import { officeHost } from "./hosts/officeHost";
import { describeWorkbookContract } from "./workbookContract";

describeWorkbookContract("OfficeJsWorkbook over FakeExcel refusing requests over 128 KB", () => officeHost({ requestLimitBytes: 128 * 1024 }));
