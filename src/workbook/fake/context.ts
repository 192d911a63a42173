/**
 * Office's request semantics for the fake host: every property write, method call, object
 * lookup and load is queued; `sync()` sends the queue as one request (measured, and refused
 * over the request limit), applies it in order, measures the response (refused over the
 * response limit) and only then makes loaded properties readable.
 *
 * How a request is measured. Excel on the web refuses a request or a response over 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded; "Excel add-ins" in
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization),
 * and "the payload size of a request combines the number of API calls, the number of objects,
 * such as Range objects, and the length of the value to set or get"
 * (https://learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 * So in the observed mode the fake counts a request as office.js serialises it, not as our
 * JSON: every object is an entry of `ObjectPaths` plus an "Instantiate" action, every call or
 * property write an entry of `Actions` (`{"Id","ActionType","Name","ObjectPathId","ArgumentInfo"}`),
 * and the body, already JSON text, is carried inside the JSON message envelope, so every `"`
 * and `\` of it counts twice (office.js 1.1: `ClientRequestBase.buildRequestMessageBodyAndRequestFlags`,
 * `RichApiMessageUtility.buildMessageArrayForIRequestExecutor` → `JSON.stringify(body)`, then
 * `Microsoft.Office.Common.MessagePackager.envelope` → `JSON.stringify(message)`; in
 * node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js). The documented mode counts
 * our own compact description of the call.
 */

import { envelopedBytes, jsonBytes } from "../common/jsonBytes";
import { FakeNotModeledError, FakeOfficeError, officeErrors } from "./officeError";

/** Which Excel the fake plays: as it has been seen to behave (cited), or as its reference documents it. */
export type FakeMode = "observed" | "documented";

/** Counters, limits and behaviour shared by every context of one fake host. */
export interface FakeHostState {
  limits: { requestBytes: number; responseBytes: number };
  stats: { syncCount: number; maxRequestBytes: number; maxResponseBytes: number; requests: number[]; refused: number };
  mode: FakeMode;
  /** Drop fit-to-pages zoom settings (office-js #1860). */
  ignoreFitToPages: boolean;
}

/** A queued call as Office's request carries it: an object (path) or an action on one. */
export type Wire =
  | { path: { id: number; parent?: number; name: string; args: unknown[] } }
  | { action: { object: number; type: "query" | "set" | "method"; name: string; args?: unknown[]; query?: unknown } };

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

/** The request's own frame: `{"AutoKeepReference":…,"Actions":[…],"ObjectPaths":{…}}` in its envelope. */
const REQUEST_OVERHEAD = 400;
const RESPONSE_OVERHEAD = 200;
const ACTION_TYPE = { query: 2, method: 3, set: 4 } as const;

/** The size of one queued call as office.js would send it. */
function officeBytes(wire: Wire, actionId: number): number {
  if ("path" in wire) {
    const { id, parent, name, args } = wire.path;
    const objectPath = { Id: id, ObjectPathType: args.length > 0 || /^(get|add)/.test(name) ? 3 : 4, Name: name, ParentObjectPathId: parent ?? 1, ArgumentInfo: { Arguments: args } };
    const instantiate = { Id: actionId, ActionType: 1, Name: "", ObjectPathId: id };
    return envelopedBytes(objectPath) + String(id).length + 4 + envelopedBytes(instantiate) + 1;
  }
  const { object, type, name, args, query } = wire.action;
  const action =
    type === "query"
      ? { Id: actionId, ActionType: ACTION_TYPE.query, Name: "", ObjectPathId: object, QueryInfo: { Select: query ?? null, Expand: [] } }
      : { Id: actionId, ActionType: ACTION_TYPE[type], Name: name, ObjectPathId: object, ArgumentInfo: { Arguments: args ?? [] } };
  return envelopedBytes(action) + 1;
}

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

  /** Queue a call (`wire` is what Office would send for it). */
  enqueue(wire: Wire, apply: () => Delivery | void): void {
    const bytes = this.host.mode === "observed" ? officeBytes(wire, this.id()) : jsonBytes(wire) + 1;
    this.ops.push({ bytes, apply });
  }

  /** Send the queue: Office's `context.sync()`. A refused request changes nothing. */
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
      stats.refused++;
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
    const responseBytes = deliveries.reduce((sum, d) => sum + d.bytes, RESPONSE_OVERHEAD);
    if (responseBytes > limits.responseBytes) {
      stats.refused++;
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
