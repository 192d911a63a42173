/** zh-CN: letters, the ladder and the 发函登记 register (docs/letters.md). */
export const LETTERS = {
} as const;
