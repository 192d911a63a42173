/**
 * The clerk's validation settings: which rules run and at what severity, the plan year when
 * the sheet states none, the progress tolerance. Kept in the workbook as JSON
 * (`luoshi.settings`); reading it is tolerant — bad JSON or bad values give the defaults.
 */
import { RULES } from "./catalogue";
import { DEFAULT_SETTINGS, RULE_IDS, type RuleId, type Severity, type ValidationSettings } from "./types";

/** Years a plan year may take (as the deadline parser accepts). */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** Whether a rule runs, and the severity of its findings, under `settings`. */
export function resolveRule(settings: ValidationSettings | undefined, id: RuleId): { enabled: boolean; severity: Severity } {
  const own = settings?.rules?.[id];
  return { enabled: own?.enabled ?? true, severity: own?.severity ?? RULES[id].severity };
}

/** A usable plan year: an integer in 1990–2100; anything else is ignored. */
export function usableYear(year: unknown): number | undefined {
  return typeof year === "number" && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isSeverity = (x: unknown): x is Severity => typeof x === "string" && (SEVERITIES as readonly string[]).includes(x);

function readRules(raw: unknown): ValidationSettings["rules"] {
  const rules: ValidationSettings["rules"] = {};
  if (!isObject(raw)) return rules;
  for (const id of RULE_IDS) {
    const entry = raw[id];
    if (!isObject(entry)) continue;
    const out: { enabled?: boolean; severity?: Severity } = {};
    if (typeof entry.enabled === "boolean") out.enabled = entry.enabled;
    if (isSeverity(entry.severity)) out.severity = entry.severity;
    if (out.enabled !== undefined || out.severity !== undefined) rules[id] = out;
  }
  return rules;
}

/** Settings from an already-parsed value; anything unusable falls back to the defaults. */
export function readSettings(raw: unknown): ValidationSettings {
  if (!isObject(raw)) return { rules: {}, tolerance: DEFAULT_SETTINGS.tolerance };
  const tolerance = typeof raw.tolerance === "number" && Number.isFinite(raw.tolerance) && raw.tolerance >= 0 && raw.tolerance <= 1
    ? raw.tolerance
    : DEFAULT_SETTINGS.tolerance;
  const settings: ValidationSettings = { rules: readRules(raw.rules), tolerance };
  const year = usableYear(raw.year);
  if (year !== undefined) settings.year = year;
  return settings;
}

/**
 * Settings from their JSON text (null when none are stored). Tolerant: bad JSON, unknown rule
 * ids, unknown severities, a year outside 1990–2100 or a tolerance outside 0–1 are dropped,
 * leaving the defaults. Never throws.
 */
export function parseSettings(json: string | null): ValidationSettings {
  if (json === null || json.trim() === "") return readSettings(undefined);
  try {
    return readSettings(JSON.parse(json));
  } catch {
    return readSettings(undefined);
  }
}

/** The JSON text of settings, keys in a stable order (rules in catalogue order). */
export function serializeSettings(settings: ValidationSettings): string {
  const clean = readSettings(settings);
  const rules: Record<string, { enabled?: boolean; severity?: Severity }> = {};
  for (const id of RULE_IDS) {
    const r = clean.rules[id];
    if (!r) continue;
    rules[id] = {};
    if (r.enabled !== undefined) rules[id].enabled = r.enabled;
    if (r.severity !== undefined) rules[id].severity = r.severity;
  }
  const out: Record<string, unknown> = { rules };
  if (clean.year !== undefined) out.year = clean.year;
  out.tolerance = clean.tolerance;
  return JSON.stringify(out);
}
