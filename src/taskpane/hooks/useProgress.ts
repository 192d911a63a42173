/**
 * The progress section (进度分析): the progress of the active sheet at a check date, written to
 * the 进度分析 sheet and shown unit by unit, and the stage checks over every ledger. The date is
 * checked by the use case (`2023-02-30` is a `Cannot` with the field's name in the sentence).
 * The result stays shown for its sheet while its 进度分析 sheet is in the workbook.
 */
import { useCallback } from "react";
import type { ProgressReady, TimeBasis } from "../../domain/progress/types";
import type { StageId } from "../../domain/progress/stages";
import { checkProgress, describeProgress } from "../../features/progress";
import { describeStage, stageCheck } from "../../features/stageCheck";
import { done } from "../../features/outcome";
import { say } from "../../messages";
import { told } from "./useRunner";
import { useShownWhileWritten, type SessionApi } from "./useSession";

/** What the clerk asks for: a check date as typed and how time progress is counted. */
export interface ProgressRequest {
  checkDate: string;
  basis: TimeBasis;
}

export interface ProgressApi {
  /** The active sheet's last progress check, or null. */
  report: ProgressReady | null;
  check(request: ProgressRequest): Promise<void>;
  stage(stage: StageId): Promise<void>;
}

export function useProgress(session: SessionApi): ProgressApi {
  const { command } = session;
  const [shown, setShown] = useShownWhileWritten<{ report: ProgressReady; written?: string }>(session, (v) => v.written);

  const check = useCallback(
    (request: ProgressRequest) =>
      command(async (wb) => {
        const outcome = await checkProgress(wb, { sheets: "active", checkDate: request.checkDate, basis: request.basis, dateField: say("pane.progress.date") });
        if (!outcome.ok) return outcome;
        const [report] = outcome.value.reports;
        const [written] = outcome.value.written;
        setShown({ wb, value: { report, written } });
        return done(describeProgress(report, written));
      }),
    [command],
  );

  const stage = useCallback((id: StageId) => command(async (wb) => told(await stageCheck(wb, { stage: id }), describeStage)), [command]);

  return { report: shown && shown.value.report.sheet === session.active ? shown.value.report : null, check, stage };
}
