import { officeHost } from "./hosts/officeHost";
import { describeWorkbookContract } from "./workbookContract";

describeWorkbookContract("OfficeJsWorkbook over FakeExcel", () => officeHost());
