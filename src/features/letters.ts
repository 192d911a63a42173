/**
 * Letters (docs/letters.md): who gets which letter, drafted from the rows, and issued — numbered
 * on from the 发函登记, appended to it, and laid out as .docx in the GB/T 9704 format. Two entries
 * for the pane, ribbon and CLI: `draftLetters` (proposals and drafts, nothing written: the clerk
 * previews and decides) and `issueLetters` (the register rows and the files).
 */
import type { SheetInfo, WorkbookPort } from "../workbook/port";
import type { IsoDate } from "../domain/parse/isoDate";
import type { ProgressReady, TimeBasis } from "../domain/progress/types";
import type { Finding } from "../domain/validate/types";
import { rankUnits, type Ranking } from "../domain/rank/rank";
import { LETTERS } from "../domain/lists/catalogue";
import { unitKey } from "../domain/merge/unitKey";
import {
  DEFAULT_PREFIXES, nextNumbers, proposeLetters, readRegister, registerRows,
  DEFAULT_FONTS, type DocFonts, type LetterFact, type LetterProposal, type LetterType, type NewEntry, type OfficialDocument, type RegisterEntry, type RegisterPlace,
} from "../domain/letters";
import {
  DEFAULT_TEMPLATES, TEMPLATE_SHEET, draftCommendation, draftLetter, readTemplates, replyByOf, templateSheetRows,
  type DraftSettings, type LetterTemplates,
} from "../domain/letters";
import { templateLayout } from "../render/templateLayout";
import { lettersSheetLayout } from "../render/lettersSheet";
import { outsideGb2312 } from "./gb2312";
import { say } from "../messages";
import { cannot, done, guarded, type Outcome } from "./outcome";
import { checkProgress } from "./progress";
import { validateSheets } from "./validate";
import { directoryOf, isMergeOutput } from "./merge";
import { readDate } from "./input";
import { todayInChina } from "./settings";

/** The register's sheet name (the 发函登记 list's). */
export const REGISTER_SHEET = LETTERS.name;

export interface LettersRequest {
  /** The ledger (default: the 汇总 if the workbook has one, else the active sheet). */
  sheet?: string;
  /** The check the facts come from, yyyy-mm-dd (default: today in China). */
  checkDate?: string;
  basis?: TimeBasis;
  year?: number;
  /** 成文日期, yyyy-mm-dd (default: today in China). */
  date?: string;
  /** Only letters of this type; with `units`, that type for every unit named (the office decides). */
  type?: LetterType;
  /** Only these units. */
  units?: readonly string[];
  /** 发文机关 (mark and 落款), e.g. `冠县人民政府办公室` (default: the one last used in this workbook; one is required). */
  issuer?: string;
  contact?: string;
  phone?: string;
  /** 办理时限, yyyy-mm-dd (default: 10 days after the letter's date). */
  replyBy?: string;
  /** Font names per role over the defaults (default: those last used in this workbook). */
  fonts?: Partial<DocFonts>;
  /** How the edge names its fields in a sentence (`--date `, `成文日期`). */
  fields?: { checkDate?: string; date?: string; replyBy?: string };
}

/** One letter ready to issue: the proposal it answers, its number, and the document. */
export interface LetterDraft {
  proposal: LetterProposal;
  /** The units it goes to (one, or the 先进 of a 通报表扬). */
  units: string[];
  number: string;
  settings: DraftSettings;
  document: OfficialDocument;
}

export interface LettersResult {
  sheet: string;
  checkDate: IsoDate;
  date: IsoDate;
  /** Every unit's proposal (before the request's filters). */
  proposals: LetterProposal[];
  /** The letters drafted, in the units' order. */
  drafts: LetterDraft[];
  /** The register as read, when the workbook has one. */
  register?: { entries: RegisterEntry[]; place: RegisterPlace };
  templates: LetterTemplates;
  /** The ranking at the check date (the 通报表扬's 附件, the 先进 it suggests). */
  ranking: Ranking;
  /** The fonts the letters will be laid out in. */
  fonts: DocFonts;
  /** zh-CN: what the clerk should know before issuing (characters a `_GB2312` font lacks). */
  warnings: string[];
  message: string;
}

/** Where the workbook keeps the issuing office's details, so the next letters start from them. */
export const OFFICE_KEY = "luoshi.letters.office";

/** The issuing office, its contact person and phone, and the fonts, as last used in this workbook. */
export interface LetterOffice {
  issuer: string;
  contact: string;
  phone: string;
  fonts: Partial<DocFonts>;
}

/** The office's details stored in the workbook (empty strings when none). */
export async function letterOffice(wb: WorkbookPort): Promise<LetterOffice> {
  const empty = { issuer: "", contact: "", phone: "", fonts: {} };
  const text = await wb.getSetting(OFFICE_KEY);
  if (!text) return empty;
  try {
    const v = JSON.parse(text) as Partial<LetterOffice>;
    const fonts = Object.fromEntries(Object.entries(v.fonts ?? {}).filter(([role, name]) => role in DEFAULT_FONTS && typeof name === "string" && name.trim() !== ""));
    return { issuer: String(v.issuer ?? ""), contact: String(v.contact ?? ""), phone: String(v.phone ?? ""), fonts };
  } catch {
    return empty;
  }
}

/** The sheet the letters are drafted from by default: the 汇总, else the active one. */
function defaultSheet(sheets: readonly SheetInfo[]): string | undefined {
  return sheets.find((s) => s.visible && isMergeOutput(s.name) && s.name !== say("merge.summarySheet"))?.name;
}

/** The register of the workbook, if it has one; a sheet that is no register is a `Cannot`. */
async function registerOf(wb: WorkbookPort, sheets: readonly SheetInfo[]): Promise<Outcome<LettersResult["register"]>> {
  if (!sheets.some((s) => s.name === REGISTER_SHEET)) return done(undefined);
  const reading = readRegister(await wb.readSheet(REGISTER_SHEET));
  if (!reading.ok) return cannot(reading.reason === "missing-columns" ? "missing-columns" : "not-ledger", reading.message, REGISTER_SHEET);
  return done({ entries: reading.entries, place: reading.place });
}

/** The office's wording: the 函件模板 sheet when there is one (its problems stop everything), else the built-in. */
async function templatesOf(wb: WorkbookPort, sheets: readonly SheetInfo[]): Promise<Outcome<LetterTemplates>> {
  if (!sheets.some((s) => s.name === TEMPLATE_SHEET)) return done(DEFAULT_TEMPLATES);
  const { templates, problems } = readTemplates(await wb.readSheet(TEMPLATE_SHEET));
  if (problems.length === 0) return done(templates);
  const listed = problems.slice(0, 5).map((p) => p.message).join(" ");
  return cannot("bad-template", say("letters.templateProblems", { sheet: TEMPLATE_SHEET, count: problems.length, problems: listed }), TEMPLATE_SHEET);
}

/** The words of a document, all of them (for the characters its fonts must hold). */
function wordsOf(doc: OfficialDocument): string {
  return [doc.title, doc.addressee, ...doc.body.map((b) => b.text), ...doc.attachmentNote, doc.note ?? "", ...doc.attachments.flatMap((a) => [a.title, ...a.table.rows.flat()])].join("");
}

/** A sentence for a letter with characters its `_GB2312` fonts lack (none when the fonts are others). */
function rareCharacters(draft: LetterDraft, fonts: DocFonts): string[] {
  const gb = [fonts.body, fonts.heading2].filter((f) => /GB2312/i.test(f));
  if (gb.length === 0) return [];
  const chars = outsideGb2312(wordsOf(draft.document));
  if (chars.length === 0) return [];
  return [say("letters.rareCharacters", { number: draft.number, unit: draft.units.join("、"), chars: chars.join(""), fonts: [...new Set(gb)].join("、") })];
}

/** Error-level findings of the sheet by unit (a row's unit as the progress check read it). */
function findingsByUnit(findings: readonly Finding[], report: ProgressReady): Map<string, Finding[]> {
  const unitOfRow = new Map(report.rows.map((r) => [r.row, r.unit] as const));
  const only = report.units.length === 1 ? report.units[0].unit : undefined;
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const unit = (f.row !== undefined ? unitOfRow.get(f.row) : undefined) ?? only;
    if (unit !== undefined) out.set(unit, [...(out.get(unit) ?? []), f]);
  }
  return out;
}

/** The proposals the request asks for: its type and units, the office overriding the step when it names units and a type. */
function chosen(proposals: readonly LetterProposal[], request: LettersRequest): LetterProposal[] {
  const named = request.units && new Set(request.units);
  return proposals
    .filter((p) => !named || named.has(p.unit))
    .filter((p) => request.type === undefined || named !== undefined || p.type === request.type)
    .map((p) => (request.type !== undefined && named ? { ...p, type: request.type } : p));
}

/** The year a letter is numbered in: its date's. */
const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/**
 * Draft each letter (one per unit; one 通报表扬 for all units commended) with the next numbers of
 * the register: one more than the highest of each prefix and year, in the units' order.
 */
function draftAll(picked: readonly LetterProposal[], ranking: Ranking, base: Omit<DraftSettings, "number">, register: readonly RegisterEntry[]): LetterDraft[] {
  const year = yearOf(base.date);
  const byType = new Map<LetterType, LetterProposal[]>();
  for (const p of picked) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const numbers = new Map<LetterType, string[]>();
  for (const [type, list] of byType) numbers.set(type, nextNumbers(register, DEFAULT_PREFIXES[type], year, type === "通报表扬" ? 1 : list.length));
  const drafts: LetterDraft[] = [];
  const praised = byType.get("通报表扬") ?? [];
  for (const p of picked) {
    if (p.type === "通报表扬") {
      if (p !== praised[0]) continue;
      const settings = { ...base, number: numbers.get("通报表扬")?.[0] ?? "" };
      const units = praised.map((x) => x.unit);
      drafts.push({ proposal: p, units, number: settings.number, settings, document: draftCommendation(ranking, units, settings) });
      continue;
    }
    const settings = { ...base, number: numbers.get(p.type)?.shift() ?? "" };
    drafts.push({ proposal: p, units: [p.unit], number: settings.number, settings, document: draftLetter(p, settings) });
  }
  return drafts;
}

/** Propose and draft the letters of a ledger; nothing is written. */
export function draftLetters(wb: WorkbookPort, request: LettersRequest = {}): Promise<Outcome<LettersResult>> {
  return guarded(async () => {
    const stored = request.issuer === undefined || request.fonts === undefined ? await letterOffice(wb) : undefined;
    const issuer = (request.issuer ?? stored?.issuer ?? "").trim();
    const fonts: DocFonts = { ...DEFAULT_FONTS, ...(request.fonts ?? stored?.fonts ?? {}) };
    if (issuer === "") return cannot("bad-input", say("letters.noIssuer"));
    const contact = request.contact ?? stored?.contact;
    const phone = request.phone ?? stored?.phone;
    const date = request.date === undefined ? done(todayInChina()) : readDate(request.date, request.fields?.date ?? "");
    if (!date.ok) return date;
    const replyBy = request.replyBy === undefined ? done(undefined) : readDate(request.replyBy, request.fields?.replyBy ?? "");
    if (!replyBy.ok) return replyBy;
    const sheets = await wb.listSheets();
    const sheet = request.sheet ?? defaultSheet(sheets);
    const progress = await checkProgress(wb, {
      sheets: sheet === undefined ? "active" : { name: sheet }, write: false,
      ...(request.checkDate !== undefined && { checkDate: request.checkDate }), ...(request.basis && { basis: request.basis }),
      ...(request.year !== undefined && { year: request.year }), ...(request.fields?.checkDate !== undefined && { dateField: request.fields.checkDate }),
    });
    if (!progress.ok) return progress;
    const report = progress.value.reports[0];
    if (!report) return cannot("not-ledger", say("letters.noReport"));
    const register = await registerOf(wb, sheets);
    if (!register.ok) return register;
    const templates = await templatesOf(wb, sheets);
    if (!templates.ok) return templates;
    const validation = await validateSheets(wb, { sheets: { name: report.sheet }, write: false, ...(request.year !== undefined && { year: request.year }) });
    const findings = validation.ok ? validation.value.reports.flatMap((r) => r.findings) : [];
    const directory = await directoryOf(wb, sheets);
    const order = directory?.units.map((u) => u.name);
    const ranking = rankUnits(report.units, order ? { order } : {});
    const reported = new Set(report.units.map((u) => unitKey(u.unit)));
    const late = isMergeOutput(report.sheet) ? (order ?? []).filter((u) => !reported.has(unitKey(u))) : [];
    const proposals = proposeLetters({
      checkDate: report.checkDate, year: report.year?.value ?? yearOf(report.checkDate), register: register.value?.entries ?? [],
      progress: report, ...(report.taskCol !== undefined && { taskCol: report.taskCol }), findingsByUnit: findingsByUnit(findings, report), late, ranking, ...(order && { units: order }),
    });
    const picked = chosen(proposals, request);
    const base: Omit<DraftSettings, "number"> = {
      date: date.value, issuer, checkDate: report.checkDate, templates: templates.value,
      ...(contact && { contact }), ...(phone && { phone }),
      ...(replyBy.value !== undefined && { replyBy: replyBy.value }),
    };
    const drafts = draftAll(picked, ranking, base, register.value?.entries ?? []);
    const warnings = drafts.flatMap((d) => rareCharacters(d, fonts));
    const message = drafts.length
      ? say("letters.drafted", { sheet: report.sheet, date: report.checkDate, count: drafts.length, units: drafts.flatMap((d) => d.units).join("、") })
      : say("letters.none", { sheet: report.sheet, date: report.checkDate });
    return done({
      sheet: report.sheet, checkDate: report.checkDate, date: date.value, proposals, drafts, templates: templates.value, ranking, fonts, warnings, message,
      ...(register.value && { register: register.value }),
    });
  });
}

/** What the clerk keeps of the drafts: which letters (by unit), and of each the rows (by sheet row) to cite. */
export interface LetterSelection {
  /** Units whose letters are kept (a 通报表扬 is kept for those of its units named). */
  units: readonly string[];
  /** Per unit, the 1-based sheet rows kept; a unit not listed keeps all its rows. */
  rows?: ReadonlyMap<string, readonly number[]>;
}

/**
 * The drafts the clerk kept, drafted again: rows left out are not cited, and numbers close up
 * (the register gives them from the first free one, as when drafted).
 */
export function selectLetters(drafted: LettersResult, selection: LetterSelection): LettersResult {
  const units = new Set(selection.units);
  const kept = drafted.drafts.flatMap((d) =>
    d.proposal.type === "通报表扬"
      ? d.units.filter((u) => units.has(u)).map((unit) => ({ ...d.proposal, unit }))
      : units.has(d.units[0])
        ? [{ ...d.proposal, facts: d.proposal.facts.filter((f) => selection.rows?.get(d.units[0])?.includes(f.row) ?? true) }]
        : [],
  );
  const first = drafted.drafts[0];
  if (!first) return drafted;
  const { number: _number, ...base } = first.settings;
  const drafts = draftAll(kept, drafted.ranking, base, drafted.register?.entries ?? []);
  return { ...drafted, drafts };
}

/** A letter as a file: its name (unit, type and number, cleaned for any file system) and bytes. */
export interface LetterFile {
  name: string;
  bytes: Uint8Array;
}

export interface IssueRequest {
  /** One document with every letter (a section each, page numbers restarting), else one file per letter in a zip. */
  combined?: boolean;
  /** Issue again letters the register already holds (same type, unit and date). */
  confirmRepeat?: boolean;
}

export interface IssueResult {
  /** The letters as issued, with the numbers the register gave them. */
  issued: LetterDraft[];
  /** The register sheet the rows were added to. */
  register: string;
  /** The .docx (combined) or the .zip of one .docx per letter. */
  file: LetterFile;
  /** With `combined` false: the files inside the zip. */
  files: LetterFile[];
  message: string;
}

/** Characters Windows, macOS or a zip refuse in a file name, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** `柳林镇-督办函-督办〔2023〕7号.docx`, cleaned of characters a file system refuses. */
export function letterFileName(draft: Pick<LetterDraft, "units" | "proposal" | "number">): string {
  const unit = draft.units.length > 1 ? say("letters.file.units", { first: draft.units[0], count: draft.units.length }) : draft.units[0];
  const stem = [unit, draft.proposal.type, draft.number].filter(Boolean).join("-").replace(UNSAFE, "_").replace(/\s+/g, " ").trim();
  return `${stem.slice(0, 120)}.docx`;
}

/** The register rows of the letters issued (one per letter; a 通报表扬 names its units together). */
function entriesOf(drafts: readonly LetterDraft[]): NewEntry[] {
  return drafts.map((d) => ({
    number: d.number, type: d.proposal.type, unit: d.units.join("、"), date: d.settings.date, subject: d.proposal.reason,
    replyBy: d.proposal.type === "通报表扬" ? "" : (replyByOf(d.settings) as IsoDate | ""),
  }));
}

/** Letters of the drafts the register holds already: same type, unit and date. */
function repeatsIn(drafts: readonly LetterDraft[], entries: readonly RegisterEntry[]): LetterDraft[] {
  const held = new Set(entries.map((e) => `${e.type}|${e.unit}|${e.date}`));
  return drafts.filter((d) => held.has(`${d.proposal.type}|${d.units.join("、")}|${d.settings.date}`));
}

/** The drafts renumbered from the register as it is now (another clerk may have issued meanwhile). */
function renumbered(drafts: readonly LetterDraft[], ranking: Ranking, entries: readonly RegisterEntry[]): LetterDraft[] {
  const pools = new Map<string, string[]>();
  for (const d of drafts) {
    const key = `${d.proposal.type}|${yearOf(d.settings.date)}`;
    if (!pools.has(key)) {
      const count = drafts.filter((x) => x.proposal.type === d.proposal.type && yearOf(x.settings.date) === yearOf(d.settings.date)).length;
      pools.set(key, nextNumbers(entries, DEFAULT_PREFIXES[d.proposal.type], yearOf(d.settings.date), count));
    }
  }
  return drafts.map((d) => {
    const number = pools.get(`${d.proposal.type}|${yearOf(d.settings.date)}`)?.shift() ?? d.number;
    if (number === d.number) return d;
    const settings = { ...d.settings, number };
    const document = d.proposal.type === "通报表扬" ? draftCommendation(ranking, d.units, settings) : draftLetter(d.proposal, settings);
    return { ...d, number, settings, document };
  });
}

/**
 * Issue drafted letters: in one batch, read the 发函登记 (made from the list's template when the
 * workbook has none), number the letters on from it, refuse letters it holds already unless
 * confirmed, and append one row per letter; then lay the letters out as .docx. Nothing is
 * appended when anything stands in the way.
 */
export function issueLetters(wb: WorkbookPort, drafted: LettersResult, request: IssueRequest = {}): Promise<Outcome<IssueResult>> {
  return guarded(async () => {
    if (drafted.drafts.length === 0) return cannot("bad-input", say("letters.nothingToIssue"));
    const sheets = await wb.listSheets();
    if (!sheets.some((s) => s.name === REGISTER_SHEET)) {
      await wb.writeSheet({ ...templateLayout(LETTERS, { year: yearOf(drafted.date), emptyRows: 0 }), sheet: REGISTER_SHEET, ifExists: "rename", activate: false });
    }
    type Step = { ok: true; issued: LetterDraft[] } | { ok: false; cannot: ReturnType<typeof cannot> };
    const { value } = await wb.batch<Step>({ sheet: { name: REGISTER_SHEET } }, (found) => {
      const reading = found.snapshot ? readRegister(found.snapshot) : undefined;
      if (!reading || !reading.ok) {
        return { value: { ok: false, cannot: cannot("not-ledger", reading?.message ?? say("letters.register.empty", { sheet: REGISTER_SHEET }), REGISTER_SHEET) }, changes: [] };
      }
      const { place, entries } = reading;
      if (place.blockedBy) {
        return { value: { ok: false, cannot: cannot("bad-input", say("letters.registerBlocked", { sheet: REGISTER_SHEET, ...place.blockedBy }), REGISTER_SHEET) }, changes: [] };
      }
      const repeats = repeatsIn(drafted.drafts, entries);
      if (repeats.length > 0 && !request.confirmRepeat) {
        const units = repeats.flatMap((d) => d.units).join("、");
        return { value: { ok: false, cannot: cannot("already-issued", say("letters.repeat", { units, date: drafted.date })) }, changes: [] };
      }
      const issued = renumbered(drafted.drafts, drafted.ranking, entries);
      const { issuer, contact = "", phone = "" } = issued[0].settings;
      const fonts = Object.fromEntries(Object.entries(drafted.fonts).filter(([role, name]) => DEFAULT_FONTS[role as keyof DocFonts] !== name));
      return {
        value: { ok: true, issued },
        changes: [
          { kind: "appendRows", sheet: REGISTER_SHEET, at: place.appendAt, rows: registerRows(place, entriesOf(issued)) },
          { kind: "setSetting", key: OFFICE_KEY, value: JSON.stringify({ issuer, contact, phone, fonts }) },
        ],
      };
    });
    if (!value.ok) return value.cannot;
    const { renderLetters } = await import(/* webpackChunkName: "docx" */ "../render/letterDocx");
    const files: LetterFile[] = [];
    let file: LetterFile;
    if (request.combined !== false) {
      file = { name: say("letters.file.combined", { date: drafted.date, count: value.issued.length }), bytes: await renderLetters(value.issued.map((d) => d.document), { fonts: drafted.fonts }) };
    } else {
      const JSZip = (await import(/* webpackChunkName: "docx" */ "jszip")).default;
      const zip = new JSZip();
      const used = new Set<string>();
      for (const d of value.issued) {
        let name = letterFileName(d);
        for (let i = 2; used.has(name); i++) name = letterFileName(d).replace(/\.docx$/, `(${i}).docx`);
        used.add(name);
        const bytes = await renderLetters([d.document], { fonts: drafted.fonts });
        files.push({ name, bytes });
        zip.file(name, bytes);
      }
      file = { name: say("letters.file.zip", { date: drafted.date, count: value.issued.length }), bytes: await zip.generateAsync({ type: "uint8array" }) };
    }
    const message = say("letters.issued", { count: value.issued.length, numbers: value.issued.map((d) => d.number).join("、"), register: REGISTER_SHEET, file: file.name });
    return done({ issued: value.issued, register: REGISTER_SHEET, file, files, message });
  });
}

/**
 * The letters issued, written to a sheet of their own ready to copy, for a host that cannot hand
 * over a file (docs/letters.md "Getting the file to the clerk"). Replaced when written again.
 */
export function writeLettersSheet(wb: WorkbookPort, issued: IssueResult): Promise<Outcome<{ sheet: string; message: string }>> {
  return guarded(async () => {
    const date = issued.issued[0]?.settings.date ?? todayInChina();
    const sheet = await wb.writeSheet(lettersSheetLayout(issued.issued.map((d) => d.document), date));
    return done({ sheet, message: say("letters.sheetWritten", { sheet, count: issued.issued.length }) });
  });
}

/** Write the 函件模板 sheet with the built-in wording, for the office to edit (never over an existing one). */
export function createLetterTemplates(wb: WorkbookPort): Promise<Outcome<{ sheet: string; message: string }>> {
  return guarded(async () => {
    const rows = templateSheetRows();
    const sheet = await wb.writeSheet({
      sheet: TEMPLATE_SHEET, ifExists: "rename", rows, widths: [10, 8, 80, 40],
      styles: [
        { area: { row: 0, col: 0, rowCount: 1, colCount: 4 }, bold: true, fill: "#D9E2F3", border: true },
        { area: { row: 1, col: 0, rowCount: Math.max(1, rows.length - 1), colCount: 4 }, wrap: true, border: true, vertical: "top" },
      ],
      freeze: { rows: 1, cols: 0 },
    });
    return done({ sheet, message: say("letters.templatesCreated", { sheet }) });
  });
}

export type { LetterFact };
