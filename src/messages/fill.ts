/**
 * Message templates with named placeholders: `工作表“{sheet}”是空的` filled with `{ sheet: "Sheet1" }`.
 * The placeholder names of a template are known to the type checker (`Placeholders`), so a
 * sentence asked for with a missing or misspelt parameter does not compile. Pure: no imports.
 */

/** The `{name}` placeholders of a template literal type, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** A parameter value: numbers are written as they are (`3`, `0.5`). */
export type ParamValue = string | number;

/** The parameters a template needs: exactly its placeholders. */
export type ParamsFor<S extends string> = { readonly [K in Placeholders<S>]: ParamValue };

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The placeholder names of a template, in order of first appearance. */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) if (!names.includes(m[1])) names.push(m[1]);
  return names;
}

/**
 * Fill a template's placeholders. A placeholder without a value is a programming error (the
 * types prevent it; untyped callers get an exception that names it).
 */
export function fill(template: string, params: Readonly<Record<string, ParamValue>> = {}): string {
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`message parameter {${name}} is missing for "${template}"`);
    return String(value);
  });
}
