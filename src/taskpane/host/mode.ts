/**
 * Which mode the pane runs in, found without ever blocking the first render on office.js:
 * inside Excel (Office.onReady says Excel), the browser edition (no office.js on the page,
 * or office.js outside Office), or office.js could not load / never answered.
 */
import { say } from "../../messages";

export type PaneMode = "excel" | "browser" | "office-unavailable";

/** The bits of the Office global the pane touches (typed so tests can pass a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  HostType: { Excel: unknown };
}

/**
 * Decide the mode. `edition` is the page's own claim ("browser" for index.html, "addin" for
 * taskpane.html); `office` is `window.Office` (undefined when the CDN script failed).
 */
export async function detectMode(edition: string, office: OfficeLike | undefined, timeoutMs = 8000): Promise<PaneMode> {
  if (edition === "browser") return "browser";
  if (!office) return "office-unavailable";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return "office-unavailable";
    return info.host === office.HostType.Excel ? "excel" : "browser";
  } catch {
    return "office-unavailable";
  } finally {
    clearTimeout(timer);
  }
}

/** The mode line the pane shows. */
export const MODE_LABEL: Record<PaneMode, string> = {
  excel: say("pane.mode.excel"),
  browser: say("pane.mode.browser"),
  "office-unavailable": say("pane.mode.officeUnavailable"),
};
