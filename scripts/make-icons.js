#!/usr/bin/env node
/* eslint-disable */
// Draws the add-in's icon (a ledger page with a green header row and a green tick badge) at
// 16, 32, 64, 80 and 128 px and writes assets/icon-<size>.png. Node only: shapes are signed
// distance functions sampled 8×8 times a pixel, and the PNG is written with zlib. Deterministic:
// the same script gives the same bytes, so the committed PNGs can be regenerated at will.
//
//   node scripts/make-icons.js            writes assets/icon-*.png
//   node scripts/make-icons.js --check    exits 1 when a committed icon differs from the drawing

"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;

const COLORS = {
  outline: [0x1b, 0x5e, 0x35], // dark green ink: page border
  header: [0x10, 0x7c, 0x41], // green header row
  paper: [0xff, 0xff, 0xff],
  rule: [0x7a, 0x9a, 0x85], // grey-green ledger rules
  badge: [0x10, 0x7c, 0x41],
  tick: [0xff, 0xff, 0xff],
};

// ---- geometry (unit square, y down) -------------------------------------------------------

function sdRoundRect(px, py, x0, y0, x1, y1, r) {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r, hy = (y1 - y0) / 2 - r;
  const qx = Math.abs(px - cx) - hx, qy = Math.abs(py - cy) - hy;
  const ox = Math.max(qx, 0), oy = Math.max(qy, 0);
  return Math.hypot(ox, oy) + Math.min(Math.max(qx, qy), 0) - r;
}

function sdSegment(px, py, ax, ay, bx, by) {
  const pax = px - ax, pay = py - ay, bax = bx - ax, bay = by - ay;
  const h = Math.max(0, Math.min(1, (pax * bax + pay * bay) / (bax * bax + bay * bay)));
  return Math.hypot(pax - bax * h, pay - bay * h);
}

function sdCircle(px, py, cx, cy, r) {
  return Math.hypot(px - cx, py - cy) - r;
}

/** The layers, bottom to top, for one pixel size: each is [color, inside(px, py) → boolean]. */
function layers(size) {
  const px = 1 / size;
  // Snap a coordinate to the pixel grid so that small sizes stay crisp.
  const snap = (v) => Math.round(v * size) / size;
  const stroke = Math.max(px, 0.055);
  const ruleW = Math.max(px, 0.05);
  const tickW = Math.max(1.7 * px, 0.08);

  const page = { x0: snap(0.09), y0: snap(0.04), x1: snap(0.75), y1: snap(0.95), r: Math.max(px, 0.07) };
  const headerBottom = snap(0.28);
  const badge = { cx: 0.70, cy: 0.70, r: 0.27 };
  const halo = Math.max(px, 0.055);
  const rules = [0.43, 0.58, 0.73].map((y) => snap(y) + (size <= 32 ? px / 2 : 0));
  const ruleX0 = snap(0.19), ruleX1 = snap(0.63);
  // At 16 px the tick's corners sit on pixel centres so that its strokes stay sharp.
  const tick =
    size <= 16
      ? [[9.5, 11.5], [10.5, 12.5], [13, 10]].map(([x, y]) => [x / size, y / size])
      : [[0.575, 0.70], [0.665, 0.79], [0.82, 0.615]];

  const inPage = (x, y) => sdRoundRect(x, y, page.x0, page.y0, page.x1, page.y1, page.r) <= 0;
  const inPageInner = (x, y) => sdRoundRect(x, y, page.x0, page.y0, page.x1, page.y1, page.r) <= -stroke;
  return [
    [COLORS.outline, inPage],
    [COLORS.paper, inPageInner],
    [COLORS.header, (x, y) => inPage(x, y) && y <= headerBottom],
    [COLORS.rule, (x, y) => rules.some((ry) => Math.abs(y - ry) <= ruleW / 2) && x >= ruleX0 && x <= ruleX1],
    [COLORS.paper, (x, y) => sdCircle(x, y, badge.cx, badge.cy, badge.r + halo) <= 0],
    [COLORS.badge, (x, y) => sdCircle(x, y, badge.cx, badge.cy, badge.r) <= 0],
    [
      COLORS.tick,
      (x, y) =>
        sdSegment(x, y, tick[0][0], tick[0][1], tick[1][0], tick[1][1]) <= tickW / 2 ||
        sdSegment(x, y, tick[1][0], tick[1][1], tick[2][0], tick[2][1]) <= tickW / 2,
    ],
  ];
}

/** RGBA pixels (straight alpha) for one size. */
function render(size) {
  const out = Buffer.alloc(size * size * 4);
  const ls = layers(size);
  const n = SUPERSAMPLE;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      // Average premultiplied colour over the sub-samples.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < n; sj++) {
        for (let si = 0; si < n; si++) {
          const x = (i + (si + 0.5) / n) / size;
          const y = (j + (sj + 0.5) / n) / size;
          let color = null;
          for (const [c, inside] of ls) if (inside(x, y)) color = c;
          if (color) {
            r += color[0]; g += color[1]; b += color[2]; a += 1;
          }
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((a / (n * n)) * 255);
      }
    }
  }
  return out;
}

// ---- PNG ----------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const check = process.argv.includes("--check");
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  let stale = 0;
  for (const size of SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    const bytes = png(size, render(size));
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(bytes);
      if (!same) {
        stale++;
        console.log(`stale: ${path.relative(process.cwd(), file)}`);
      }
    } else {
      fs.writeFileSync(file, bytes);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${bytes.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}

if (require.main === module) main();

module.exports = { render, png, SIZES };
