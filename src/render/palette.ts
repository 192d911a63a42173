/** Colours the product uses on sheets, by role (status fills follow the red/amber/green habit). */
export const STATUS_FILLS: Record<string, { fill: string; font: string }> = {
  已完成: { fill: "#C6EFCE", font: "#006100" },
  滞后: { fill: "#FFC7CE", font: "#9C0006" },
  逾期: { fill: "#FFC7CE", font: "#9C0006" },
  未启动: { fill: "#FFEB9C", font: "#9C5700" },
};

/** Fills for marks on a user's cells, by finding severity. */
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" } as const;
