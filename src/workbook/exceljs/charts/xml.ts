/**
 * The little XML the chart parts need, as text: escaping, a start tag's attributes and
 * namespace declarations, and the top-level children of a root element. Enough for the
 * machine-written parts of an .xlsx package (ExcelJS's output, Excel's drawings and
 * relationships); not a general XML parser.
 */

/** Escape text for element content or a double-quoted attribute, dropping characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch);
}

/** Undo XML escaping in an attribute value or text. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[ref] ?? "";
  });
}

/** A start tag's attributes (names as written, values unescaped). */
export function attributesOf(startTag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const body = startTag.replace(/^<[^\s/>]+/, "");
  for (const m of body.matchAll(/([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) attrs.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return attrs;
}

/** A start tag's namespace declarations: prefix ("" for the default namespace) → URI. */
export function namespacesOf(startTag: string): Map<string, string> {
  const ns = new Map<string, string>();
  for (const [name, value] of attributesOf(startTag)) {
    if (name === "xmlns") ns.set("", value);
    else if (name.startsWith("xmlns:")) ns.set(name.slice(6), value);
  }
  return ns;
}

/** The prefixes bound to `uri` among the declarations. */
export function prefixesFor(declarations: Map<string, string>, uri: string): string[] {
  return [...declarations].filter(([prefix, value]) => value === uri && prefix !== "").map(([prefix]) => prefix);
}

/** The root element's start tag (after the XML declaration and any comments). */
export function rootStartTag(xml: string): { tag: string; name: string; index: number } {
  const m = /<([A-Za-z_][\w.:-]*)(\s[^>]*)?>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, (s) => " ".repeat(s.length)));
  if (!m) throw new Error("not an XML document");
  return { tag: xml.slice(m.index, m.index + m[0].length), name: m[1], index: m.index };
}

/** Add namespace declarations to a start tag (ones it already declares are kept as they are). */
export function declareNamespaces(startTag: string, declarations: Map<string, string>): string {
  const own = namespacesOf(startTag);
  const extra = [...declarations]
    .filter(([prefix]) => !own.has(prefix))
    .map(([prefix, uri]) => ` ${prefix === "" ? "xmlns" : `xmlns:${prefix}`}="${escapeXml(uri)}"`)
    .join("");
  return startTag.replace(/^(<[^\s/>]+)/, `$1${extra}`);
}

/**
 * Where a new child of the root goes so that it comes before the first existing top-level
 * child named one of `before` (local names, any prefix): that child's start, else the root's
 * end tag; -1 if the XML ends first. Scanning starts at `from`, which must lie between the
 * root's children. Tags are found by `<…>`, so attribute values must escape `>` (ExcelJS and
 * Excel both do).
 */
export function childInsertionPoint(xml: string, before: readonly string[], from: number): number {
  const wanted = new Set(before);
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  tag.lastIndex = from;
  let depth = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[2] === undefined) continue;
    if (m[1] === "/") {
      if (depth === 0) return m.index;
      depth--;
      continue;
    }
    if (depth === 0 && wanted.has(m[2].replace(/^.*:/, ""))) return m.index;
    if (m[3] !== "/") depth++;
  }
  return -1;
}
