/**
 * Debian's Firefox (firefox-esr) driven over WebDriver BiDi with a minimal client: the session,
 * the top-level browsing context, navigation, and script evaluation. playwright-core drives a
 * stock Firefox only through its BiDi channel, whose first call on a new context
 * (`emulation.setMediaFeaturesOverride`) Firefox ESR does not know; the commands used here are in
 * the W3C WebDriver BiDi specification (https://w3c.github.io/webdriver-bidi/) and in every
 * Firefox since 120. Downloads go to a folder of the profile, set by its prefs.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import WebSocket from "ws";

export const FIREFOX = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/** Whether Firefox is on this machine (CI installs firefox-esr; a developer may not have it). */
export const hasFirefox = (): boolean => fs.existsSync(FIREFOX);

export interface Firefox {
  /** Evaluate an expression in the page (awaiting a promise); its JSON-serialisable result. */
  evaluate<T>(expression: string): Promise<T>;
  /** Load a URL and wait for its load event. */
  navigate(url: string): Promise<void>;
  /** Poll `expression` until it is truthy (or throw after `timeoutMs`), returning its value. */
  waitFor<T>(expression: string, timeoutMs?: number): Promise<T>;
  /** Run `functionDeclaration` (a function's source) in every page before its own scripts. */
  preload(functionDeclaration: string): Promise<void>;
  /** The folder downloads go to. */
  downloads: string;
  close(): Promise<void>;
}

/** A BiDi local value as a plain value (strings, numbers, booleans, null, arrays, objects). */
function plain(v: { type: string; value?: unknown }): unknown {
  switch (v.type) {
    case "string": case "number": case "boolean": return v.value;
    case "null": case "undefined": return null;
    case "array": return (v.value as { type: string; value?: unknown }[]).map(plain);
    case "object": return Object.fromEntries((v.value as [string, { type: string; value?: unknown }][]).map(([k, x]) => [k, plain(x)]));
    default: return v.value ?? null;
  }
}

export async function launchFirefox(): Promise<Firefox> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "luoshi-ff-"));
  const downloads = path.join(profile, "downloads");
  fs.mkdirSync(downloads);
  fs.writeFileSync(
    path.join(profile, "user.js"),
    [
      `user_pref("browser.download.folderList", 2);`,
      `user_pref("browser.download.dir", ${JSON.stringify(downloads)});`,
      `user_pref("browser.download.useDownloadDir", true);`,
      `user_pref("browser.download.always_ask_before_handling_new_types", false);`,
      `user_pref("browser.shell.checkDefaultBrowser", false);`,
      `user_pref("datareporting.policy.dataSubmissionEnabled", false);`,
      `user_pref("network.proxy.type", 0);`,
    ].join("\n"),
  );
  const child: ChildProcess = spawn(FIREFOX, ["--headless", "--no-remote", "--profile", profile, "--remote-debugging-port=0"], {
    env: { ...process.env, HOME: profile, MOZ_CRASHREPORTER_DISABLE: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const address = await new Promise<string>((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => reject(new Error(`Firefox did not start: ${log.slice(-500)}`)), 60_000);
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stderr?.on("data", onData);
    child.stdout?.on("data", onData);
    child.on("exit", (code) => reject(new Error(`Firefox exited (${code}): ${log.slice(-500)}`)));
  });
  const ws = new WebSocket(`${address}/session`);
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  ws.on("message", (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (msg.id === undefined) return;
    const w = waiting.get(msg.id);
    waiting.delete(msg.id);
    if (msg.type === "error") w?.reject(new Error(`${msg.error}: ${msg.message}`));
    else w?.resolve(msg.result);
  });
  const send = <T>(method: string, params: object): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  await send("session.new", { capabilities: {} });
  const tree = await send<{ contexts: { context: string }[] }>("browsingContext.getTree", {});
  const context = tree.contexts[0].context;
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = await send<{ type: string; result?: { type: string; value?: unknown }; exceptionDetails?: { text: string } }>("script.evaluate", {
      expression, target: { context }, awaitPromise: true, resultOwnership: "none",
    });
    if (r.type === "exception") throw new Error(`in Firefox: ${r.exceptionDetails?.text}`);
    return plain(r.result ?? { type: "null" }) as T;
  };
  return {
    downloads,
    evaluate,
    preload: async (functionDeclaration) => void (await send("script.addPreloadScript", { functionDeclaration })),
    navigate: async (url) => void (await send("browsingContext.navigate", { context, url, wait: "complete" })),
    waitFor: async <T>(expression: string, timeoutMs = 30_000): Promise<T> => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const v = await evaluate<T>(expression);
        if (v) return v;
        if (Date.now() > until) throw new Error(`Firefox: timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    close: async () => {
      await send("session.end", {}).catch(() => undefined);
      ws.close();
      child.kill();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
