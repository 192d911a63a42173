import { memoryHost } from "./hosts/exceljsHost";
import { describeWorkbookContract } from "./workbookContract";

describeWorkbookContract("ExcelJsWorkbook in memory", memoryHost);
