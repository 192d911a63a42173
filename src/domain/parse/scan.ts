/**
 * Scanning normalised deadline text for the periods of the grammar: left to right, longest
 * match at each position, unknown characters skipped. Two periods joined by a range connector
 * (`3月-6月`, `2023年11月至次年3月`, `6月1日-15日`) fold into one range.
 */
import { GRAMMAR, type GrammarHit, type PeriodSpec } from "./periods";

/** One thing found in the text. */
export type Token =
  | { kind: "period"; spec: PeriodSpec; text: string; from?: PeriodSpec }
  | { kind: "relative"; text: string }
  | { kind: "vague"; why: string; text: string };

interface Match {
  hit: GrammarHit;
  length: number;
}

/** The longest grammar match starting at `index` (ties: the earlier row). */
function matchAt(text: string, index: number): Match | undefined {
  let best: Match | undefined;
  for (const row of GRAMMAR) {
    row.pattern.lastIndex = index;
    const m = row.pattern.exec(text);
    if (!m || m[0].length === 0) continue;
    if (best && m[0].length <= best.length) continue;
    const hit = row.read(m.groups ?? {});
    if (hit) best = { hit, length: m[0].length };
  }
  return best;
}

const CONNECTOR = /[-~至到]/;
const DAY_ONLY = /(?<![\d.])(?<d>\d{1,2})[日号]/y;

/** The end of a range written after a connector: a full period, or a bare day (`-15日`). */
function rangeEnd(text: string, index: number, from: PeriodSpec): Match | undefined {
  const full = matchAt(text, index);
  if (full) return full.hit.kind === "period" ? full : undefined;
  if (from.precision !== "day") return undefined;
  DAY_ONLY.lastIndex = index;
  const m = DAY_ONLY.exec(text);
  if (!m) return undefined;
  const spec: PeriodSpec = {
    year: { kind: "none" }, precision: "day", end: { month: from.end.month, day: Number(m.groups?.d) },
  };
  return { hit: { kind: "period", spec }, length: m[0].length };
}

/** All tokens in `text` (normalised: half-width, Chinese numerals as digits, no spaces). */
export function scanPeriods(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const found = matchAt(text, i);
    if (!found) {
      i += 1;
      continue;
    }
    const start = i;
    i += found.length;
    const { hit } = found;
    if (hit.kind !== "period") {
      tokens.push(hit.kind === "relative"
        ? { kind: "relative", text: text.slice(start, i) }
        : { kind: "vague", why: hit.why, text: text.slice(start, i) });
      continue;
    }
    if (i < text.length && CONNECTOR.test(text.charAt(i))) {
      const end = rangeEnd(text, i + 1, hit.spec);
      if (end && end.hit.kind === "period") {
        i += 1 + end.length;
        tokens.push({ kind: "period", spec: end.hit.spec, from: hit.spec, text: text.slice(start, i) });
        continue;
      }
    }
    tokens.push({ kind: "period", spec: hit.spec, text: text.slice(start, i) });
  }
  return tokens;
}
