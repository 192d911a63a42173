/**
 * `readCompletion`: a row's completion p in [0, 1] (docs/deadline-grammar.md "Completion") from the 完成进度
 * cell, else from the status text (完成情况), else from phrases in the progress text; with the
 * clerk's own word on the pace (`序时推进` → 正常) kept as `selfAssessment`.
 */
import { say } from "../../messages";
import type { CellValue } from "../sheet";
import { normalizeText } from "../text/normalize";
import { readPercentCell, readPercentText, type PercentReading } from "./percent";
import { readPhrase, type PhraseReading, type SelfAssessment } from "./statusPhrases";

export type { SelfAssessment } from "./statusPhrases";

/** The progress cell as the parser needs it. */
export interface ProgressCell {
  value: CellValue;
  text: string;
  format?: string;
}

/** A row's completion and how it was found. */
export interface CompletionReading {
  /** Completion in [0, 1]; null when unknown. */
  p: number | null;
  /** `percent`: a figure in a cell; `status`: a phrase (已完成, 未启动 …); `none`: unknown. */
  source: "percent" | "status" | "none";
  /** The clerk's own assessment, when a phrase gives one. */
  selfAssessment?: SelfAssessment;
  /** zh-CN: how it was read, e.g. `完成投资3.2亿元（占年计划64%） → 完成 64%`. */
  explain: string;
}

const pct = (p: number): string => `${Math.round(p * 10_000) / 100}%`;

function short(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function fromPercent(reading: Extract<PercentReading, { kind: "percent" }>, phrase: PhraseReading | undefined): CompletionReading {
  let explain = say("parse.completion.percent", { source: short(reading.written), p: pct(reading.p) });
  const others = normalizeText(reading.written).replace(reading.figure, "");
  if (/\d/.test(others)) explain += say("parse.completion.figure", { figure: reading.figure });
  if (reading.ratio > 1) explain += say("parse.completion.over100", { ratio: pct(reading.ratio) });
  if (phrase?.p !== undefined && phrase.p !== reading.p) {
    explain += say("parse.completion.phraseDiffers", { phrase: phrase.phrase, p: pct(phrase.p) });
  }
  const out: CompletionReading = { p: reading.p, source: "percent", explain };
  if (phrase?.self) out.selfAssessment = phrase.self;
  return out;
}

function fromPhrase(phrase: PhraseReading & { p: number }, written: string): CompletionReading {
  let explain = say("parse.completion.percent", { source: short(written), p: pct(phrase.p) });
  if (phrase.self === "基本完成") explain += say("parse.completion.basicallyDone");
  const out: CompletionReading = { p: phrase.p, source: "status", explain };
  if (phrase.self) out.selfAssessment = phrase.self;
  return out;
}

function unknown(phrase: PhraseReading | undefined, why: string): CompletionReading {
  const out: CompletionReading = { p: null, source: "none", explain: why };
  if (phrase?.self) {
    out.selfAssessment = phrase.self;
    const quoted = phrase.phrase === phrase.self ? "" : say("parse.completion.phraseQuoted", { phrase: phrase.phrase });
    out.explain = say("parse.completion.selfAssessed", { why, self: phrase.self, quoted });
  }
  return out;
}

/**
 * Read a row's completion. `60%`, `0.6`, `60`, `完成60%`, `占年计划64%` → p from the figure;
 * `已完成` → 1, `未启动` → 0, `基本完成` → 0.9; `序时推进`/`滞后` → p unknown with the
 * self-assessment; p is clamped to [0, 1]. Never throws.
 */
export function readCompletion(progress?: ProgressCell, status?: string): CompletionReading {
  const progressText = typeof progress?.text === "string" ? progress.text.trim() : "";
  const progressWritten = progressText !== "" ? progressText : typeof progress?.value === "string" ? progress.value.trim() : "";
  const statusText = typeof status === "string" ? status.trim() : "";
  const figure = progress ? readPercentCell(progress.value ?? null, progressText, progress.format) : undefined;
  const statusPhrase = statusText !== "" ? readPhrase(statusText) : undefined;
  const progressPhrase = progressWritten !== "" ? readPhrase(progressWritten) : undefined;
  const phrase = statusPhrase ?? progressPhrase;

  if (figure?.kind === "percent") return fromPercent(figure, phrase);
  const statusFigure = statusText !== "" ? readPercentText(statusText) : undefined;
  if (statusFigure?.kind === "percent") return fromPercent(statusFigure, phrase);
  if (statusPhrase?.p !== undefined) return fromPhrase({ ...statusPhrase, p: statusPhrase.p }, statusText);
  if (progressPhrase?.p !== undefined) return fromPhrase({ ...progressPhrase, p: progressPhrase.p }, progressWritten);

  if (figure?.kind === "amount") {
    return unknown(phrase, say("parse.completion.amount", { source: short(figure.written) }));
  }
  if (figure?.kind === "not-percent") {
    return unknown(phrase, say("parse.completion.notPercent", { source: short(figure.written) }));
  }
  if (progressWritten === "" && statusText === "") return { p: null, source: "none", explain: say("parse.completion.nothing") };
  if (phrase) return unknown(phrase, say("parse.completion.noPercent"));
  return unknown(undefined, say("parse.completion.unknown", { source: short(progressWritten || statusText) }));
}
