/** Letters and escalation (docs/letters.md): the public API of this folder. */
export * from "./types";
export { readRegister, registerRows, type NewEntry, type RegisterPlace, type RegisterReading } from "./register";
export {
  DEFAULT_PREFIXES, formatNumber, letterPrefixes, nextNumbers, parseNumber, prefixKey, type LetterNumber, type LetterPrefixes,
} from "./numbering";
export {
  LADDER, entryYear, isLadderStep, latestLetter, letterTypeOf, letterTypeOfText, nextStep, stepAfter, stepIndex,
  type LadderStep, type LastLetter, type LatestOptions,
} from "./ladder";
export { proposeLetters, type ProposeInput } from "./propose";
export * from "./drafting";
