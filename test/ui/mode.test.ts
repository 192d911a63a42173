import { detectMode, OfficeLike } from "../../src/taskpane/host/mode";

const office = (host: unknown, never = false): OfficeLike => ({
  HostType: { Excel: "Excel" },
  onReady: () => (never ? new Promise(() => undefined) : Promise.resolve({ host, platform: null })),
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
