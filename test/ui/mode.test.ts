import { detectHost, detectMode, OfficeLike } from "../../src/taskpane/host/mode";
import { downloadsFiles } from "../../src/taskpane/host/session";

const office = (host: unknown, never = false, platform: unknown = null): OfficeLike => ({
  HostType: { Excel: "Excel" },
  onReady: () => (never ? new Promise(() => undefined) : Promise.resolve({ host, platform })),
});

describe("detectMode", () => {
  it.each([
    ["browser page", "browser", office("Excel"), "browser"],
    ["add-in page inside Excel", "addin", office("Excel"), "excel"],
    ["add-in page outside Office (host null)", "addin", office(null), "browser"],
    ["office.js failed to load", "addin", undefined, "office-unavailable"],
  ] as const)("%s", async (_name, edition, o, expected) => {
    expect(await detectMode(edition, o)).toBe(expected);
  });

  it("gives up on an onReady that never answers", async () => {
    expect(await detectMode("addin", office(null, true), 20)).toBe("office-unavailable");
  });
});

describe("detectHost: which Excel, from what Office.onReady says (Office.PlatformType), and whether a file can be downloaded", () => {
  it.each([
    ["Mac", "mac", false],
    ["iOS", "ios", false],
    ["PC", "windows", true],
    ["Universal", "windows", true],
    ["OfficeOnline", "web", true],
    [null, "unknown", true],
    ["Something new", "unknown", true],
  ] as const)("%p → %p, downloads %p", async (said, platform, downloads) => {
    const host = await detectHost("addin", office("Excel", false, said));
    expect(host).toEqual({ mode: "excel", platform });
    expect(downloadsFiles(host)).toBe(downloads);
  });

  it("outside Excel the platform is unknown and the browser downloads", async () => {
    for (const host of [await detectHost("browser", office("Excel", false, "Mac")), await detectHost("addin", office(null, false, "Mac")), await detectHost("addin", undefined)]) {
      expect(host.platform).toBe("unknown");
      expect(downloadsFiles(host)).toBe(true);
    }
  });
});
