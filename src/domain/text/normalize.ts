/**
 * Text normalisation for reading ledgers: full-width forms, stray whitespace and bracket
 * variants are what make the same header or deadline look different from one clerk to the next.
 * Pure string functions, no locale data.
 */

/** Whitespace of any kind, including U+3000 (ideographic space), NBSP, zero-width and BOM. */
const WHITESPACE = /[\s\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/** Bracket variants (full-width, lenticular, tortoise-shell, square) → ASCII round brackets. */
const BRACKETS: Readonly<Record<string, string>> = {
  "(": "(", ")": ")", "（": "(", "）": ")", "【": "(", "】": ")", "〔": "(", "〕": ")",
  "[": "(", "]": ")", "［": "(", "］": ")", "〖": "(", "〗": ")", "｛": "(", "｝": ")",
};

/** Dashes and tildes that clerks type for ranges (`3—6月`, `3～6月`) → ASCII. */
const DASHES: Readonly<Record<string, string>> = {
  "—": "-", "–": "-", "―": "-", "－": "-", "‐": "-", "‑": "-", "～": "~", "〜": "~",
};

/**
 * Full-width ASCII forms (U+FF01–U+FF5E: `６`, `Ｑ`, `：`, `％`, `（`) → their half-width
 * counterparts, and U+3000 → a normal space. Everything else is left as it is.
 */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}

/** Remove every whitespace character, including line breaks (Alt+Enter) and U+3000. */
export function stripSpaces(text: string): string {
  return text.replace(WHITESPACE, "");
}

/** Collapse runs of whitespace (incl. U+3000 and line breaks) into one space and trim. */
/** Whether a text has anything `toHalfWidth` would change (fast path for the common case). */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
/** Whether a text has anything `unifyBrackets` would change. */
const BRACKET_OR_DASH = new RegExp(`[${[...Object.keys(BRACKETS), ...Object.keys(DASHES)].map((c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")).join("")}]`);

export function collapseSpaces(text: string): string {
  return text.replace(WHITESPACE, " ").trim();
}

/** All bracket variants → `(` `)`, dash/tilde variants → `-` `~`. */
export function unifyBrackets(text: string): string {
  if (!BRACKET_OR_DASH.test(text)) return text;
  let out = "";
  for (const ch of text) out += BRACKETS[ch] ?? DASHES[ch] ?? ch;
  return out;
}

/**
 * The general normal form for comparing cell text: half-width, brackets unified, no
 * whitespace at all. `完成进度（％）` → `完成进度(%)`, `６月底前` → `6月底前`.
 */
export function normalizeText(text: string): string {
  return stripSpaces(unifyBrackets(toHalfWidth(text)));
}

/** Markers that flag a required column (`*任务`, `★责任人`) or decorate a header. */
const MARKERS = /^[*★☆※●◆▲]+|[*★☆※●◆▲:]+$/g;

/**
 * The normal form of a header cell for matching against column names and synonyms: the
 * general normal form, without required-markers (`*`, `★`) or a trailing colon, ASCII letters
 * lower-cased. `完 成 时 限` → `完成时限`; `★责任\n人` → `责任人`; `No.` → `no.`.
 */
export function normalizeHeader(text: string): string {
  return normalizeText(text).replace(MARKERS, "").toLowerCase();
}

/** A trailing unit or remark in brackets (`(%)`, `(万元)`, `(姓名)`), or a bare trailing `%`. */
const UNIT_SUFFIX = /(?:\([^()]*\)|%)$/;

/**
 * A normalised header without its trailing unit suffix: `完成进度(%)` → `完成进度`,
 * `争取资金(万元)` → `争取资金`. The matcher tries this only when the full header matches
 * nothing, so a synonym written with its unit still wins. Returns the input when there is none.
 */
export function dropUnitSuffix(normalizedHeader: string): string {
  const dropped = normalizedHeader.replace(UNIT_SUFFIX, "");
  return dropped.length > 0 ? dropped : normalizedHeader;
}
