/**
 * Validation settings: rules switched off, severities overridden, the plan year from the
 * settings; and reading/writing them as JSON (tolerant of anything stored).
 */
import { validateSnapshot } from "../../src/domain/validate/validate";
import { parseSettings, resolveRule, serializeSettings } from "../../src/domain/validate/settings";
import { DEFAULT_SETTINGS, RULE_IDS, type ValidationSettings } from "../../src/domain/validate/types";
import { RULES } from "../../src/domain/validate/catalogue";
import { recognize } from "../../src/domain/recognize/recognize";
import { findingsOf, ledgerSnapshot, validateRows } from "../fixtures/validate-data/build";

const settings = (rules: ValidationSettings["rules"], year?: number): ValidationSettings =>
  year === undefined ? { rules, tolerance: 0.1 } : { rules, tolerance: 0.1, year };

describe("resolveRule", () => {
  it.each(RULE_IDS)("%s: enabled at the catalogue's severity by default", (id) => {
    expect(resolveRule(DEFAULT_SETTINGS, id)).toEqual({ enabled: true, severity: RULES[id].severity });
    expect(resolveRule(undefined, id)).toEqual({ enabled: true, severity: RULES[id].severity });
  });

  it("applies the clerk's choice", () => {
    const s = settings({ "vague-goal": { enabled: false }, "blank-row": { severity: "warning" } });
    expect(resolveRule(s, "vague-goal")).toEqual({ enabled: false, severity: "warning" });
    expect(resolveRule(s, "blank-row")).toEqual({ enabled: true, severity: "warning" });
  });
});

describe("validateSnapshot with settings", () => {
  const rows = [{ goal: "实现高质量发展", owner: "党政办" }];

  it("a disabled rule produces nothing (vague-goal off), the others still run", () => {
    const on = validateRows(rows);
    const off = validateRows(rows, {}, settings({ "vague-goal": { enabled: false } }));
    expect(findingsOf(on, "vague-goal")).toHaveLength(1);
    expect(findingsOf(off, "vague-goal")).toEqual([]);
    expect(off.byRule["vague-goal"]).toBeUndefined();
    expect(findingsOf(off, "owner-not-person")).toHaveLength(1);
    expect(off.counts).toEqual({ ...on.counts, warning: on.counts.warning - 1 });
  });

  it("a severity override applies to the findings and the counts (owner-not-person as warning)", () => {
    const report = validateRows(rows, {}, settings({ "owner-not-person": { severity: "warning" } }));
    expect(findingsOf(report, "owner-not-person").map((f) => f.severity)).toEqual(["warning"]);
    expect(report.counts).toEqual({ error: 0, warning: 2, info: 0 });
  });

  it("the plan year comes from the settings when the sheet states none", () => {
    const spec = { title: null, sheet: "Sheet1" };
    const without = validateRows([{ deadline: "2024年6月底前" }, { deadline: "6月底前" }], spec);
    expect(without.year).toBeUndefined();
    expect(findingsOf(without, "deadline-unreadable").map((f) => f.cell)).toEqual(["E4"]);
    const withYear = validateRows([{ deadline: "2024年6月底前" }, { deadline: "6月底前" }], spec, settings({}, 2023));
    expect(withYear.year).toEqual({ value: 2023, foundIn: "setting" });
    expect(findingsOf(withYear, "deadline-unreadable")).toEqual([]);
    expect(findingsOf(withYear, "deadline-outside-year").map((f) => f.cell)).toEqual(["E3"]);
  });

  it("the sheet's own year wins over the settings", () => {
    const report = validateRows([{ deadline: "2024年6月底前" }], {}, settings({}, 2024));
    expect(report.year).toEqual({ value: 2023, foundIn: "title" });
    expect(findingsOf(report, "deadline-outside-year")).toHaveLength(1);
  });

  it("a recognition passed in gives the same report as recognising here", () => {
    const snapshot = ledgerSnapshot(rows);
    expect(validateSnapshot(snapshot, { recognition: recognize(snapshot) })).toEqual(validateSnapshot(snapshot));
  });

  it("a recognition without a year takes the year from the settings", () => {
    const snapshot = ledgerSnapshot([{ deadline: "6月底前" }], { title: null, sheet: "Sheet1" });
    const report = validateSnapshot(snapshot, { recognition: recognize(snapshot), settings: settings({}, 2023) });
    expect(report.year).toEqual({ value: 2023, foundIn: "setting" });
    expect(report.findings).toEqual([]);
  });
});

describe("parseSettings / serializeSettings", () => {
  it.each([null, "", "not json", "[]", "42", "null", '"text"'])("gives the defaults for %p", (json) => {
    expect(parseSettings(json)).toEqual({ rules: {}, tolerance: 0.1 });
  });

  it("keeps what is usable and drops the rest", () => {
    const json = JSON.stringify({
      rules: { "vague-goal": { enabled: false, severity: "loud" }, "blank-row": { severity: "warning" }, "no-such-rule": { enabled: false }, "merged-cells": "off" },
      year: "2023",
      tolerance: 5,
      other: { kept: "elsewhere" },
    });
    expect(parseSettings(json)).toEqual({ rules: { "vague-goal": { enabled: false }, "blank-row": { severity: "warning" } }, tolerance: 0.1 });
  });

  it("reads the year and tolerance", () => {
    expect(parseSettings('{"rules":{},"year":2023,"tolerance":0.05}')).toEqual({ rules: {}, year: 2023, tolerance: 0.05 });
    expect(parseSettings('{"year":1800}')).toEqual({ rules: {}, tolerance: 0.1 });
    expect(parseSettings('{"year":2023.5}')).toEqual({ rules: {}, tolerance: 0.1 });
  });

  it("round-trips", () => {
    const s: ValidationSettings = { rules: { "blank-row": { enabled: false }, "missing-item": { severity: "warning" } }, year: 2024, tolerance: 0.15 };
    expect(parseSettings(serializeSettings(s))).toEqual(s);
    expect(parseSettings(serializeSettings(DEFAULT_SETTINGS))).toEqual(DEFAULT_SETTINGS);
  });

  it("writes rules in catalogue order, whatever order they were set in", () => {
    const a = serializeSettings({ rules: { "blank-row": { enabled: false }, "missing-item": { enabled: false } }, tolerance: 0.1 });
    const b = serializeSettings({ rules: { "missing-item": { enabled: false }, "blank-row": { enabled: false } }, tolerance: 0.1 });
    expect(a).toBe(b);
    expect(a).toBe('{"rules":{"missing-item":{"enabled":false},"blank-row":{"enabled":false}},"tolerance":0.1}');
  });
});
