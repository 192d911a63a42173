/** The top of the pane: the product's name and which mode it runs in. */
import * as React from "react";
import { Badge, Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { MODE_LABEL, PaneMode } from "../host/mode";
import { say } from "../../messages";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const BADGE: Record<PaneMode, { text: string; color: "brand" | "informative" | "warning" }> = {
  excel: { text: say("pane.mode.badge.excel"), color: "brand" },
  browser: { text: say("pane.mode.badge.browser"), color: "informative" },
  "office-unavailable": { text: say("pane.mode.badge.officeUnavailable"), color: "warning" },
};

export function ModeBar({ mode }: { mode: PaneMode | null }) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <div className={styles.line}>
        <Subtitle1 as="h1">{say("pane.title")}</Subtitle1>
        {mode && <Badge appearance="tint" color={BADGE[mode].color}>{BADGE[mode].text}</Badge>}
      </div>
      <Caption1 role="status" aria-label={say("pane.mode.status")}>{mode ? MODE_LABEL[mode] : say("pane.mode.starting")}</Caption1>
    </header>
  );
}
