/**
 * Accessibility of every view of the browser edition (the pane is the add-in's too): an axe-core
 * scan (@axe-core/playwright, WCAG 2.1 A and AA rules) after each step a clerk takes, with no
 * serious or critical violation allowed. Lesser findings are printed, not failed.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { launch, openPage, serveDist } from "./harness";

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Fluent UI's focus manager (tabster) puts focusable `aria-hidden` sentinels around arrow-key
 * groups such as a TabList, on purpose: they pass the focus on as soon as they get it, and must
 * not be announced. axe's aria-hidden-focus reports them; Fluent calls it by design
 * (microsoft/fluentui#27517, microsoft/tabster#288) and Microsoft's Accessibility Insights drops
 * exactly these results (microsoft/accessibility-insights-web#7605). So are they here, and only they.
 */
function fluentSentinel(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

/** The serious and critical violations on the page now, each as "rule: target"; every finding printed. */
async function violations(page: Page, view: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = result.violations.flatMap((v) => v.nodes.filter((n) => !fluentSentinel(v.id, n.html)).map((n) => ({ rule: v.id, impact: v.impact ?? "?", target: n.target.join(" "), html: n.html.slice(0, 160) })));
  if (found.length > 0) console.log(`${view}:\n  ${found.map((f) => `${f.rule}: ${f.target} (${f.impact}) ${f.html}`).join("\n  ")}`);
  return found.filter((f) => f.impact === "serious" || f.impact === "critical").map((f) => `${f.rule}: ${f.target}`);
}

test("the pane (narrow window): the sample opened, after 一键校验, with letters drafted, after 进度分析 and 通报排名, and the sheet tab", async () => {
  const { page } = await openPage(browser, server.url);
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  expect(await violations(page, "pane, sample open")).toEqual([]);
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.getByText(/校验完毕/).waitFor();
  expect(await violations(page, "pane, validated")).toEqual([]);
  const letters = page.getByRole("region", { name: "函件", exact: true });
  await letters.getByRole("textbox", { name: "成文日期" }).fill("2023-07-05");
  await letters.getByRole("textbox", { name: "进度截至日期" }).fill("2023-06-30");
  await letters.getByRole("textbox", { name: "发文机关" }).fill("柳林镇人民政府");
  await letters.getByRole("button", { name: "起草函件" }).click();
  await letters.getByRole("list", { name: "起草的函件" }).waitFor({ timeout: 30000 });
  await letters.getByRole("region", { name: "函件预览" }).waitFor();
  expect(await violations(page, "pane, letters drafted and previewed")).toEqual([]);
  await page.getByRole("button", { name: "进度分析" }).click();
  await page.getByRole("table", { name: "各单位进度" }).waitFor({ timeout: 30000 });
  const rank = page.getByRole("region", { name: "通报排名" });
  await rank.getByRole("textbox", { name: "排名截至日期" }).fill("2023-06-30");
  await rank.getByRole("button", { name: "生成排名" }).click();
  await page.getByText(/已写入“通报排名/).first().waitFor({ timeout: 30000 });
  expect(await violations(page, "pane, ranked")).toEqual([]);
  await page.getByRole("tab", { name: "查看表格" }).click();
  await page.getByRole("grid").waitFor({ timeout: 30000 });
  expect(await violations(page, "narrow window, the sheet")).toEqual([]);
});

test("the workspace (wide window): the sheet with its marks, a finding's note shown, a result sheet with its chart", async () => {
  const { page } = await openPage(browser, server.url, { width: 1366, height: 800 });
  await page.getByRole("grid").waitFor({ timeout: 30000 });
  expect(await violations(page, "workspace, sample")).toEqual([]);
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.getByText(/校验完毕/).waitFor();
  await page.getByRole("button", { name: "定位到 F7" }).first().click();
  await page.getByRole("tooltip").waitFor();
  expect(await violations(page, "workspace, validated, a finding selected")).toEqual([]);
  const rank = page.getByRole("region", { name: "通报排名" });
  await rank.getByRole("textbox", { name: "排名截至日期" }).fill("2023-06-30");
  await rank.getByRole("button", { name: "生成排名" }).click();
  await page.locator("[data-chart]").first().waitFor({ timeout: 30000 });
  expect(await violations(page, "workspace, ranking sheet")).toEqual([]);
});

test("by keyboard alone: Tab to 一键校验 and press Enter, Tab on to a finding and open it, then move in the grid with the arrows", async () => {
  const { page } = await openPage(browser, server.url, { width: 1366, height: 800 });
  await page.getByRole("grid").waitFor({ timeout: 30000 });
  const focused = () => page.evaluate(() => ({ role: document.activeElement?.getAttribute("role"), text: (document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "").trim() }));
  // Tab until 一键校验 has the focus (every control on the way is reachable and says what it is).
  const seen: string[] = [];
  for (let i = 0; i < 40 && (await focused()).text !== "一键校验"; i++) {
    await page.keyboard.press("Tab");
    seen.push((await focused()).text);
  }
  expect((await focused()).text).toBe("一键校验");
  expect(seen.filter((t) => t === "")).toEqual([]);
  // The focus ring shows where the keyboard is (Fluent marks the element it draws the ring on).
  expect(await page.evaluate(() => document.activeElement?.matches(":focus-visible") && document.activeElement.hasAttribute("data-fui-focus-visible"))).toBe(true);
  await page.keyboard.press("Enter");
  await page.getByText(/校验完毕/).waitFor();
  for (let i = 0; i < 60 && !(await focused()).text.startsWith("定位到 "); i++) await page.keyboard.press("Tab");
  const finding = (await focused()).text.replace("定位到 ", "");
  await page.keyboard.press("Enter");
  await page.waitForFunction((cell) => document.querySelector(`[role="gridcell"][data-cell="${cell}"]`)?.getAttribute("aria-selected") === "true", finding);
  // Back into the grid (one tab stop, before the pane) with Shift+Tab.
  for (let i = 0; i < 80 && (await focused()).role !== "grid"; i++) await page.keyboard.press("Shift+Tab");
  expect((await focused()).role).toBe("grid");
  const before = await page.getByRole("grid").getAttribute("aria-activedescendant");
  await page.keyboard.press("ArrowDown");
  expect(await page.getByRole("grid").getAttribute("aria-activedescendant")).not.toBe(before);
  expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("grid");
});
