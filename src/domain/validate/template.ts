/**
 * Filling the catalogue's message templates: `{name}` is replaced by the value of `name`;
 * an unknown name leaves nothing behind (a missing value never shows as `{name}`). Templates
 * are split once and kept, since a large ledger fills tens of thousands of them.
 */

/** Placeholder values: text, or a number shown as written. */
export type TemplateVars = Readonly<Record<string, string | number | undefined>>;

/** A template split into literal text and placeholder names (odd positions). */
type Compiled = readonly string[];

const PLACEHOLDER = /\{([A-Za-z][\w-]*)\}/;
const compiled = new Map<string, Compiled>();

function compile(template: string): Compiled {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(new RegExp(PLACEHOLDER.source, "g"));
    compiled.set(template, parts);
  }
  return parts;
}

/** `fillTemplate("与第{other}行重复", (name) => …)` → `与第5行重复`; `vars` may be a lookup. */
export function fillTemplate(template: string, vars: TemplateVars | ((name: string) => string | number | undefined)): string {
  const parts = compile(template);
  if (parts.length === 1) return parts[0];
  const get = typeof vars === "function" ? vars : (name: string) => vars[name];
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = get(parts[i]);
    out += (v === undefined ? "" : String(v)) + parts[i + 1];
  }
  return out;
}

/** A cell's text as quoted in a message: one line, at most `max` characters. */
export function quote(text: string, max = 30): string {
  const line = /\s/.test(text) ? text.replace(/\s+/g, " ").trim() : text;
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
