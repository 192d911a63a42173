/**
 * `readOwner`: who a 责任人 cell names — people (`张三、李四`, `李明（副镇长）`, `副镇长李明`),
 * units and offices (`党政办`, `各村`, docs/rules.md owner-not-person), positions without a name
 * (`分管副镇长`, `王主任`), a mix, or nothing. A name is 2–4 Han characters starting with a
 * known surname (or a `·`-joined minority name). See docs/deadline-grammar.md, "责任人".
 */
import { toHalfWidth, unifyBrackets } from "../text/normalize";
import {
  COMPOUND_SURNAMES, GROUP_PREFIXES, isSurnameChar, OWNER_PLACEHOLDERS, ROLE_WORDS, UNIT_SHORT_NAMES,
  UNIT_SUFFIXES, UNIT_WORDS,
} from "./ownerWords";

/** What a 责任人 cell names. */
export type OwnerReading =
  | { kind: "people"; names: string[] }
  /** Units or offices only; `unit` joins them with `、`. */
  | { kind: "unit"; unit: string; units: string[] }
  /** Positions without a person's full name (`分管副镇长`, `王主任`). */
  | { kind: "role"; roles: string[] }
  /** Named people beside units, positions or unreadable parts. */
  | { kind: "mixed"; names: string[]; units: string[]; roles: string[]; others: string[] }
  /** Text that is none of the above (`同上`, `John`). */
  | { kind: "unknown"; text: string }
  | { kind: "empty" };

type Part = { kind: "name" | "unit" | "role" | "other"; text: string };

const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
const MINORITY_NAME = /^[\u4e00-\u9fff]{1,8}[·•・][\u4e00-\u9fff·•・]{1,12}$/;

/** A full personal name: 2–4 Han characters from a surname, or a `·`-joined name. */
function isName(text: string): boolean {
  if (MINORITY_NAME.test(text)) return true;
  if (!HAN_NAME.test(text)) return false;
  if (UNIT_SHORT_NAMES.has(text) || UNIT_WORDS.some((w) => text.includes(w))) return false;
  if (ROLE_WORDS.some((r) => text.endsWith(r))) return false;
  if (text.length >= 3 && UNIT_SUFFIXES.some((s) => text.endsWith(s))) return false;
  const compound = COMPOUND_SURNAMES.some((s) => text.startsWith(s));
  return compound ? text.length >= 3 : isSurnameChar(text.charAt(0));
}

function isRole(text: string): boolean {
  return ROLE_WORDS.some((r) => text.endsWith(r));
}

function isUnit(text: string): boolean {
  if (GROUP_PREFIXES.some((p) => text.startsWith(p) && text.length > p.length)) return true;
  if (UNIT_SHORT_NAMES.has(text) || UNIT_WORDS.some((w) => text.includes(w))) return true;
  return text.length >= 3 && UNIT_SUFFIXES.some((s) => text.endsWith(s));
}

/** A name with its title before or after it: `副镇长李明`, `党委书记欧阳明`, `李明镇长`. */
function titledName(text: string): string | undefined {
  for (const k of [2, 3, 4]) {
    if (text.length <= k) continue;
    const tail = text.slice(-k);
    const head = text.slice(0, -k);
    if (isName(tail) && isRole(head)) return tail;
    const front = text.slice(0, k);
    const rest = text.slice(k);
    if (isName(front) && ROLE_WORDS.includes(rest)) return front;
  }
  return undefined;
}

/** Looks like a name, once a bracketed position vouches for it (`李建科（副镇长）`). */
function vouchedName(text: string): boolean {
  const surname = isSurnameChar(text.charAt(0)) || COMPOUND_SURNAMES.some((s) => text.startsWith(s));
  return (HAN_NAME.test(text) && surname && !isRole(text) && !UNIT_SHORT_NAMES.has(text) &&
    !UNIT_WORDS.some((w) => text.includes(w))) || MINORITY_NAME.test(text);
}

/** Classify one token; a bracketed position (`（副镇长）`) vouches for the token being a person. */
function classify(token: string, notes: readonly string[]): Part {
  const vouched = notes.some((n) => isRole(n) || n === "分管" || n === "牵头");
  if (isName(token) || (vouched && vouchedName(token))) return { kind: "name", text: token };
  if (GROUP_PREFIXES.some((p) => token.startsWith(p) && token.length > p.length)) return { kind: "unit", text: token };
  const titled = titledName(token);
  if (titled) return { kind: "name", text: titled };
  if (isRole(token)) return { kind: "role", text: token };
  if (isUnit(token)) return { kind: "unit", text: token };
  return { kind: "other", text: token };
}

/** A two-character name padded to three with a space (`王\u3000芳`), as clerks align names. */
const PADDED_NAME = /(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \t]+([\u4e00-\u9fff])(?![\u4e00-\u9fff])/g;

/** Split on separators outside brackets: `、 , ; / | + & space newline`. */
function splitTokens(text: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth += 1;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、,，;；/|+&\s]/.test(ch)) {
      tokens.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  tokens.push(current);
  return tokens.filter((t) => t !== "");
}

/** `张三和李四` → two names, when both sides are names. */
function splitJoined(token: string): string[] {
  for (const joiner of ["和", "及", "与"]) {
    const at = token.indexOf(joiner);
    if (at > 0 && isName(token.slice(0, at)) && isName(token.slice(at + 1))) return [token.slice(0, at), token.slice(at + 1)];
  }
  return [token];
}

/** Drop a label (`负责人：`), trailing `等`/`同志`/`等3人`, and take the bracketed notes out. */
function clean(raw: string): { token: string; notes: string[] } {
  const notes: string[] = [];
  let token = raw.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    notes.push(...splitTokens(inner));
    return "";
  }).replace(/[()]/g, "");
  const colon = token.lastIndexOf(":");
  if (colon >= 0) token = token.slice(colon + 1);
  token = token.replace(/(?:等\d*人|等|同志)$/, "").replace(/\d{3,}/g, "");
  return { token, notes };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * Read a 责任人 cell. `张三、李四` → people; `党政办` → unit; `分管副镇长` → role;
 * `李明（副镇长）` and `副镇长李明` → people [李明]; `党政办（张三）` → mixed. Never throws.
 */
export function readOwner(text: string): OwnerReading {
  const normalized = unifyBrackets(toHalfWidth(typeof text === "string" ? text : ""))
    .replace(/\s*\(\s*/g, "(").replace(/\s*\)/g, ")")
    .replace(PADDED_NAME, "$1$2");
  const parts: Part[] = [];
  for (const raw of splitTokens(normalized)) {
    if (OWNER_PLACEHOLDERS.has(raw)) continue;
    const { token, notes } = clean(raw);
    if (OWNER_PLACEHOLDERS.has(token) && notes.length === 0) continue;
    if (token !== "") for (const piece of splitJoined(token)) parts.push(classify(piece, notes));
    for (const note of notes) if (isName(note)) parts.push({ kind: "name", text: note });
  }
  const of = (kind: Part["kind"]): string[] => unique(parts.filter((p) => p.kind === kind).map((p) => p.text));
  const [names, units, roles, others] = [of("name"), of("unit"), of("role"), of("other")];
  if (parts.length === 0) return { kind: "empty" };
  if (names.length > 0) {
    return units.length + roles.length + others.length === 0 ? { kind: "people", names } : { kind: "mixed", names, units, roles, others };
  }
  if (units.length > 0) return { kind: "unit", unit: units.join("、"), units };
  if (roles.length > 0) return { kind: "role", roles };
  return { kind: "unknown", text: others.join("、") };
}
