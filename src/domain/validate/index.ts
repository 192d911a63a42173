/** Validation: the public API of this folder. See docs/rules.md. */
export { validateSnapshot, compareFindings, countFindings, type SnapshotCheckOptions } from "./validate";
export { RULES, type RuleSpec, type RuleText } from "./catalogue";
export { resolveRule, parseSettings, serializeSettings, readSettings, usableYear } from "./settings";
export { isMeasurableGoal } from "./rules/vague-goal";
export { measuresProblem } from "./rules/boilerplate-measures";
export { stageMonths } from "./stages";
export * from "./types";
