import { fileHost } from "./hosts/exceljsHost";
import { describeWorkbookContract } from "./workbookContract";

describeWorkbookContract("ExcelJsWorkbook saved to .xlsx bytes and loaded again", fileHost);
