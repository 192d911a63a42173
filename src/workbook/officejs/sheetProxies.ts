/**
 * Worksheet proxies by name for one batch, made once and reused by its steps. When Excel
 * refuses a request as too large, proxies made for it point at nothing (their lookup was never
 * sent), so the cache is dropped and the steps sent again make fresh ones; a sheet the batch
 * adds is looked up by name from then on (or made again by its step, if its request was the
 * refused one).
 */

/** Worksheet proxies by name. */
export class SheetProxies {
  private readonly cache = new Map<string, Excel.Worksheet>();

  constructor(private readonly context: Excel.RequestContext) {}

  /** The sheet named `name` (case as Excel ignores it). */
  get(name: string): Excel.Worksheet {
    const key = this.key(name);
    let ws = this.cache.get(key);
    if (!ws) {
      ws = this.context.workbook.worksheets.getItem(name); // ExcelApi 1.1
      this.cache.set(key, ws);
    }
    return ws;
  }

  /** Remember a proxy made another way (a sheet just added). */
  set(name: string, ws: Excel.Worksheet): void {
    this.cache.set(this.key(name), ws);
  }

  /** Forget every proxy (after a refused request). */
  reset(): void {
    this.cache.clear();
  }

  /** Excel ignores case in sheet names (as common/sheetNames' sameSheetName). */
  private key(name: string): string {
    return name.toLocaleUpperCase("zh-CN");
  }
}
