/**
 * The rule catalogue and its wiring: every rule id of docs/rules.md has its data (severity, title,
 * texts), its function in `rules/<rule-id>.ts` and its row in docs/rules.md; and the rules'
 * cell reader reads every fixture exactly as `readRow` does.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { RULES } from "../../src/domain/validate/catalogue";
import { RULE_CHECKS } from "../../src/domain/validate/rules";
import { RULE_IDS, type RuleId, type Severity } from "../../src/domain/validate/types";
import { createCellReader } from "../../src/domain/validate/cellReader";
import { createGrid } from "../../src/domain/recognize/grid";
import { readRow } from "../../src/domain/recognize/record";
import { recognize } from "../../src/domain/recognize/recognize";
import { LEDGERS } from "../fixtures/ledgers";
import { snapshotOf } from "../fixtures/snapshot";

/** The default severities of docs/rules.md, "The rules". */
const SEVERITY: Record<RuleId, Severity> = {
  "missing-item": "error", "owner-not-person": "error", "deadline-unreadable": "error", "deadline-outside-year": "warning",
  "ongoing-without-milestones": "warning", "annual-without-monthly-plan": "warning", "vague-goal": "warning",
  "boilerplate-measures": "warning", "goal-repeats-task": "warning", "duplicate-row": "warning", "missing-column": "error",
  "formula-error": "error", "merged-cells": "info", "blank-row": "info",
};

const root = join(__dirname, "..", "..");

describe("the rule catalogue", () => {
  it.each(RULE_IDS)("%s: data, function, file and documentation", (id) => {
    const spec = RULES[id];
    expect(spec.id).toBe(id);
    expect(spec.severity).toBe(SEVERITY[id]);
    expect(spec.title).toMatch(/[\u4e00-\u9fff]/);
    expect(spec.when).toMatch(/[\u4e00-\u9fff]/);
    expect(spec.scope).toBe(id === "missing-column" ? "sheet" : "row");
    for (const text of Object.values(spec.texts)) {
      expect(text.message).toMatch(/[\u4e00-\u9fff]/);
      expect(text.hint).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(typeof RULE_CHECKS[id]).toBe("function");
    expect(existsSync(join(root, "src/domain/validate/rules", `${id}.ts`))).toBe(true);
    expect(readFileSync(join(root, "docs/rules.md"), "utf8")).toContain(`\`${id}\``);
  });

  /** The placeholders every finding fills, and the ones each rule gives. */
  const COMMON = ["label", "item", "what", "list", "text", "row", "cell"];
  const GIVEN: Partial<Record<RuleId, string[]>> = {
    "missing-column": ["synonyms"], "owner-not-person": ["units", "names"], "deadline-outside-year": ["due", "year"],
    "annual-without-monthly-plan": ["due"], "duplicate-row": ["other", "unit"], "formula-error": ["why"],
    "merged-cells": ["range", "rows"],
  };
  it.each(RULE_IDS)("%s: every placeholder in its texts is filled", (id) => {
    const known = new Set([...COMMON, ...(GIVEN[id] ?? [])]);
    for (const text of Object.values(RULES[id].texts)) {
      for (const [, name] of `${text.message} ${text.hint}`.matchAll(/\{([\w-]+)\}/g)) expect([id, name, known.has(name)]).toEqual([id, name, true]);
    }
  });

  it("has no rule that docs/rules.md does not name", () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_CHECKS).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe("the rules' cell reader", () => {
  it.each(LEDGERS.filter((f) => f.expect.ok).map((f) => [f.id, f] as const))("%s: reads every data cell as readRow does", (_id, f) => {
    const snapshot = snapshotOf(f);
    const recognition = recognize(snapshot, f.options);
    if (!recognition.ok) throw new Error(recognition.message);
    const grid = createGrid(snapshot);
    const reader = createCellReader(snapshot, grid);
    for (const row of recognition.dataRows) {
      const expected = readRow(grid, recognition, row);
      for (const [field, cell] of Object.entries(expected)) {
        expect({ field, ...reader.read(row, cell.col) }).toEqual({ field, ...cell });
        expect(reader.readText(row, cell.col)).toBe(cell.text);
        expect(reader.merged(row, cell.col)).toBe(cell.merged);
      }
    }
  });
});
