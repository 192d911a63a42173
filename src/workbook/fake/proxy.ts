/**
 * The base of every fake Office object: a proxy bound, when the request runs, to a piece of
 * the fake workbook. Reading a property needs a load and a sync first (else PropertyNotLoaded,
 * as in Office); writes and calls are queued. Cross-proxy plumbing goes through a module-level
 * WeakMap so that the proxies' public members stay exactly Office's.
 */

import { jsonBytes } from "../common/jsonBytes";
import { parseLoad, type Delivery, type FakeRequestQueue, type LoadTree, type Wire } from "./context";
import { FakeNotModeledError, officeErrors } from "./officeError";
import type { HonestFake } from "./officeShape";

/** How a proxy answers a load. */
export interface Loadable<T> {
  /** Scalar properties, read from the target at the load's place in the queue. */
  scalars?: Record<string, (target: T) => unknown>;
  /** Navigation properties: the child fake (created client-side, before the load is queued). */
  navigations?: Record<string, () => object>;
  /** Collection items: fakes bound directly to each item. */
  items?: (target: T) => object[];
}

interface Hooks {
  target: (where: string) => unknown;
  loadNow: (tree: LoadTree) => Delivery;
  prepare: (tree: LoadTree) => void;
}

const hooks = new WeakMap<object, Hooks>();

/** The host object a proxy is bound to (only while its request runs). */
export function targetOf<T>(proxy: FakeClientObject<T>, where: string): T {
  const h = hooks.get(proxy);
  if (!h) throw new Error("not a fake Office object");
  return h.target(where) as T;
}

/** How a proxy comes to be: looked up when the request runs, or bound to a known target. */
export type Binding<T> = { lookup: () => T | null; describe: { name: string; args?: unknown[]; parent?: number } } | { target: T | null };

/** A fake Office client object (Office's `ClientObject`). */
export abstract class FakeClientObject<T> {
  protected readonly q: FakeRequestQueue;
  protected readonly oid: number;
  private bound: { target: T | null } | undefined;
  private loaded: Map<string, unknown> | undefined;
  private loadedItems: object[] | undefined;

  protected constructor(q: FakeRequestQueue, binding: Binding<T>) {
    this.q = q;
    this.oid = q.id();
    if ("target" in binding) {
      this.bound = { target: binding.target };
    } else {
      q.enqueue({ path: { id: this.oid, parent: binding.describe.parent, name: binding.describe.name, args: binding.describe.args ?? [] } }, () => {
        this.bound = { target: binding.lookup() };
      });
    }
    hooks.set(this, {
      target: (where) => this.target(where),
      loadNow: (tree) => this.loadNow(tree),
      prepare: (tree) => this.prepare(tree),
    });
  }

  /** What this proxy can load. */
  protected abstract loadable(): Loadable<T>;

  /** Office: whether the object does not exist; readable after a load and a sync. */
  get isNullObject(): boolean {
    if (!this.loaded) throw officeErrors.propertyNotLoaded("isNullObject");
    return this.bound?.target === null;
  }

  /** Queue loading the named properties ("a,b/c" or a list). */
  protected queueLoad(propertyNames?: string | string[]): this {
    const tree = parseLoad(propertyNames, this.constructor.name);
    this.prepare(tree);
    this.q.enqueue({ action: { object: this.oid, type: "query", name: "", query: propertyNames } }, () => this.loadNow(tree));
    return this;
  }

  /**
   * How a child object (navigation property or method result) is looked up: through this
   * object's target when the request runs; the child of a null object is a null object.
   */
  protected child<C>(name: string, args: unknown[], lookup: (target: T) => C | null): Binding<C> {
    return {
      lookup: () => {
        if (!this.bound) throw new Error(`FakeExcel: ${name} ran before its parent was looked up`);
        return this.bound.target === null ? null : lookup(this.bound.target);
      },
      describe: { name, args, parent: this.oid },
    };
  }

  /** The bound target while the request runs; a null object cannot be used. */
  protected target(where: string): T {
    if (!this.bound) throw new Error(`FakeExcel: ${where} ran before its object was looked up`);
    if (this.bound.target === null) {
      throw officeErrors.invalidOperation(`${where}: the object is a null object (check isNullObject before using it)`, where);
    }
    return this.bound.target;
  }

  /** A loaded property (after sync). */
  protected read<V>(name: string): V {
    if (!this.loaded || !this.loaded.has(name)) throw officeErrors.propertyNotLoaded(name);
    if (this.bound?.target === null) throw officeErrors.invalidOperation(`read '${name}' of a null object`);
    return this.loaded.get(name) as V;
  }

  /** Loaded collection items (after sync). */
  protected readItems<V>(): V[] {
    if (!this.loadedItems) throw officeErrors.propertyNotLoaded("items");
    return this.loadedItems as V[];
  }

  /** Queue a property write. */
  protected queueSet(name: string, value: unknown, apply: (target: T) => unknown): void {
    this.q.enqueue({ action: { object: this.oid, type: "set", name, args: [value] } }, () => {
      apply(this.target(name));
    });
  }

  /** Queue a method call. */
  protected queueCall(name: string, args: unknown[], apply: (target: T) => unknown): void {
    this.q.enqueue({ action: { object: this.oid, type: "method", name, args } }, () => {
      apply(this.target(name));
    });
  }

  private prepare(tree: LoadTree): void {
    const nav = this.loadable().navigations ?? {};
    for (const [name, sub] of tree) {
      const make = nav[name];
      if (make && sub.size > 0) hooks.get(make())?.prepare(sub);
    }
  }

  private loadNow(tree: LoadTree): Delivery {
    if (!this.bound) throw new Error("FakeExcel: load ran before its object was looked up");
    const target = this.bound.target;
    const data = new Map<string, unknown>();
    const children: Delivery[] = [];
    let items: object[] | undefined;
    if (target !== null) {
      const loadable = this.loadable();
      for (const [name, sub] of tree) {
        if (name === "items" && loadable.items) {
          items = loadable.items(target);
          for (const item of items) if (sub.size > 0) children.push(hooks.get(item)!.loadNow(sub));
          continue;
        }
        const nav = loadable.navigations?.[name];
        if (nav) {
          if (sub.size === 0) throw new FakeNotModeledError(`loading the whole navigation property '${name}'`);
          children.push(hooks.get(nav())!.loadNow(sub));
          continue;
        }
        const scalar = loadable.scalars?.[name];
        if (!scalar || sub.size > 0) throw officeErrors.invalidArgument(`Cannot load '${name}' on ${this.constructor.name}`);
        data.set(name, scalar(target));
      }
    }
    const bytes = jsonBytes(Object.fromEntries(data)) + children.reduce((sum, c) => sum + c.bytes, 0) + 16;
    return {
      bytes,
      deliver: () => {
        this.loaded = new Map([...(this.loaded ?? []), ...data]);
        if (items) this.loadedItems = items;
        for (const c of children) c.deliver();
      },
    };
  }
}

/** A fake Office object that can load properties (every one the fake models but freeze panes). */
export abstract class FakeObject<T> extends FakeClientObject<T> {
  /** Office: queue loading the named properties ("a,b/c" or a list). */
  load(propertyNames?: string | string[]): this {
    return this.queueLoad(propertyNames);
  }
}

/** Office's `ClientResult`: a value available after sync. */
export class FakeClientResult<R> {
  private result: { value: R } | undefined;

  /** The method's result (after sync). */
  get value(): R {
    if (!this.result) throw officeErrors.propertyNotLoaded("value");
    return this.result.value;
  }

  /** Queue computing the result on the host. */
  static queue<R>(q: FakeRequestQueue, wire: Wire, compute: () => R): FakeClientResult<R> {
    const r = new FakeClientResult<R>();
    q.enqueue(wire, () => {
      const value = compute();
      return { bytes: jsonBytes(value), deliver: () => (r.result = { value }) };
    });
    return r;
  }
}

const _result: HonestFake<FakeClientResult<unknown>, OfficeExtension.ClientResult<unknown>> = true;
