/**
 * Packing queued work into requests under a byte budget: each step knows roughly how many bytes
 * it adds to a request; consecutive steps share a request (one `context.sync()`) until the next
 * one would pass the budget. A step bigger than the budget goes alone.
 */

/** Group step indexes (in order) into batches of at most `budget` bytes. */
export function packBatches(stepBytes: readonly number[], budget: number): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let used = 0;
  stepBytes.forEach((bytes, i) => {
    if (current.length > 0 && used + bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += bytes;
  });
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The default request budget: under Excel on the web's 5 MB with room for Office's own framing. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** A rough size of one queued Office call that carries no bulk data. */
export const CALL_BYTES = 160;
