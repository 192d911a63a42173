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
 * Which Excel the pane runs in (`Office.context.platform`, as Office.onReady reports it), as far
 * as the pane cares: Excel on Mac and on iPad cannot hand the clerk a file from the pane
 * (docs/letters.md "Getting the file to the clerk"). `unknown` outside Excel or when not said.
 */
export type HostPlatform = "windows" | "web" | "mac" | "ios" | "android" | "unknown";

/** The values of `Office.PlatformType` (strings), as the pane names them. */
const PLATFORMS: Readonly<Record<string, HostPlatform>> = {
  PC: "windows",
  Universal: "windows",
  OfficeOnline: "web",
  Mac: "mac",
  iOS: "ios",
  Android: "android",
};

/** The pane's name for what Office.onReady said the platform is. */
export function platformOf(platform: unknown): HostPlatform {
  return (typeof platform === "string" && PLATFORMS[platform]) || "unknown";
}

/** Where the pane runs: the mode and, inside Excel, the platform. */
export interface PaneHost {
  mode: PaneMode;
  platform: HostPlatform;
}

/**
 * Decide the mode and platform. `edition` is the page's own claim ("browser" for index.html,
 * "addin" for taskpane.html); `office` is `window.Office` (undefined when the CDN script failed).
 */
export async function detectHost(edition: string, office: OfficeLike | undefined, timeoutMs = 8000): Promise<PaneHost> {
  const unknown = (mode: PaneMode): PaneHost => ({ mode, platform: "unknown" });
  if (edition === "browser") return unknown("browser");
  if (!office) return unknown("office-unavailable");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return unknown("office-unavailable");
    return info.host === office.HostType.Excel ? { mode: "excel", platform: platformOf(info.platform) } : unknown("browser");
  } catch {
    return unknown("office-unavailable");
  } finally {
    clearTimeout(timer);
  }
}

/** The mode alone (see `detectHost`). */
export async function detectMode(edition: string, office: OfficeLike | undefined, timeoutMs = 8000): Promise<PaneMode> {
  return (await detectHost(edition, office, timeoutMs)).mode;
}

/** The mode line the pane shows. */
export const MODE_LABEL: Record<PaneMode, string> = {
  excel: say("pane.mode.excel"),
  browser: say("pane.mode.browser"),
  "office-unavailable": say("pane.mode.officeUnavailable"),
};
