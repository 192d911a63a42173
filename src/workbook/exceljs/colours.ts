/**
 * An .xlsx colour as "#RRGGBB" for the workspace. A colour is given one of three ways
 * (ECMA-376 Part 1, 18.8.19 color): `rgb` as ARGB, `theme` as an index into the workbook
 * theme's colour scheme with an optional `tint`, or `indexed` into the legacy 64-colour palette
 * (18.8.27 indexedColors). Theme colours are taken from the default Office theme (2013 and later;
 * WPS uses the same scheme): a workbook with its own theme is drawn in the default one's colours.
 */
import type ExcelJS from "exceljs";

/** The default Office theme's colour scheme in the order theme indices name it: lt1, dk1, lt2, dk2, accent1–6, hlink, folHlink. */
const THEME = ["FFFFFF", "000000", "E7E6E6", "44546A", "4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "0563C1", "954F72"];

/** The legacy indexed palette (ECMA-376 Part 1, 18.8.27), 0–63; 64 is the system foreground (black). */
const INDEXED = [
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "000000", "FFFFFF", "FF0000", "00FF00", "0000FF", "FFFF00", "FF00FF", "00FFFF",
  "800000", "008000", "000080", "808000", "800080", "008080", "C0C0C0", "808080",
  "9999FF", "993366", "FFFFCC", "CCFFFF", "660066", "FF8080", "0066CC", "CCCCFF",
  "000080", "FF00FF", "FFFF00", "00FFFF", "800080", "800000", "008080", "0000FF",
  "00CCFF", "CCFFFF", "CCFFCC", "FFFF99", "99CCFF", "FF99CC", "CC99FF", "FFCC99",
  "3366FF", "33CCCC", "99CC00", "FFCC00", "FF9900", "FF6600", "666699", "969696",
  "003366", "339966", "003300", "333300", "993300", "993366", "333399", "333333",
  "000000",
];

type Colour = Partial<ExcelJS.Color> & { indexed?: number; tint?: number };

/** "#RRGGBB" of an .xlsx colour, or undefined when it names none (or "automatic"). */
export function colourOf(colour: Colour | undefined): string | undefined {
  if (!colour) return undefined;
  if (typeof colour.argb === "string" && /^[0-9a-fA-F]{8}$/.test(colour.argb)) return `#${colour.argb.slice(2).toUpperCase()}`;
  if (typeof colour.argb === "string" && /^[0-9a-fA-F]{6}$/.test(colour.argb)) return `#${colour.argb.toUpperCase()}`;
  if (typeof colour.theme === "number" && THEME[colour.theme]) return `#${tinted(THEME[colour.theme], colour.tint ?? 0)}`;
  if (typeof colour.indexed === "number" && INDEXED[colour.indexed]) return `#${INDEXED[colour.indexed]}`;
  return undefined;
}

/**
 * A colour lightened (tint > 0) or darkened (tint < 0) as Excel does: in HLS, the luminance
 * moves toward white by `tint` of what is left, or toward black by `tint` of itself
 * (ECMA-376 Part 1, 18.8.19 color, attribute tint).
 */
export function tinted(hex: string, tint: number): string {
  if (!tint) return hex.toUpperCase();
  const [h, l, s] = toHls(hex);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return fromHls(h, Math.min(1, Math.max(0, lum)), s);
}

function toHls(hex: string): [number, number, number] {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) / 6 : max === g ? ((b - r) / d + 2) / 6 : ((r - g) / d + 4) / 6;
  return [h, l, s];
}

function fromHls(h: number, l: number, s: number): string {
  const channel = (t: number, p: number, q: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  let rgb: number[];
  if (s === 0) rgb = [l, l, l];
  else {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [channel(h + 1 / 3, p, q), channel(h, p, q), channel(h - 1 / 3, p, q)];
  }
  return rgb.map((v) => Math.round(v * 255).toString(16).padStart(2, "0").toUpperCase()).join("");
}
