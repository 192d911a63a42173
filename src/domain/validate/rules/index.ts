/** Every rule by id: the code of rule `x` is in `rules/x.ts`. */
import type { RuleId } from "../types";
import type { Rule } from "../draft";
import { missingColumn } from "./missing-column";
import { missingItem } from "./missing-item";
import { ownerNotPerson } from "./owner-not-person";
import { deadlineUnreadable } from "./deadline-unreadable";
import { deadlineOutsideYear } from "./deadline-outside-year";
import { ongoingWithoutMilestones } from "./ongoing-without-milestones";
import { annualWithoutMonthlyPlan } from "./annual-without-monthly-plan";
import { vagueGoal } from "./vague-goal";
import { boilerplateMeasures } from "./boilerplate-measures";
import { goalRepeatsTask } from "./goal-repeats-task";
import { duplicateRow } from "./duplicate-row";
import { formulaError } from "./formula-error";
import { mergedCells } from "./merged-cells";
import { blankRow } from "./blank-row";

/** The rule functions, one per rule id. */
export const RULE_CHECKS: Readonly<Record<RuleId, Rule>> = {
  "missing-column": missingColumn,
  "missing-item": missingItem,
  "owner-not-person": ownerNotPerson,
  "deadline-unreadable": deadlineUnreadable,
  "deadline-outside-year": deadlineOutsideYear,
  "ongoing-without-milestones": ongoingWithoutMilestones,
  "annual-without-monthly-plan": annualWithoutMonthlyPlan,
  "vague-goal": vagueGoal,
  "boilerplate-measures": boilerplateMeasures,
  "goal-repeats-task": goalRepeatsTask,
  "duplicate-row": duplicateRow,
  "formula-error": formulaError,
  "merged-cells": mergedCells,
  "blank-row": blankRow,
};
