/**
 * The single-file browser edition in Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
 * test/e2e/firefox.ts), opened from file:// as a clerk opens it: the sample opens from the file's
 * own copy, 一键校验 runs, and 下载结果 saves the workbook with its 校验结果; the page's policy
 * refuses nothing the pane does. Skipped, saying so, where Firefox is not installed (CI installs
 * it: .ci/run).
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import { OUT } from "./harness";
import { hasFirefox, launchFirefox, type Firefox } from "./firefox";
import { FILE_NAME, packageSingle } from "../../scripts/package-single";

const DIST = path.resolve(__dirname, "../../dist");
const HERE = path.join(OUT, "single-firefox");

const run = hasFirefox() ? test : test.skip;

/** Click the button whose text contains `text`. */
const click = (ff: Firefox, text: string) =>
  ff.evaluate(`(() => { const b = [...document.querySelectorAll("button")].find((x) => x.textContent.includes(${JSON.stringify(text)})); if (!b) throw new Error("no button"); b.click(); return true; })()`);

run("Firefox: opened from file://, the sample, 一键校验, the result downloaded as .xlsx, nothing refused by the policy", async () => {
  fs.rmSync(HERE, { recursive: true, force: true });
  const { file } = packageSingle({ dist: DIST, out: HERE });
  expect(path.basename(file)).toBe(FILE_NAME);
  const ff = await launchFirefox();
  try {
    await ff.preload(`() => { window.__violations = []; document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI)); }`);
    await ff.navigate(pathToFileURL(file).href);
    await ff.waitFor(`[...document.querySelectorAll("h2")].some((h) => h.textContent.includes("当前工作表：重点任务"))`, 60_000);
    await click(ff, "一键校验");
    await ff.waitFor(`document.body.textContent.includes("校验完毕")`);
    await click(ff, "下载结果");
    // The download lands in the profile's folder, complete once no `.part` file is left.
    const deadline = Date.now() + 30_000;
    let xlsx: string | undefined;
    while (!xlsx && Date.now() < deadline) {
      const names = fs.readdirSync(ff.downloads);
      const done = names.find((f) => f.endsWith(".xlsx") && fs.statSync(path.join(ff.downloads, f)).size > 0);
      xlsx = done && !names.some((f) => f.endsWith(".part")) ? done : undefined;
      if (!xlsx) await new Promise((r) => setTimeout(r, 200));
    }
    expect(xlsx).toBeDefined();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ff.downloads, xlsx as string));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["重点任务", "校验结果"]));
    expect(await ff.evaluate<string[]>("window.__violations")).toEqual([]);
  } finally {
    await ff.close();
  }
});
