/**
 * Browser-test harness: serve dist/ on loopback, start Debian's Chromium through
 * playwright-core with the flags this machine needs, and refuse (and record) any request that
 * would leave the machine.
 */
import * as http from "http";
import * as fs from "fs";
import * as path from "path";
import { AddressInfo } from "net";
import { chromium, Browser, Locator, Page } from "playwright-core";

export const OUT = path.resolve(__dirname, "../../test-output");
const DIST = path.resolve(__dirname, "../../dist");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".xml": "text/xml; charset=utf-8",
};

export async function serveDist(): Promise<{ url: string; close(): Promise<void> }> {
  if (!fs.existsSync(path.join(DIST, "index.html"))) throw new Error("dist/ is missing: run npm run build first");
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(DIST, url === "/" ? "index.html" : url);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Chromium with a fresh profile (playwright makes a new temporary one per launch). */
export async function launch(): Promise<Browser> {
  fs.mkdirSync(OUT, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
  });
}

/** Open a page that aborts every request off loopback; the returned list records them. The window is a task pane's (420×900) unless given. */
export async function openPage(browser: Browser, url: string, viewport = { width: 420, height: 900 }): Promise<{ page: Page; external: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport, locale: "zh-CN" });
  const page = await context.newPage();
  const external: string[] = [];
  await page.route("**/*", (route) => {
    const u = new URL(route.request().url());
    if (u.hostname === "127.0.0.1" || u.hostname === "localhost" || u.protocol === "blob:" || u.protocol === "data:") return route.continue();
    external.push(u.href);
    return route.abort();
  });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(url);
  return { page, external };
}

/** Drop files on an element as the browser does: a DataTransfer holding them, built in the page, then dragover and drop. */
export async function dropFiles(page: Page, target: Locator, files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map((f, i) => ({ name: f.name, bytes: Array.from(f.bytes), lastModified: Date.UTC(2024, 1, 1 + i) }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { lastModified: f.lastModified }));
    return dt;
  }, payload);
  await target.dispatchEvent("dragover", { dataTransfer });
  await target.dispatchEvent("drop", { dataTransfer });
}
