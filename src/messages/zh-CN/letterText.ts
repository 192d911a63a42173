/** zh-CN: the words of a drafted letter that are not the office's 函件模板 (docs/letters.md). */
export const LETTER_TEXT = {
} as const;
