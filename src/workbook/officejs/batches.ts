/**
 * Packing queued work into requests under a byte budget, and sending it. Each step knows
 * roughly how many bytes it adds to a request as office.js sends it (`envelopedBytes`, and
 * `CALL_BYTES` per call) and, for lookups, to the response; consecutive steps share a request
 * (one `context.sync()`) until the next one would pass the budget. A step bigger than the
 * budget goes alone.
 *
 * Excel on the web counts the request as Office serialises it, not as we estimate it, so an
 * estimate can fall short: when Excel refuses a request as too large
 * (RequestPayloadSizeLimitExceeded; nothing of it was done), the same steps are sent again in
 * smaller requests (the budget halves each time and stays lower for the rest), a single step
 * too large is split if it can be, and only a step that cannot be split and still is refused
 * reaches the caller as the error. Every write and every mark goes through here.
 */

import { officeErrorCode } from "./officeErrors";

/** The default request budget: under Excel on the web's 5 MB with room for Office's own framing. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

/**
 * Rough sizes as office.js sends them (measured against the fake's office.js model,
 * src/workbook/fake/context.ts): a proxy object is an object path
 * (`{"Id","ObjectPathType","Name","ParentObjectPathId","ArgumentInfo"}`) plus its "Instantiate"
 * action; a property write or method call is one more action; each escaped once more in the
 * envelope. Bulk data is counted apart (`envelopedBytes`).
 */
export const OBJECT_BYTES = 210;
export const ACTION_BYTES = 115;
/** One object and one call on it, without bulk data. */
export const CALL_BYTES = OBJECT_BYTES + ACTION_BYTES;

/** One piece of queued work. */
export interface Step {
  /** Rough bytes it adds to a request. */
  bytes: number;
  /** Rough bytes it adds to the response (lookups). */
  responseBytes?: number;
  /** Queue its calls. Runs when its request is built, and again if Excel refused that request. */
  queue: () => void;
  /** Whether it can go now (a step that needs answers of an earlier request waits for them). */
  ready?: () => boolean;
  /** Smaller steps doing the same, for a step Excel refuses as too large on its own. */
  split?: () => Step[];
  /** After its request succeeded; may return steps to send next. */
  done?: () => Step[] | void;
}

/** How to send steps. */
export interface SendOptions {
  /** Request (and response) budget in bytes. */
  budget: number;
  /** Excel refused a request: proxies queued for it are void (drop any cache of them). */
  refused?: () => void;
}

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

/** Whether an error is Excel refusing a request as too large. */
export function isRequestTooLarge(error: unknown): boolean {
  return officeErrorCode(error) === "RequestPayloadSizeLimitExceeded";
}

/**
 * Send `steps` in order, in as few requests as the budget allows, retrying smaller when Excel
 * refuses a request as too large. Returns how many requests it made.
 */
export async function sendSteps(context: Excel.RequestContext, steps: readonly Step[], options: SendOptions): Promise<number> {
  let pending = [...steps];
  let limit = options.budget;
  let requests = 0;
  while (pending.length > 0) {
    const batch: Step[] = [];
    let used = 0;
    let answers = 0;
    for (const step of pending) {
      if (step.ready && !step.ready()) break;
      const response = step.responseBytes ?? 0;
      if (batch.length > 0 && (used + step.bytes > limit || answers + response > options.budget)) break;
      batch.push(step);
      used += step.bytes;
      answers += response;
    }
    if (batch.length === 0) throw new Error("sendSteps: the next step waits for answers no request will bring");
    for (const step of batch) step.queue();
    requests++;
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch under the budget: Excel on the web refuses requests over 5 MB
      await context.sync();
    } catch (error) {
      if (!isRequestTooLarge(error)) throw error;
      options.refused?.();
      if (batch.length > 1) {
        limit = Math.max(1, Math.floor(used / 2));
        continue;
      }
      const parts = batch[0].split?.();
      if (!parts || parts.length < 2) throw error;
      pending = [...parts, ...pending.slice(1)];
      continue;
    }
    const next: Step[] = [];
    for (const step of batch) {
      const more = step.done?.();
      if (more) next.push(...more);
    }
    pending = [...next, ...pending.slice(batch.length)];
  }
  return requests;
}
