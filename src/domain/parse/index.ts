/**
 * The cell parsers: 完成时限 (deadline grammar), 责任人 (people or units), 完成进度/完成情况
 * (completion and self-assessment). Pure functions over cell values; bad content is a value.
 */
export { parseDeadline } from "./deadline";
export type {
  DeadlineCell, DeadlineContext, DeadlineFailure, DeadlineReading, FailedDeadline, Frequency,
  OnceDeadline, OngoingDeadline, Precision, RecurringDeadline,
} from "./deadlineTypes";
export { isDateFormat } from "./deadlineNumber";
export { isIsoDate, serialToIso, type IsoDate } from "./isoDate";
export { readOwner, type OwnerReading } from "./person";
export { readCompletion, type CompletionReading, type ProgressCell, type SelfAssessment } from "./completion";
