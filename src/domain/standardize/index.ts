/** 规范化: a recognised ledger in its list's standard form. The public API of this folder. */
export { standardize, type StandardizeOptions } from "./standardize";
export { describeStandardization } from "./messages";
export { normalizeDeadline, type DeadlineOutcome, type NormalizedDeadline } from "./deadline";
export { originalDeadlineHeader, ORIGINAL_SUFFIX } from "./columns";
export { isoToSerial } from "./cells";
export type * from "./types";
