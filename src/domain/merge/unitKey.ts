/**
 * The key a reporting unit is matched by (docs/merging.md "Matching a name to the 单位名录"): the
 * name cleaned as recognition cleans a unit (a leading county name dropped before a township,
 * `县` before a department, `（盖章）` dropped), spaces removed, then `人民政府` and `办事处`
 * dropped: `烟庄街道办事处（盖章）` → `烟庄街道`, `柳林镇人民政府` → `柳林镇`, `冠县 柳林镇` → `柳林镇`.
 * The key is only for comparing; the name written is the 单位名录's.
 */
import { cleanUnitName } from "../recognize/unitName";
import { normalizeText } from "../text/normalize";

export function unitKey(raw: string): string {
  const plain = normalizeText(raw).replace(/\s+/g, "").replace(/\((?:盖章|公章)\)|盖章$/g, "");
  const cleaned = cleanUnitName(plain) ?? plain;
  return cleaned.replace(/人民政府$/, "").replace(/街道办事处$/, "街道").replace(/办事处$/, "街道");
}
