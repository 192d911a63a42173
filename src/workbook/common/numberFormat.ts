/**
 * Excel number formats, rendered the way Excel shows a cell: enough of the format language
 * for ledgers (General, 0/0.00/#,##0, percents, scientific, dates and times incl. Chinese
 * literals, sections, colours, locale tags). Used where the host gives no display text
 * (ExcelJS, the fake) or where Excel's text is only "####" (a column too narrow).
 */

import type { CellValue } from "../../domain/sheet";

/** Days from Excel's epoch (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** A JavaScript Date (read as UTC) → Excel serial number. */
export function dateToSerial(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return Math.round(serial * 1e8) / 1e8;
}

/** Excel serial number → UTC Date (serials below 60 are shifted for Excel's 1900 leap-year bug). */
export function serialToDate(serial: number): Date {
  const shifted = serial < 60 ? serial + 1 : serial;
  return new Date(Math.round((shifted - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** Whether a number format shows dates or times. */
export function isDateFormat(format: string): boolean {
  const section = splitSections(format)[0] ?? "";
  const codes = tokenize(section)
    .filter((t) => t.kind === "raw")
    .map((t) => t.text)
    .join("")
    .replace(/general/gi, "")
    .replace(/e[+-]/gi, "");
  return /[ymdhs]/i.test(codes) || /a{3,4}/i.test(codes);
}

/** The text Excel shows for `value` under `format` ("General" when empty). */
export function formatCellText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "#NUM!";
  const sections = splitSections(format || "General");
  let section = sections[0] ?? "General";
  let number = value;
  let sign = "";
  if (value < 0 && sections.length >= 2 && sections[1] !== "") {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections.length >= 3 && sections[2] !== "") {
    section = sections[2];
  } else if (value < 0) {
    sign = "-";
    number = -value;
  }
  const tokens = tokenize(section);
  if (isDateFormat(section)) return formatDate(value, tokens);
  return sign + formatNumber(number, tokens);
}

/** Excel's "General" display of a number. */
export function generalNumberText(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [mantissa, exp] = n.toExponential(5).split("e");
    const m = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    const e = Number(exp);
    return `${m}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  if (Number.isInteger(n)) return String(n);
  const rounded = parseFloat(n.toPrecision(10));
  const text = String(rounded);
  if (!text.includes("e")) return text;
  return rounded.toFixed(20).replace(/0+$/, "").replace(/\.$/, "");
}

interface Token {
  kind: "lit" | "raw";
  text: string;
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "[") bracket = true;
    else if (!quoted && ch === "]") bracket = false;
    if (ch === ";" && !quoted && !bracket) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: "lit", text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === "\\" && i + 1 < section.length) {
      tokens.push({ kind: "lit", text: section[++i] });
    } else if (ch === "_" && i + 1 < section.length) {
      tokens.push({ kind: "lit", text: " " });
      i++;
    } else if (ch === "*" && i + 1 < section.length) {
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      const currency = /^\$([^-]*)-/.exec(inner);
      if (currency && currency[1]) tokens.push({ kind: "lit", text: currency[1] });
      i = stop;
    } else {
      tokens.push({ kind: "raw", text: ch });
    }
  }
  return tokens;
}

const PLACEHOLDER = /[0#?]/;

function formatNumber(value: number, tokens: Token[]): string {
  const rawCodes = tokens.filter((t) => t.kind === "raw").map((t) => t.text).join("");
  if (/general/i.test(rawCodes)) return tokens.map((t) => t.text).join("").replace(/general/i, generalNumberText(value));
  if (!PLACEHOLDER.test(rawCodes)) {
    if (rawCodes.includes("@")) return tokens.map((t) => t.text).join("").replace("@", generalNumberText(value));
    return tokens.map((t) => t.text).join("");
  }
  const percents = (rawCodes.match(/%/g) ?? []).length;
  let n = value * Math.pow(100, percents);
  const codes = rawCodes;
  const first = codes.search(PLACEHOLDER);
  let last = -1;
  for (let i = codes.length - 1; i >= 0; i--) if (PLACEHOLDER.test(codes[i])) { last = i; break; }
  const spec = codes.slice(first, last + 1);
  const trailingCommas = /^,*/.exec(codes.slice(last + 1))?.[0].length ?? 0;
  n /= Math.pow(1000, trailingCommas);
  const sci = /[eE][+-]/.exec(spec);
  const rendered = sci ? scientific(n, spec) : fixed(n, spec);
  let out = "";
  let codeIndex = 0;
  let emitted = false;
  for (const t of tokens) {
    if (t.kind === "lit") {
      out += t.text;
      continue;
    }
    const at = codeIndex++;
    if (at >= first && at <= last) {
      if (!emitted) out += rendered;
      emitted = true;
    } else if (!(t.text === "," && at > last && at <= last + trailingCommas)) {
      out += t.text;
    }
  }
  return out;
}

function fixed(n: number, spec: string): string {
  const dot = spec.indexOf(".");
  const intSpec = dot < 0 ? spec : spec.slice(0, dot);
  const fracSpec = dot < 0 ? "" : spec.slice(dot + 1);
  const decimals = (fracSpec.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracSpec.match(/0/g) ?? []).length;
  const minInt = (intSpec.match(/0/g) ?? []).length;
  const grouped = /[0#?],[0#?]/.test(intSpec);
  const [intDigits, fracDigitsRaw = ""] = roundTo(n, decimals).split(".");
  let frac = fracDigitsRaw;
  while (frac.length > minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
  let int = intDigits.replace(/^0+/, "");
  if (int.length < minInt) int = int.padStart(minInt, "0");
  if (grouped) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (dot < 0) return int;
  return `${int}.${frac}`;
}

function scientific(n: number, spec: string): string {
  const e = /[eE]([+-])(0+)/.exec(spec);
  const mantissaSpec = spec.slice(0, spec.search(/[eE]/));
  const dot = mantissaSpec.indexOf(".");
  const decimals = dot < 0 ? 0 : (mantissaSpec.slice(dot + 1).match(/[0#?]/g) ?? []).length;
  const [m, exp] = n.toExponential(decimals).split("e");
  const expNum = Number(exp);
  const sign = expNum < 0 ? "-" : e?.[1] === "+" ? "+" : "";
  return `${m}E${sign}${String(Math.abs(expNum)).padStart(e?.[2].length ?? 2, "0")}`;
}

function roundTo(n: number, decimals: number): string {
  const factor = Math.pow(10, decimals);
  const rounded = Math.round((n + Number.EPSILON * n) * factor) / factor;
  return rounded.toFixed(decimals);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ZH_DAYS = ["日", "一", "二", "三", "四", "五", "六"];

interface DateCode {
  kind: "code" | "lit";
  text: string;
}

function formatDate(serial: number, tokens: Token[]): string {
  if (serial < 0 || serial > 2958465) return "########";
  const seconds = Math.round(serial * 86400);
  const date = serialToDate(Math.floor(seconds / 86400));
  const secOfDay = seconds % 86400;
  const hour = Math.floor(secOfDay / 3600);
  const minute = Math.floor((secOfDay % 3600) / 60);
  const second = secOfDay % 60;
  const codes = dateCodes(tokens);
  const twelveHour = codes.some((c) => c.kind === "code" && /^(am\/pm|a\/p|上午\/下午)$/i.test(c.text));
  const pad = (v: number, width: number) => String(v).padStart(width, "0");
  let out = "";
  codes.forEach((c, i) => {
    if (c.kind === "lit") {
      out += c.text;
      return;
    }
    const lower = c.text.toLowerCase();
    const letter = lower[0];
    if (letter === "y" || letter === "e") out += lower.length <= 2 && letter === "y" ? pad(date.getUTCFullYear() % 100, 2) : String(date.getUTCFullYear());
    else if (letter === "m" && !/^am\/pm$/.test(lower)) {
      if (isMinute(codes, i)) out += lower.length >= 2 ? pad(minute, 2) : String(minute);
      else out += monthText(date.getUTCMonth(), lower.length);
    } else if (letter === "d") {
      const d = date.getUTCDate();
      const wd = date.getUTCDay();
      out += lower.length === 1 ? String(d) : lower.length === 2 ? pad(d, 2) : lower.length === 3 ? DAYS[wd].slice(0, 3) : DAYS[wd];
    } else if (letter === "a" && /^a{3,4}$/.test(lower)) {
      out += lower.length === 3 ? ZH_DAYS[date.getUTCDay()] : `星期${ZH_DAYS[date.getUTCDay()]}`;
    } else if (letter === "h") {
      const h = twelveHour ? ((hour + 11) % 12) + 1 : hour;
      out += lower.length >= 2 ? pad(h, 2) : String(h);
    } else if (letter === "s") out += lower.length >= 2 ? pad(second, 2) : String(second);
    else if (lower === "am/pm") out += hour < 12 ? "AM" : "PM";
    else if (lower === "a/p") out += hour < 12 ? "A" : "P";
    else if (c.text === "上午/下午") out += hour < 12 ? "上午" : "下午";
    else out += c.text;
  });
  return out;
}

function monthText(month: number, length: number): string {
  if (length === 1) return String(month + 1);
  if (length === 2) return String(month + 1).padStart(2, "0");
  if (length === 3) return MONTHS[month].slice(0, 3);
  if (length === 5) return MONTHS[month][0];
  return MONTHS[month];
}

function isMinute(codes: DateCode[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = codes[i];
    if (c.kind !== "code") continue;
    if (/^h/i.test(c.text)) return true;
    break;
  }
  for (let i = index + 1; i < codes.length; i++) {
    const c = codes[i];
    if (c.kind !== "code") continue;
    return /^s/i.test(c.text);
  }
  return false;
}

function dateCodes(tokens: Token[]): DateCode[] {
  const codes: DateCode[] = [];
  const raw = tokens;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (t.kind === "lit") {
      codes.push({ kind: "lit", text: t.text });
      continue;
    }
    const rest = raw.slice(i).map((x) => (x.kind === "raw" ? x.text : "\u0000")).join("");
    const ampm = /^(AM\/PM|A\/P|上午\/下午)/i.exec(rest);
    if (ampm) {
      codes.push({ kind: "code", text: ampm[1] });
      i += ampm[1].length - 1;
      continue;
    }
    const lower = t.text.toLowerCase();
    if ("ymdhsea".includes(lower)) {
      let j = i;
      while (j + 1 < raw.length && raw[j + 1].kind === "raw" && raw[j + 1].text.toLowerCase() === lower) j++;
      const run = raw.slice(i, j + 1).map((x) => x.text).join("");
      if (lower === "a" && run.length < 3) codes.push({ kind: "lit", text: run });
      else codes.push({ kind: "code", text: run });
      i = j;
    } else {
      codes.push({ kind: "lit", text: t.text });
    }
  }
  return codes;
}
