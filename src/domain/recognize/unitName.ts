/**
 * Cleaning a reporting unit's name found in a title, a fill line or a sheet name.
 *
 * Decision (see docs/recognition.md): the name is kept as written, except that a leading county
 * (or city + county) name is dropped when a township or a department follows, because within
 * one county every ledger shares it and the office's unit list does not repeat it:
 * - `冠县柳林镇` → `柳林镇`, `冠县烟庄街道` → `烟庄街道` (township: the county name goes);
 * - `冠县发展和改革局` → `县发展和改革局`, `冠县经济开发区` → `县经济开发区` (department: the
 *   county name becomes `县`, as county documents write them);
 * - `冠县` alone, `冠县人民政府` → kept as written.
 */
import { normalizeText } from "../text/normalize";

const COUNTY_PREFIX = /^(?:[\u4e00-\u9fff]{1,3}市)?[\u4e00-\u9fff]{1,3}县(?=[\u4e00-\u9fff]{2})/;
const TOWNSHIP = /(?:镇|乡|街道|街道办事处|办事处)$/;
const DEPARTMENT =
  /(?:局|委|办|办公室|中心|院|所|站|队|部|会|公司|开发区|园区|管委会|委员会|科|处|社|馆|行|联|团|集团|协会|学校|政府)$/;

/** Words that name no particular unit (`全县`, `我镇`) and so are not taken as the unit. */
const NOT_A_UNIT = /^(?:全县|全镇|全乡|全区|全市|我县|我镇|我乡|我局|本单位|本部门|各乡镇|各单位|各部门|县|镇|乡|年度|表|附件)$/;

/** Decorations around a unit name: `附件1：`, `（盖章）`, a trailing `关于` / `的`. */
function stripDecorations(text: string): string {
  return text
    .replace(/^附件\d*[:.、]?/, "")
    .replace(/\(盖章\)|\(公章\)|盖章/g, "")
    .replace(/^\((.*)\)$/, "$1")
    .replace(/^[:,、\-~]+|[:,、\-~]+$/g, "")
    .replace(/(?:关于|的|年度|年)$/, "");
}

/** Text that runs on after a unit's name (`县教体局巡察反馈`) → the longest leading unit name. */
function cutAfterUnit(name: string): string {
  if (looksLikeUnit(name)) return name;
  for (let end = name.length - 1; end >= 2; end--) {
    const prefix = name.slice(0, end);
    if (TOWNSHIP.test(prefix) || DEPARTMENT.test(prefix)) return prefix;
  }
  return name;
}

/**
 * A unit name as the ledgers should carry it, or undefined when the text names no unit
 * (empty, `全县`, digits, over 24 characters, containing 清单/台账, or not ending like a unit:
 * 镇/乡/街道/局/办/委/中心/…, or 县/区/市). Text running on after the name is cut
 * (`县教体局巡察反馈` → `县教体局`).
 */
export function cleanUnitName(raw: string): string | undefined {
  let name = cutAfterUnit(stripDecorations(normalizeText(raw)));
  if (name === "" || name.length > 24 || NOT_A_UNIT.test(name) || /\d|清单|台账/.test(name)) return undefined;
  if (!looksLikeUnit(name) && !/[县区市]$/.test(name)) return undefined;
  const county = COUNTY_PREFIX.exec(name);
  if (county) {
    const rest = name.slice(county[0].length);
    if (TOWNSHIP.test(rest)) name = rest;
    else if (DEPARTMENT.test(rest)) name = rest.startsWith("县") ? rest : `县${rest}`;
  }
  return name;
}

/** Whether a text reads like a unit's name by its ending (镇/乡/街道/局/办/中心…). */
export function looksLikeUnit(text: string): boolean {
  const name = normalizeText(text);
  return TOWNSHIP.test(name) || DEPARTMENT.test(name);
}
