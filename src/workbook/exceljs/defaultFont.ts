/**
 * The workbook's default font kept through the round trip. ExcelJS 4.4 writes its own styles part
 * with Calibri 11 as the first font (the one every cell without a font of its own uses), so a
 * workbook made in Chinese Excel (等线 11) or WPS (宋体 11) came back in Calibri, its columns
 * looking narrower or wider (measured: docs/round-trip.md). The first `<font>` of the original
 * `xl/styles.xml` (ECMA-376 Part 1, 18.8.22 fonts; font 0 is the default, 18.8.23 font) is read
 * when the file is opened and put back in place of ExcelJS's when it is saved.
 */
import JSZip from "jszip";
import { readStyles } from "./builtinFormats";

const STYLES = "xl/styles.xml";

/** The first `<font>` element inside `<fonts>` of a styles part, as written, or undefined. */
export function firstFontOf(stylesXml: string): string | undefined {
  const fonts = /<(?:\w+:)?fonts\b[^>]*>/.exec(stylesXml);
  if (!fonts) return undefined;
  const rest = stylesXml.slice(fonts.index + fonts[0].length);
  const font = /^\s*(<(\w+:)?font\b[^>]*\/>|<(\w+:)?font\b[^>]*>[\s\S]*?<\/(?:\w+:)?font>)/.exec(rest);
  return font?.[1];
}

/** The default font element of an .xlsx package, or undefined when it has none to read. */
export async function defaultFontOf(bytes: Uint8Array): Promise<string | undefined> {
  const read = await readStyles(bytes);
  return read && firstFontOf(read.styles);
}

/** `saved` with its default font replaced by `font` (the bytes unchanged when there is nothing to do). */
export async function withDefaultFont(saved: Uint8Array, font: string | undefined): Promise<Uint8Array> {
  if (!font) return saved;
  const zip = await JSZip.loadAsync(saved);
  const styles = await zip.file(STYLES)?.async("string");
  const current = styles === undefined ? undefined : firstFontOf(styles);
  if (styles === undefined || current === undefined || current === font || /^<\w+:/.test(font) !== /^<\w+:/.test(current)) return saved;
  zip.file(STYLES, styles.replace(current, font));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
