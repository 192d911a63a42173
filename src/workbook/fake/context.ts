/**
 * Office's request semantics for the fake host: every property write, method call, object
 * lookup and load is queued; `sync()` sends the queue as one request (measured as UTF-8 JSON
 * and refused over the request limit), applies it in order, measures the response (refused over
 * the response limit) and only then makes loaded properties readable.
 */

import { jsonBytes } from "../common/jsonBytes";
import { FakeNotModeledError, FakeOfficeError, officeErrors } from "./officeError";

/** Counters and limits shared by every context of one fake host. */
export interface FakeHostState {
  limits: { requestBytes: number; responseBytes: number };
  stats: { syncCount: number; maxRequestBytes: number; maxResponseBytes: number; requests: number[] };
}

/** One queued action: what is sent (for the payload size) and what it does on the host. */
interface QueuedOp {
  bytes: number;
  /** Runs on the host; may return a delivery for loaded data (with its response size). */
  apply: () => Delivery | void;
}

/** Loaded data waiting for the whole request to succeed. */
export interface Delivery {
  bytes: number;
  deliver: () => void;
}

const REQUEST_OVERHEAD = 200;

/** The fake `Excel.RequestContext`'s queue. */
export class FakeRequestQueue {
  private ops: QueuedOp[] = [];
  private nextId = 1;

  constructor(readonly host: FakeHostState) {}

  /** A new object id for a request. */
  id(): number {
    return this.nextId++;
  }

  /** Whether anything waits to be sent. */
  get pending(): boolean {
    return this.ops.length > 0;
  }

  /** Queue an action described by `describe` (sent as JSON). */
  enqueue(describe: object, apply: () => Delivery | void): void {
    this.ops.push({ bytes: jsonBytes(describe) + 1, apply });
  }

  /** Send the queue: Office's `context.sync()`. */
  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    const { stats, limits } = this.host;
    stats.syncCount++;
    const requestBytes = ops.reduce((sum, op) => sum + op.bytes, REQUEST_OVERHEAD);
    stats.requests.push(requestBytes);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    await Promise.resolve();
    if (requestBytes > limits.requestBytes) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${requestBytes} > ${limits.requestBytes} bytes).`,
      );
    }
    const deliveries: Delivery[] = [];
    for (const op of ops) {
      const delivery = op.apply();
      if (delivery) deliveries.push(delivery);
    }
    const responseBytes = deliveries.reduce((sum, d) => sum + d.bytes, REQUEST_OVERHEAD);
    if (responseBytes > limits.responseBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${responseBytes} > ${limits.responseBytes} bytes).`,
      );
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, responseBytes);
    for (const d of deliveries) d.deliver();
  }
}

/** A parsed load request: property name → sub-properties (empty for a scalar). */
export type LoadTree = Map<string, LoadTree>;

/** Parse Office load arguments ("a,b/c", ["a", "b/c"]) into a tree. */
export function parseLoad(props: string | string[] | undefined, where: string): LoadTree {
  if (props !== undefined && typeof props !== "string" && !Array.isArray(props)) throw new FakeNotModeledError(`load() with an options object on ${where}`);
  const tree: LoadTree = new Map();
  const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(",");
  const paths = list.map((p) => p.trim()).filter((p) => p !== "");
  if (paths.length === 0) throw officeErrors.invalidArgument(`load() without properties on ${where}: the fake (like the lint rule no-empty-load) wants them named`);
  for (const path of paths) {
    let node = tree;
    for (const part of path.split("/")) {
      let next = node.get(part);
      if (!next) {
        next = new Map();
        node.set(part, next);
      }
      node = next;
    }
  }
  return tree;
}
