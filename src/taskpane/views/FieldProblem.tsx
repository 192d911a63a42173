/**
 * Why what was typed in a field is refused, under the row of fields: the input checks' sentences
 * (shared with the CLI) are too long for the pane's narrow year and tolerance fields. Looks like
 * a Field's own error message; the field points to it with `aria-describedby`.
 */
import * as React from "react";
import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { ErrorCircle12Filled } from "@fluentui/react-icons";

const ICON = "12px";

const useStyles = makeStyles({
  root: {
    ...typographyStyles.caption1,
    color: tokens.colorPaletteRedForeground1,
    paddingLeft: `calc(${ICON} + ${tokens.spacingHorizontalXS})`,
  },
  icon: {
    display: "inline-block",
    fontSize: ICON,
    marginLeft: `calc(-${ICON} - ${tokens.spacingHorizontalXS})`,
    marginRight: tokens.spacingHorizontalXS,
    lineHeight: "0",
    verticalAlign: "-1px",
  },
});

/** The sentence, or nothing when there is none. */
export function FieldProblem({ id, sentence }: { id: string; sentence: string | undefined }) {
  const styles = useStyles();
  if (!sentence) return null;
  return (
    <div id={id} role="alert" className={styles.root}>
      <ErrorCircle12Filled className={styles.icon} />
      {sentence}
    </div>
  );
}
