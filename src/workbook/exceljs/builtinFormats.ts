/**
 * The East Asian built-in number formats, defined where a file uses them without a definition.
 * A cell may name a built-in format by id alone (ECMA-376 Part 1, 18.8.30 numFmt: "the
 * application shall know the built-in formats"); Chinese Excel and WPS write their date formats
 * that way: 31 is `yyyy"年"m"月"d"日"`. ExcelJS 4.4 knows only the international ids
 * (lib/xlsx/defaultnumformats.js), so such a cell came back without a format: a date read as the
 * number 45107 (a deadline "unreadable") and saved as one (measured: docs/round-trip.md). Before
 * ExcelJS reads the package, the ids a file uses and does not define get their zh-CN codes as
 * `<numFmt>` entries, so they are read as dates and kept through the save.
 */
import JSZip from "jszip";

const STYLES = "xl/styles.xml";

/** The zh-CN codes of the East Asian built-in ids (ECMA-376 Part 1, 18.8.30, the zh-cn table). */
export const ZH_CN_BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const escape = (code: string) => code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The styles part with a `<numFmt>` for each East Asian built-in id its cell formats use and it does not define; undefined when none is missing. */
export function definingBuiltinFormats(stylesXml: string): string | undefined {
  const defined = new Set([...stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])));
  const used = new Set<number>();
  for (const xfs of stylesXml.matchAll(/<(?:\w+:)?(?:cellXfs|cellStyleXfs)\b[\s\S]*?<\/(?:\w+:)?(?:cellXfs|cellStyleXfs)>/g)) {
    for (const m of xfs[0].matchAll(/<(?:\w+:)?xf\b[^>]*\bnumFmtId="(\d+)"/g)) used.add(Number(m[1]));
  }
  const missing = [...used].filter((id) => ZH_CN_BUILTIN_FORMATS[id] !== undefined && !defined.has(id)).sort((a, b) => a - b);
  if (missing.length === 0 || /<\w+:styleSheet\b/.test(stylesXml)) return undefined;
  const entries = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${escape(ZH_CN_BUILTIN_FORMATS[id])}"/>`).join("");
  const open = /<numFmts\b[^>]*?(\/>|>)/.exec(stylesXml);
  if (open) {
    const count = defined.size + missing.length;
    const head = `<numFmts count="${count}">`;
    if (open[1] === "/>") return stylesXml.replace(open[0], `${head}${entries}</numFmts>`);
    return stylesXml.replace(open[0], `${head}${entries}`);
  }
  const styleSheet = /<styleSheet\b[^>]*>/.exec(stylesXml);
  if (!styleSheet) return undefined;
  // numFmts is the first child of styleSheet (CT_Stylesheet, 18.8.39).
  return stylesXml.replace(styleSheet[0], `${styleSheet[0]}<numFmts count="${missing.length}">${entries}</numFmts>`);
}

/** The package's styles part as text, with the opened package, or undefined when it cannot be read. */
export async function readStyles(bytes: Uint8Array): Promise<{ zip: JSZip; styles: string } | undefined> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file(STYLES)?.async("string");
    return styles === undefined ? undefined : { zip, styles };
  } catch {
    return undefined;
  }
}

/**
 * The package with its missing East Asian built-in formats defined; the same bytes when none is
 * missing or the package cannot be read. `read`: the styles already read (`readStyles`).
 */
export async function withBuiltinFormats(bytes: Uint8Array, read?: { zip: JSZip; styles: string }): Promise<Uint8Array> {
  const found = read ?? (await readStyles(bytes));
  const patched = found && definingBuiltinFormats(found.styles);
  if (!found || patched === undefined) return bytes;
  found.zip.file(STYLES, patched);
  return found.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
