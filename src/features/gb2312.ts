/**
 * Which Chinese characters a `_GB2312` font can print (docs/letters.md "Format"): 仿宋_GB2312 and
 * 楷体_GB2312 hold the 6,763 characters of GB 2312 and no others, so a rare character in a name
 * (堃, 喆, 𠮷) prints as a blank box. The set is decoded once from the GB 2312 byte table with the
 * platform's own TextDecoder (WHATWG "gb2312", in every browser and in Node with ICU), so no table
 * ships with the product.
 */
let gb2312: Set<string> | undefined;

/** The ideographs of GB 2312 (rows 0xB0–0xF7: levels 1 and 2). */
function ideographs(): Set<string> {
  if (gb2312) return gb2312;
  const decoder = new TextDecoder("gb2312");
  gb2312 = new Set<string>();
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const c = decoder.decode(new Uint8Array([hi, lo]));
      if (c !== "\ufffd") gb2312.add(c);
    }
  }
  return gb2312;
}

/** The Chinese characters of `text` that GB 2312 lacks, each once, in order. */
export function outsideGb2312(text: string): string[] {
  const set = ideographs();
  const out: string[] = [];
  for (const c of text) if (/\p{Script=Han}/u.test(c) && !set.has(c) && !out.includes(c)) out.push(c);
  return out;
}
