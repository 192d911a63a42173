/**
 * The message a host whose web view cannot run the pane shows (Internet Explorer 11: volume-
 * licensed Excel 2016 and 2019; docs/decisions.md "Editions and hosts"), as plain HTML built
 * from the catalogue when webpack builds the pages (scripts/legacy-page.js loads this file).
 * The page keeps it hidden; src/legacy/legacyBoot.js, which runs in ES5, shows it where the
 * bundle cannot run, and fills its slots: `url` (the browser edition beside the page) and
 * `missing` (what the web view lacks).
 */
import { say } from "../messages";

/** The element the boot script shows; the pages hold it hidden. */
export const LEGACY_ID = "luoshi-legacy";

/** Text as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A slot the boot script fills at run time, with what it shows until then. */
function slot(name: "url" | "missing", fallback: string): string {
  if (name === "url") return `<a class="luoshi-url" data-slot="url" href="index.html" target="_blank" rel="noopener">${escapeHtml(fallback)}</a>`;
  return `<span data-slot="${name}">${escapeHtml(fallback)}</span>`;
}

/** A template's text as HTML, its `{name}` placeholders as slots. */
function withSlots(template: string): string {
  return template
    .split(/(\{[a-z]+\})/)
    .map((part) => (part === "{url}" ? slot("url", "index.html") : part === "{missing}" ? slot("missing", "") : escapeHtml(part)))
    .join("");
}

/** The CSS of the message (no flex, no variables: Internet Explorer 11 must lay it out). */
export const LEGACY_STYLE = [
  `#${LEGACY_ID} { box-sizing: border-box; padding: 20px 24px; font-family: "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; font-size: 15px; line-height: 1.7; color: #1f1f1f; background: #fff; }`,
  `#${LEGACY_ID} h1 { margin: 0 0 12px; font-size: 17px; font-weight: 600; color: #a4262c; }`,
  `#${LEGACY_ID} p { margin: 0 0 12px; }`,
  `#${LEGACY_ID} .luoshi-url { word-break: break-all; color: #0f6cbd; }`,
  `#${LEGACY_ID} .luoshi-detail { font-size: 12px; color: #616161; }`,
  `#${LEGACY_ID} button { min-width: 96px; padding: 6px 20px; font: inherit; color: #fff; background: #107c41; border: 1px solid #107c41; border-radius: 4px; cursor: pointer; }`,
  `#${LEGACY_ID}[hidden] { display: none; }`,
].join("\n");

/** The technical line: what the web view (or the browser) lacks (hidden by the boot script when nothing is). */
function detail(browser = false): string {
  const template = browser ? say("host.oldBrowser.detail", { missing: "{missing}" }) : say("host.legacy.detail", { missing: "{missing}" });
  return `<p class="luoshi-detail" data-slot-parent="missing">${withSlots(template)}</p>`;
}

/**
 * The add-in's hidden message (taskpane.html; with a 知道了 button in legacy.html, the dialog a
 * ribbon button opens): which Excel is needed, and the browser edition at the same address.
 */
export function legacyNoticeHtml(options: { button?: boolean } = {}): string {
  const button = options.button ? `<p><button id="luoshi-legacy-ok" type="button">${escapeHtml(say("host.legacy.ok"))}</button></p>` : "";
  return [
    `<div id="${LEGACY_ID}" role="alert" hidden>`,
    `<h1>${escapeHtml(say("host.legacy.title"))}</h1>`,
    `<p>${escapeHtml(say("host.legacy.why"))}</p>`,
    `<p>${withSlots(say("host.legacy.browser", { url: "{url}" }))}</p>`,
    detail(),
    button,
    `</div>`,
  ].join("");
}

/**
 * The browser edition's hidden message (index.html): the browser is too old; which to use. The
 * single-file edition's (`file`: scripts/package-single.js) names the browsers to open this same
 * file in, as there is no address beside it.
 */
export function oldBrowserNoticeHtml(options: { file?: boolean } = {}): string {
  const body = options.file ? escapeHtml(say("host.oldBrowser.file")) : withSlots(say("host.oldBrowser.body", { url: "{url}" }));
  return [
    `<div id="${LEGACY_ID}" role="alert" hidden>`,
    `<h1>${escapeHtml(say("host.oldBrowser.title"))}</h1>`,
    `<p>${body}</p>`,
    detail(true),
    `</div>`,
  ].join("");
}
