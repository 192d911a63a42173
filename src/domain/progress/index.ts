/** The progress check (时间过半、任务过半): the public API of this folder. See docs/progress.md. */
export { progressOfSheet } from "./progress";
export { STAGES, stageDate, todayInChina, type Stage, type StageId } from "./stages";
export { rowStatus, EPSILON, ON_SCHEDULE, NOT_JUDGED, type StatusInput } from "./status";
export { elapsed, type Elapsed } from "./elapsed";
export { TOTAL_UNIT } from "./aggregate";
export { pct } from "./messages";
export * from "./types";
