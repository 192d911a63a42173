/**
 * @jest-environment jsdom
 *
 * The legacy check (src/legacy/legacyBoot.js), the first script of every page: it parses as
 * ES5 (acorn, ecmaVersion 5), so Internet Explorer 11 — the web view of volume-licensed Excel
 * 2016/2019 — can run it; run in a page where the modern features it tests for are removed, it
 * shows the message (which Excel is needed, the browser edition at the same address) and does
 * not load the bundle; with them, it loads the bundle and shows nothing. The ribbon's function
 * file gives every button of the manifest a dialog saying the same. The built pages in Chromium:
 * test/e2e/excelMode.e2e.ts.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "acorn";
import { legacyNoticeHtml, oldBrowserNoticeHtml, LEGACY_STYLE } from "../../src/legacy/legacyPage";
import { say } from "../../src/messages";

const ROOT = path.resolve(__dirname, "..", "..");
const read = (...p: string[]) => fs.readFileSync(path.join(ROOT, ...p), "utf8");
const BOOT = read("src", "legacy", "legacyBoot.js");
const MANIFEST = read("manifest.xml");

/** What IE11 lacks, as the check looks for it. */
const MODERN = ["Promise", "fetch", "Symbol", "CSS"] as const;

type Globals = Record<string, unknown>;
const win = window as unknown as Globals;

/** Run the boot script in this (jsdom) page with `remove` deleted and `add` defined, then put them back. */
function runBoot({ remove = [], add = {} }: { remove?: readonly string[]; add?: Globals } = {}): void {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  for (const name of [...remove, ...Object.keys(add)]) saved.set(name, Object.getOwnPropertyDescriptor(window, name));
  try {
    for (const name of remove) delete win[name];
    Object.assign(win, add);
    // As the page runs it: a classic script in the page's global scope.
    new Function(BOOT)();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete win[name];
    }
  }
}

/** A page as the templates build it (src/taskpane/taskpane.html, src/commands/commands.html, src/legacy/legacy.html). */
function page(body: string): void {
  document.head.innerHTML = `<style>${LEGACY_STYLE}</style>`;
  document.body.innerHTML = body;
}
const paneBody = (notice = legacyNoticeHtml()) =>
  `<div id="container" data-edition="addin"></div>${notice}<script id="luoshi-boot" data-role="pane" data-scripts="taskpane.js"></script>`;
const added = () => [...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src"));
const message = () => document.getElementById("luoshi-legacy") as HTMLElement;
/** Modern features jsdom lacks (fetch, CSS.supports), as a browser has them. */
const BROWSER: Globals = { fetch: () => undefined, CSS: { supports: () => true } };

describe("legacyBoot.js", () => {
  test("parses as ES5 (acorn, ecmaVersion 5), and acorn at 5 does refuse what IE11 cannot run", () => {
    expect(() => parse(BOOT, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
    for (const modern of ["var f = () => 1;", "let a = 1;", "var s = `x`;", "class A {}", "var o = { a };"]) {
      expect(() => parse(modern, { ecmaVersion: 5, sourceType: "script" })).toThrow();
    }
  });

  test.each(MODERN.map((name) => [name]))("without %s: the message, and the bundle is not loaded", (name) => {
    page(paneBody());
    runBoot({ remove: [name], add: name === "fetch" || name === "CSS" ? Object.fromEntries(Object.entries(BROWSER).filter(([k]) => k !== name)) : BROWSER });
    expect(added()).toEqual([]);
    expect(message().hidden).toBe(false);
    expect(document.getElementById("container")).toBeNull();
    expect(message().querySelector('[data-slot="missing"]')?.textContent).toContain(name === "CSS" ? "CSS.supports" : name);
  });

  test("in a page like IE11's: which Excel is needed, the browser edition's address, no bundle", () => {
    page(paneBody());
    runBoot({ remove: MODERN });
    expect(added()).toEqual([]);
    const box = message();
    expect(box.hidden).toBe(false);
    expect(box.querySelector("h1")?.textContent).toBe(say("host.legacy.title"));
    expect(box.textContent).toContain("Excel 2021");
    const link = box.querySelector('a[data-slot="url"]') as HTMLAnchorElement;
    expect(link.getAttribute("href")).toBe("http://localhost/index.html");
    expect(link.textContent).toBe("http://localhost/index.html");
    expect(box.textContent).toContain(say("host.legacy.browser", { url: "http://localhost/index.html" }));
    expect(box.querySelector('[data-slot="missing"]')?.textContent).toBe("Promise、fetch、Symbol、CSS.supports");
  });

  test("in a modern page: the bundle's scripts are added, in order, and the message stays hidden", () => {
    page(paneBody().replace('data-scripts="taskpane.js"', 'data-scripts="runtime.js  taskpane.js"'));
    runBoot({ add: BROWSER });
    expect(added()).toEqual(["runtime.js", "taskpane.js"]);
    expect((document.querySelectorAll("script[src]")[0] as HTMLScriptElement).async).toBe(false);
    expect(message().hidden).toBe(true);
    expect(document.getElementById("container")).not.toBeNull();
  });

  test("the single file (scripts/package-single.js): the scripts the page holds run inline, in order, and nothing is fetched", () => {
    const held = (id: string, code: string) => `<script type="application/json" id="${id}">${JSON.stringify(code).replace(/</g, "\\u003c")}</script>`;
    page(
      paneBody(oldBrowserNoticeHtml({ file: true }))
        .replace('data-scripts="taskpane.js"', 'data-scripts="#luoshi-script-a #luoshi-script-b"')
        .replace("<script id=", `${held("luoshi-script-a", "window.ran = ['a'];")}${held("luoshi-script-b", "window.ran.push('b</script>');")}<script id=`),
    );
    runBoot({ add: BROWSER });
    try {
      expect(added()).toEqual([]);
      expect(win.ran).toEqual(["a", "b</script>"]);
      expect(message().hidden).toBe(true);
    } finally {
      delete win.ran;
    }
  });

  test("the single file in an old browser: the browsers that work are named, no address, no bundle", () => {
    page(paneBody(oldBrowserNoticeHtml({ file: true })).replace('data-scripts="taskpane.js"', 'data-scripts="#luoshi-script-taskpane"'));
    runBoot({ remove: MODERN });
    expect(added()).toEqual([]);
    const box = message();
    expect(box.hidden).toBe(false);
    expect(box.querySelector("h1")?.textContent).toBe(say("host.oldBrowser.title"));
    expect(box.textContent).toContain(say("host.oldBrowser.file"));
    for (const name of ["Edge", "Chrome", "Firefox", "360安全浏览器", "QQ浏览器", "极速模式"]) expect(box.textContent).toContain(name);
    expect(box.querySelector('[data-slot="url"]')).toBeNull();
    expect(box.textContent).toContain(say("host.oldBrowser.detail", { missing: "Promise、fetch、Symbol、CSS.supports" }));
  });

  test("the browser edition in an old browser: its own message (no Excel in it)", () => {
    page(paneBody(oldBrowserNoticeHtml()));
    runBoot({ remove: MODERN });
    expect(added()).toEqual([]);
    expect(message().querySelector("h1")?.textContent).toBe(say("host.oldBrowser.title"));
    expect(message().textContent).not.toContain("Excel 2016");
  });
});

describe("the ribbon on such a host", () => {
  function fakeOffice() {
    const associated = new Map<string, (event: { completed(): void }) => void>();
    const dialogs: { url: string; dialog: { close: jest.Mock }; handlers: Map<string, () => void> }[] = [];
    const office = {
      actions: { associate: (name: string, f: (event: { completed(): void }) => void) => associated.set(name, f) },
      onReady: jest.fn(),
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      AsyncResultStatus: { Succeeded: "succeeded" },
      context: {
        ui: {
          displayDialogAsync(url: string, _o: unknown, callback: (r: unknown) => void) {
            const handlers = new Map<string, () => void>();
            const dialog = { close: jest.fn(), addEventHandler: (t: string, h: () => void) => handlers.set(t, h) };
            dialogs.push({ url, dialog, handlers });
            callback({ status: "succeeded", value: dialog });
          },
          messageParent: jest.fn(),
        },
      },
    };
    return { office, associated, dialogs };
  }
  // office.js stays in the page after the boot script: the handlers and the button use it later.
  afterEach(() => {
    delete win.Office;
  });
  const COMMANDS_HTML = read("src", "commands", "commands.html");
  const functionsOfPage = () => /data-functions="([^"]*)"/.exec(COMMANDS_HTML)?.[1].split(/\s+/) ?? [];

  test("commands.html names every FunctionName of manifest.xml for the legacy handlers", () => {
    const inManifest = [...MANIFEST.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(inManifest.length).toBeGreaterThan(0);
    expect([...functionsOfPage()].sort()).toEqual([...inManifest].sort());
  });

  test("each button opens legacy.html in a dialog and completes when it is closed; the bundle is not loaded", () => {
    const { office, associated, dialogs } = fakeOffice();
    page(`<script id="luoshi-boot" data-role="commands" data-scripts="commands.js" data-functions="${functionsOfPage().join(" ")}" data-dialog="legacy.html"></script>`);
    win.Office = office;
    runBoot({ remove: MODERN });
    try {
      expect(added()).toEqual([]);
      expect([...associated.keys()].sort()).toEqual([...functionsOfPage()].sort());
      expect(office.onReady).toHaveBeenCalled();
      for (const name of functionsOfPage()) {
        // Old hosts find the function by its global name.
        expect(typeof win[name]).toBe("function");
        const event = { completed: jest.fn() };
        associated.get(name)!(event);
        const shown = dialogs.at(-1)!;
        expect(shown.url).toBe("http://localhost/legacy.html");
        expect(event.completed).not.toHaveBeenCalled();
        shown.handlers.get("message")!();
        expect(shown.dialog.close).toHaveBeenCalledTimes(1);
        expect(event.completed).toHaveBeenCalledTimes(1);
      }
      // The × of the dialog: completed, nothing closed twice.
      const event = { completed: jest.fn() };
      associated.get("clearMarks")!(event);
      dialogs.at(-1)!.handlers.get("event")!();
      expect(dialogs.at(-1)!.dialog.close).not.toHaveBeenCalled();
      expect(event.completed).toHaveBeenCalledTimes(1);
    } finally {
      for (const name of functionsOfPage()) delete win[name];
    }
  });

  test("a dialog Office refuses: the command completes at once", () => {
    const { office, associated } = fakeOffice();
    office.context.ui.displayDialogAsync = (_url: string, _o: unknown, callback: (r: unknown) => void) => callback({ status: "failed" });
    page(`<script id="luoshi-boot" data-role="commands" data-functions="clearMarks"></script>`);
    win.Office = office;
    runBoot({ remove: MODERN });
    const event = { completed: jest.fn() };
    associated.get("clearMarks")!(event);
    expect(event.completed).toHaveBeenCalledTimes(1);
    delete win.clearMarks;
  });

  test("on a modern host the function file loads its bundle and registers nothing itself", () => {
    const { office, associated } = fakeOffice();
    page(`<script id="luoshi-boot" data-role="commands" data-scripts="commands.js" data-functions="clearMarks"></script>`);
    win.Office = office;
    runBoot({ add: BROWSER });
    expect(added()).toEqual(["commands.js"]);
    expect(associated.size).toBe(0);
  });

  test("legacy.html: the message is shown and 知道了 asks the command to close it", () => {
    const { office } = fakeOffice();
    page(`${legacyNoticeHtml({ button: true })}<script id="luoshi-boot" data-role="dialog"></script>`);
    win.Office = office;
    runBoot({ remove: MODERN });
    expect(message().hidden).toBe(false);
    (document.getElementById("luoshi-legacy-ok") as HTMLButtonElement).click();
    expect(office.context.ui.messageParent).toHaveBeenCalledWith("close");
  });
});

describe("the pages", () => {
  test.each([
    ["src/taskpane/taskpane.html", "pane"],
    ["src/taskpane/browser.html", "pane"],
    ["src/commands/commands.html", "commands"],
    ["src/legacy/legacy.html", "dialog"],
  ])("%s starts with the boot script (role %s) and has no other script of ours", (file, role) => {
    const html = read(file);
    expect(html).toMatch(new RegExp(`<script id="luoshi-boot" src="legacy-boot.js" data-role="${role}"`));
    const srcs = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs.filter((s) => !s.startsWith("https://appsforoffice.microsoft.com/"))).toEqual(["legacy-boot.js"]);
  });

  test("the message's text is the catalogue's", () => {
    const html = legacyNoticeHtml();
    for (const id of ["host.legacy.title", "host.legacy.why"] as const) expect(html).toContain(say(id));
    expect(html).toMatch(/<div id="luoshi-legacy" role="alert" hidden>/);
  });
});
