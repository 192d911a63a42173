/**
 * A row of tabs (WAI-ARIA tabs pattern: `tablist`, `tab`, `aria-selected`, one tab stop, Left/Right,
 * Home/End) for the workspace: the narrow window's 台账助手 / 查看表格 and the sheet tabs. Fluent's
 * TabList registers an arrow-key navigation group that follows every change of the page's DOM,
 * which slowed the whole pane threefold in the tests; these tabs keep their focus handling to themselves.
 */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: { display: "flex", alignItems: "stretch", gap: tokens.spacingHorizontalXXS, overflowX: "auto", flexShrink: 0 },
  tab: {
    position: "relative", flexShrink: 0, border: "none", backgroundColor: "transparent", cursor: "pointer", whiteSpace: "nowrap",
    fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
    ":disabled": { cursor: "default", color: tokens.colorNeutralForegroundDisabled },
  },
  small: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, fontSize: tokens.fontSizeBase200 },
  selected: {
    color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold,
    "::after": {
      content: '""', position: "absolute", left: tokens.spacingHorizontalS, right: tokens.spacingHorizontalS, bottom: 0,
      height: tokens.strokeWidthThicker, borderRadius: tokens.borderRadiusCircular, backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export interface LightTabsProps {
  items: readonly { value: string; label: string }[];
  selected: string;
  label: string;
  size?: "small" | "medium";
  disabled?: boolean;
  className?: string;
  onSelect(value: string): void;
}

export function LightTabs({ items, selected, label, size = "medium", disabled, className, onSelect }: LightTabsProps) {
  const styles = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.max(0, items.findIndex((i) => i.value === selected));
  const go = (index: number) => {
    const i = (index + items.length) % items.length;
    refs.current[i]?.focus();
    onSelect(items[i].value);
  };
  return (
    <div role="tablist" aria-label={label} className={mergeClasses(styles.list, className)}>
      {items.map((item, i) => (
        <button
          key={item.value}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          aria-selected={i === current}
          tabIndex={i === current ? 0 : -1}
          disabled={disabled}
          className={mergeClasses(styles.tab, size === "small" && styles.small, i === current && styles.selected)}
          onClick={() => onSelect(item.value)}
          onKeyDown={(e) => {
            const to = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? items.length - 1 : undefined;
            if (to === undefined) return;
            e.preventDefault();
            go(to);
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
