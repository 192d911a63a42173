/**
 * zh-CN: which Excel the add-in needs (docs/excel-hosts.md "Requirement sets"), said where the
 * host cannot run it. `host.legacy.*` is the page an Internet Explorer 11 web view shows (plain
 * HTML, built from these templates by webpack: src/legacy/legacyPage.ts), `host.oldBrowser.*` the
 * browser edition's in such a browser (`.file`: the single-file edition's, opened from disk, which
 * names no address); `host.tooOld` is what
 * the pane and the ribbon say in a modern web view on an Excel without ExcelApi 1.13.
 */
export const HOST = {
  "host.legacy.title": "这个版本的 Excel 运行不了落实台账助手",
  "host.legacy.why":
    "落实台账助手需要 Excel 2021、Excel 2024、Microsoft 365（Windows 或 Mac）或 Excel 网页版。批量授权的 Excel 2016、Excel 2019 用 Internet Explorer 11 显示加载项，助手在其中无法运行。",
  "host.legacy.browser":
    "不升级 Excel 也能用：在 Edge、Chrome 等浏览器中打开浏览器版 {url}，可以打开任何 .xlsx 台账，识别、校验、规范化后下载结果，数据不离开本机。",
  "host.legacy.detail": "技术信息：显示加载项的浏览器组件缺少 {missing}。",
  "host.legacy.ok": "知道了",
  "host.oldBrowser.title": "这个浏览器版本太旧，打不开落实台账助手",
  "host.oldBrowser.body":
    "请用新版的 Edge、Chrome 或 Firefox 打开 {url}；用 360安全浏览器、QQ浏览器的，请更新到最新版并切换到极速模式。所有处理都在本机完成，数据不离开本机。",
  "host.oldBrowser.file":
    "请用新版的 Edge、Chrome 或 Firefox 打开这个文件；用 360安全浏览器、QQ浏览器的，请更新到最新版并切换到极速模式。不需要联网，所有处理都在本机完成，数据不离开本机。",
  "host.oldBrowser.detail": "技术信息：这个浏览器缺少 {missing}。",
  "host.tooOld":
    "这个版本的 Excel 缺少落实台账助手读取工作表要用的功能（ExcelApi 1.13）。请改用 Excel 2021、Excel 2024、Microsoft 365 或 Excel 网页版；不升级也可以在 Edge、Chrome 等浏览器中打开浏览器版 {url}，打开 .xlsx 台账处理后下载结果。",
} as const;
