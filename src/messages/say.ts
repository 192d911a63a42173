/**
 * `say(id, params)`: the one way code turns a message id into the sentence a clerk reads. Every
 * sentence shown in the pane, a ribbon dialog, the CLI or a result sheet comes from the
 * catalogue (`zh-CN/`), by id, with its parameters checked by the type checker. en-US can join
 * as a second catalogue of the same ids (docs/decisions.md "Messages").
 */
import { fill, type ParamsFor } from "./fill";
import { ZH_CN } from "./zh-CN";

/** The catalogue's shape: every id with its template. */
export type Catalogue = { readonly [K in MessageId]: string };

/** Every message id. */
export type MessageId = keyof typeof ZH_CN;

/** The parameters message `K` needs: its placeholders, nothing else. */
export type MessageParams<K extends MessageId> = ParamsFor<(typeof ZH_CN)[K]>;

type Args<K extends MessageId> = keyof MessageParams<K> extends never ? [] : [params: MessageParams<K>];

/** The zh-CN sentence of message `id`, its placeholders filled. */
export function say<K extends MessageId>(id: K, ...args: Args<K>): string {
  const template: string = ZH_CN[id];
  return fill(template, (args[0] ?? {}) as Readonly<Record<string, string | number>>);
}

/** The catalogue itself, for tests and docs (every id, its template). */
export const CATALOGUE: Catalogue = ZH_CN;

/**
 * Every template must be a string literal type (a `+` joined template widens to `string`, and
 * its placeholders would go unchecked): this fails to compile naming the offending ids.
 */
type WidenedIds = { [K in MessageId]: string extends (typeof ZH_CN)[K] ? K : never }[MessageId];
const literalTemplatesOnly: [WidenedIds] extends [never] ? true : WidenedIds = true;
void literalTemplatesOnly;
