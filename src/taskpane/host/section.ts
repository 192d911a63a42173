/**
 * Which section the pane opens on. A ribbon button that opens the pane on a section of its own
 * (生成函件 → 函件) points at the pane's page with `?section=letters` (manifest.xml; the same
 * TaskpaneId as 打开助手, so Office loads that page in the one pane). Office adds its own query
 * parameters (`_host_Info`) after ours; `#letters` is read too.
 */

/** The sections a URL can open the pane on. */
export const PANE_SECTIONS = ["letters"] as const;
export type PaneSection = (typeof PANE_SECTIONS)[number];

/** The URL parameter naming the section. */
export const SECTION_PARAM = "section";

const isSection = (name: string | null | undefined): name is PaneSection => PANE_SECTIONS.some((s) => s === name);

/** The section the page's address asks for, if any. */
export function sectionOf(location: Pick<Location, "search" | "hash">): PaneSection | undefined {
  const asked = new URLSearchParams(location.search).get(SECTION_PARAM);
  if (isSection(asked)) return asked;
  const hash = location.hash.replace(/^#/, "").split(/[?&]/)[0];
  return isSection(hash) ? hash : undefined;
}
