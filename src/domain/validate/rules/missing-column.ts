/** `missing-column` (error, sheet level): a required column of the list is not in the header. */
import type { Draft, Rule } from "../draft";

/** One finding per required field that no column carries, naming the header texts that would be recognised. */
export const missingColumn: Rule = (ctx) => {
  const out: Draft[] = [];
  for (const field of ctx.recognized.missing) {
    const spec = ctx.list.columns.find((c) => c.field === field);
    const names = spec ? [spec.name, ...spec.synonyms.slice(0, 5)] : [field];
    out.push({ rule: "missing-column", field, vars: { synonyms: names.join("、") } });
  }
  return out;
};
