/**
 * `ongoing-without-milestones` (warning): 完成时限 is ongoing (`长期坚持`, `持续推进`, `常态化`)
 * and the row states no dated stage: none in the deadline cell, none in its 目标, 措施 or
 * 进展情况 text (`6月底前完成…`, `三季度`, `年底前`), and none of its 1月…12月 cells filled
 * (a month's plan is a dated stage). A deadline merged over several measure rows is one task:
 * it is judged once, and a stage in any of those rows counts.
 */
import type { Rule } from "../draft";
import type { OngoingDeadline } from "../../parse/deadlineTypes";
import { uncoveredDeadlines } from "./deadlineGroups";

/** Every ongoing deadline (once per merged cell) whose rows state no dated stage. */
export const ongoingWithoutMilestones: Rule = (ctx) =>
  uncoveredDeadlines(
    ctx,
    (r): r is OngoingDeadline => r.ok && r.kind === "ongoing",
    (at, text, reading) => ({ rule: "ongoing-without-milestones", at, field: "deadline", text, reading: reading.explain }),
    (row, reading) => reading.milestones.length > 0 || ctx.readings.stages(row).length > 0 || ctx.readings.monthsFilled(row),
  );
