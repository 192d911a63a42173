/**
 * Drafting (docs/letters.md "What a letter contains"): a proposal and the office's settings make
 * an `OfficialDocument` with every word in place — the title, the addressee, the opening, the
 * facts one item per row grouped under level-1 headings (逾期, 滞后, ledger findings, others), the
 * requirement, the reply, the next step, the 落款 and 附注, and the rows as a table in 附件1. The
 * 通报表扬 is one document for many units with the ranking as its 附件. Dates are printed
 * `2023年7月5日`, percentages `45.0%`. Cell text goes in as it is: a long task stays whole, a line
 * break stays (the renderer breaks the line), a text that looks like a formula stays text.
 */
import { say } from "../../messages";
import { isIsoDate, type IsoDate } from "../parse/isoDate";
import { dayNumber, isoOfDay, partsOf } from "../progress/days";
import { toPermille, type Ranking } from "../rank/rank";
import { fillTemplate, placeholdersIn, type TemplateValues } from "./template";
import { DEFAULT_TEMPLATES, PARTS_OF, wordingOf, type LetterPart, type LetterTemplates } from "./templates";
import type { DocBlock, DocTable, LetterFact, LetterProposal, LetterType, OfficialDocument } from "./types";

/** Days from the letter's date to its 办理时限 when the settings give none (docs/letters.md). */
export const DEFAULT_REPLY_DAYS = 10;

/** What the office sets for one document. */
export interface DraftSettings {
  /** 发文字号, e.g. `督办〔2023〕7号` (the register gives the next one). */
  number: string;
  /** 成文日期. */
  date: IsoDate;
  /** 发文机关 (mark and 落款), e.g. `冠县人民政府办公室`. */
  issuer: string;
  /** 联系人 and 电话 of the 附注; the 附注 is left out when neither is set. */
  contact?: string;
  phone?: string;
  /** 办理时限; default `DEFAULT_REPLY_DAYS` after `date`. */
  replyBy?: IsoDate;
  /** The wording (readTemplates); default the built-in wording. */
  templates?: LetterTemplates;
  /** The check the facts come from. */
  checkDate: IsoDate;
}

/** `2023-01-05` → `2023年1月5日` (GB/T 9704: Arabic numerals, no leading zeros); other text as it is. */
export function chineseDate(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  const { y, m, d } = partsOf(iso);
  return say("letterText.date", { year: y, month: m, day: d });
}

/** `days` after an ISO day (`2023-12-25` + 10 → `2024-01-04`). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOfDay(dayNumber(iso) + days);
}

/** The 办理时限 of a document: the one set, else `DEFAULT_REPLY_DAYS` after its date ("" when the date is no date). */
export function replyByOf(settings: Pick<DraftSettings, "date" | "replyBy">): string {
  if (settings.replyBy !== undefined) return settings.replyBy;
  return isIsoDate(settings.date) ? addDays(settings.date, DEFAULT_REPLY_DAYS) : "";
}

const DIGITS = "〇一二三四五六七八九";
const POWERS = ["", "十", "百", "千"];

/** A heading number in Chinese: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (1–9999; else Arabic). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  if (n < 20) return n < 10 ? DIGITS[n] : `${POWERS[1]}${n === 10 ? "" : DIGITS[n - 10]}`;
  const digits = [...String(n)].map(Number);
  let out = "";
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = true;
      return;
    }
    if (zero) out += "零";
    zero = false;
    out += DIGITS[d] + POWERS[digits.length - 1 - i];
  });
  return out;
}

/** A share printed to 0.1 % as the ranking prints it: 0.45 → `45.0%`. */
function percent(permille: number): string {
  return `${(permille / 10).toFixed(1)}%`;
}

/** The gap in tenths of a point, from the printed figures (so 45.0% and 60.0% are 15.0 apart). */
function gapPermille(f: LetterFact): number | null {
  if (f.progress !== null && f.timeProgress !== null) return toPermille(f.progress) - toPermille(f.timeProgress);
  return f.gap === null ? null : toPermille(f.gap);
}

/** The deadline as written and, when it says something else, as read (a deadline not written: as read). */
function deadlineOf(f: LetterFact): { text: string; read: string | null } {
  const text = f.deadlineText.trim();
  const read = f.due !== null && isIsoDate(f.due) ? chineseDate(f.due) : null;
  if (text === "") return { text: read ?? "", read: null };
  return { text, read: read !== null && (text === read || text === f.due) ? null : read };
}

/** `逾期12天`, `滞后`, or the status as given. */
function statusPhrase(f: LetterFact): string {
  if (f.status === "逾期" && f.daysOverdue !== undefined) return say("letterText.status.overdueDays", { days: f.daysOverdue });
  return f.status;
}

type Group = "overdue" | "lagging" | "findings" | "other";
const GROUPS: readonly Group[] = ["overdue", "lagging", "findings", "other"];

function groupOf(f: LetterFact): Group {
  if (f.finding !== undefined) return "findings";
  return f.status === "逾期" ? "overdue" : f.status === "滞后" ? "lagging" : "other";
}

/** One fact's line: where and what for a finding; else the deadline, the figures, the gap and the status. */
function factLine(f: LetterFact): string {
  if (f.finding !== undefined) {
    // The finding is a sentence of its own: its closing mark gives way to the line's.
    const finding = f.finding.trim().replace(/[。；;.，,\s]+$/u, "");
    return `${[say("letterText.fact.where", { sheet: f.sheet, cell: f.cell }), say("letterText.fact.finding", { finding })].join("；")}。`;
  }
  const { text, read } = deadlineOf(f);
  const deadline = text === ""
    ? say("letterText.fact.noDeadline")
    : read === null ? say("letterText.fact.deadline", { text }) : say("letterText.fact.deadlineRead", { text, date: read });
  const gap = gapPermille(f);
  const parts = [
    deadline,
    f.progress === null ? say("letterText.fact.noProgress") : say("letterText.fact.progress", { value: percent(toPermille(f.progress)) }),
    f.timeProgress === null ? say("letterText.fact.noTimeProgress") : say("letterText.fact.timeProgress", { value: percent(toPermille(f.timeProgress)) }),
    ...(gap === null ? [] : [gap < 0 ? say("letterText.fact.behind", { points: (-gap / 10).toFixed(1) }) : gap > 0 ? say("letterText.fact.ahead", { points: (gap / 10).toFixed(1) }) : say("letterText.fact.even")]),
    ...(f.status === "" ? [] : [say("letterText.fact.status", { status: statusPhrase(f) })]),
  ];
  return `${parts.join("；")}。`;
}

const taskOf = (f: LetterFact): string => (f.task.trim() === "" ? say("letterText.fact.noTask") : f.task.trim());

/** The facts as numbered items under a level-1 heading per group, in the proposal's order within a group. */
function factBlocks(facts: readonly LetterFact[]): DocBlock[] {
  const blocks: DocBlock[] = [];
  let heading = 0;
  for (const group of GROUPS) {
    const members = facts.filter((f) => groupOf(f) === group);
    if (!members.length) continue;
    const text = say(`letterText.group.${group}`, { count: members.length });
    blocks.push({ kind: "heading", level: 1, text: say("letterText.heading1", { n: chineseNumeral(++heading), text }) });
    members.forEach((f, i) => {
      blocks.push({ kind: "heading", level: 2, text: say("letterText.heading2", { n: chineseNumeral(i + 1), text: taskOf(f) }) });
      blocks.push({ kind: "paragraph", text: factLine(f) });
    });
  }
  return blocks;
}

/** The 台账明细 table of 附件1: one row per fact, in the proposal's order. */
function factTable(facts: readonly LetterFact[]): DocTable {
  const none = say("letterText.table.none");
  const head = [
    say("letterText.head.seq"), say("letterText.head.task"), say("letterText.head.deadline"), say("letterText.head.progress"),
    say("letterText.head.timeProgress"), say("letterText.head.gap"), say("letterText.head.status"), say("letterText.head.where"),
  ];
  const rows = facts.map((f, i) => {
    const { text, read } = deadlineOf(f);
    const deadline = text === "" ? none : read === null ? text : say("letterText.table.deadline", { text, date: read });
    const gap = gapPermille(f);
    return [
      String(i + 1),
      taskOf(f),
      deadline,
      f.progress === null ? none : percent(toPermille(f.progress)),
      f.timeProgress === null ? none : percent(toPermille(f.timeProgress)),
      gap === null ? none : `${gap > 0 ? "+" : gap < 0 ? "-" : ""}${(Math.abs(gap) / 10).toFixed(1)}`,
      f.finding ?? (f.status === "" ? none : statusPhrase(f)),
      say("letterText.table.where", { sheet: f.sheet, cell: f.cell }),
    ];
  });
  return { head, rows, widths: [3, 17, 11, 8, 8, 7, 10, 10] };
}

/** A part's text as paragraphs: one per line the office wrote, blank lines dropped. */
function paragraphs(text: string): DocBlock[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "").map((line) => ({ kind: "paragraph", text: line }));
}

/** The values every document has. */
function commonValues(settings: DraftSettings): TemplateValues {
  return {
    编号: settings.number,
    日期: chineseDate(settings.date),
    年度: isIsoDate(settings.checkDate) ? partsOf(settings.checkDate).y : "",
    检查日期: chineseDate(settings.checkDate),
    办理时限: chineseDate(replyByOf(settings)),
    发文机关: settings.issuer,
    联系人: settings.contact ?? "",
    电话: settings.phone ?? "",
  };
}

/** The 附注 in brackets; none when the type has none, or when it names a contact and phone that are both unset. */
function noteOf(wording: string, values: TemplateValues): string | undefined {
  if (wording.trim() === "") return undefined;
  const contact = placeholdersIn(wording).filter((p) => p === "联系人" || p === "电话");
  if (contact.length > 0 && contact.every((p) => String(values[p] ?? "").trim() === "")) return undefined;
  const note = fillTemplate(wording, values).trim();
  if (note === "") return undefined;
  return /^[（(].*[）)]$/su.test(note) ? note : say("letterText.note", { note });
}

/** The parts of a document of `type` with `values`, the facts' blocks after the opening. */
function compose(type: LetterType, templates: LetterTemplates, values: TemplateValues, facts: DocBlock[]) {
  const part = (p: LetterPart, v: TemplateValues): string => fillTemplate(wordingOf(templates, type, p), v);
  const withSubject: TemplateValues = { ...values, 事由: part("事由", values) };
  const body: DocBlock[] = [
    ...paragraphs(part("开头", withSubject)),
    ...facts,
    ...(["要求", "答复", "后果"] as const).flatMap((p) => paragraphs(part(p, withSubject))),
  ];
  const note = noteOf(wordingOf(templates, type, "附注"), withSubject);
  return { title: part("标题", withSubject).trim(), mainTo: part("主送", withSubject).trim(), body, ...(note !== undefined && { note }) };
}

/** The 附件 list and its 附件说明 lines. */
function withAttachments(attachments: { title: string; table: DocTable }[]) {
  return {
    // §7.3.4: `附件：1.…` and, under it, `2.…`.
    attachmentNote: attachments.map((a, i) => say(i === 0 ? "letterText.attachment.note" : "letterText.attachment.noteNext", { n: i + 1, title: a.title })),
    attachments: attachments.map((a, i) => ({ mark: say("letterText.attachment.mark", { n: i + 1 }), ...a })),
  };
}

/**
 * The letter a proposal calls for, for its one unit: 主送 the unit (or, for a type with a 主送
 * part, that wording), the facts grouped and numbered, 附件1 the rows as a table when there are
 * any. A proposal without facts says its reason as the one item.
 */
export function draftLetter(proposal: LetterProposal, settings: DraftSettings): OfficialDocument {
  const { unit, type, facts } = proposal;
  const values: TemplateValues = {
    ...commonValues(settings),
    单位: unit,
    单位数: 1,
    事项数: facts.length,
    逾期数: facts.filter((f) => f.finding === undefined && f.status === "逾期").length,
    滞后数: facts.filter((f) => f.finding === undefined && f.status === "滞后").length,
    问题数: facts.filter((f) => f.finding !== undefined).length,
    上次编号: proposal.follows?.number ?? "",
    上次日期: proposal.follows?.date ? chineseDate(proposal.follows.date) : "",
  };
  const items = facts.length > 0 || proposal.reason.trim() === ""
    ? factBlocks(facts)
    : [{ kind: "heading", level: 1, text: say("letterText.heading1", { n: chineseNumeral(1), text: proposal.reason.trim() }) } as const];
  const doc = compose(type, settings.templates ?? DEFAULT_TEMPLATES, values, items);
  const addressedTo = PARTS_OF[type].includes("主送") && doc.mainTo !== "" ? doc.mainTo : unit;
  return {
    issuer: settings.issuer,
    number: settings.number,
    title: doc.title,
    addressee: say("letterText.addressee", { unit: addressedTo }),
    body: doc.body,
    signature: settings.issuer,
    date: chineseDate(settings.date),
    ...(doc.note !== undefined && { note: doc.note }),
    ...withAttachments(facts.length ? [{ title: say("letterText.attachment.ledger", { unit }), table: factTable(facts) }] : []),
  };
}

/**
 * One 通报表扬 for many units (docs/letters.md): `units` are the units the office commends (the
 * ranking's 先进 are the suggestion), named in the order given; 附件1 is the ranking — 名次,
 * 单位, the figure ranked, the light — with the units not ranked after it.
 */
export function draftCommendation(ranking: Ranking, units: readonly string[], settings: DraftSettings): OfficialDocument {
  const values: TemplateValues = { ...commonValues(settings), 单位: units.join("、"), 单位数: units.length };
  const doc = compose("通报表扬", settings.templates ?? DEFAULT_TEMPLATES, values, []);
  const none = say("letterText.table.none");
  const table: DocTable = {
    head: [say("letterText.head.rank"), say("letterText.head.unit"), say(`letterText.metric.${ranking.metric}`), say("letterText.head.light")],
    rows: [
      ...ranking.ranked.map((r) => [String(r.rank), r.unit, percent(r.permille), r.light ?? none]),
      ...ranking.unranked.map((u) => [none, u.unit, none, none]),
    ],
    widths: [2, 5, 3, 2],
  };
  return {
    issuer: settings.issuer,
    number: settings.number,
    title: doc.title,
    addressee: say("letterText.addressee", { unit: doc.mainTo }),
    body: doc.body,
    signature: settings.issuer,
    date: chineseDate(settings.date),
    ...(doc.note !== undefined && { note: doc.note }),
    ...withAttachments([{ title: say("letterText.attachment.ranking", { date: chineseDate(settings.checkDate) }), table }]),
  };
}
