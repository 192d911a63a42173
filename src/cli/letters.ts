/**
 * `luoshi letters FILE.xlsx --out DIR [--type 提醒函|督办函|约谈|问责函|通报] [--units A,B] [--date]
 * [--check-date] [--issuer] [--contact] [--phone] [--reply-by] [--fonts 正文=…] [--combined] [--draft]
 * [--again] [--json]`: letters from a ledger or 汇总 (docs/letters.md). Without `--type` every unit gets
 * the letter its next step calls for. The letters go to DIR (one .docx each, or one combined);
 * the 发函登记 with the letters appended is saved as `FILE.letters.xlsx`, never over the original
 * (a file this command wrote is updated in place, so numbers go on from run to run). `--draft`
 * lists the letters and writes nothing. Exit 0 issued or drafted, 2 could not.
 */
import type { CliIo } from "./io";
import { draftLetters, issueLetters, type LetterDraft, type LettersRequest } from "../features/letters";
import { LETTER_TYPES, type DocFonts, type LetterType } from "../domain/letters/types";
import { say } from "../messages";
import { openFile, refuse, UsageError } from "./commands";

export interface LettersCliOptions {
  out?: string;
  type?: string;
  units?: string;
  date?: string;
  checkDate?: string;
  issuer?: string;
  contact?: string;
  phone?: string;
  replyBy?: string;
  fonts?: string;
  combined: boolean;
  draft: boolean;
  again: boolean;
  json: boolean;
}

/** `通报` is the CLI's word for 通报表扬. */
function typeOf(text: string | undefined): LetterType | undefined {
  if (text === undefined) return undefined;
  const type = text === "通报" ? "通报表扬" : LETTER_TYPES.find((t) => t === text);
  if (!type) throw new UsageError(say("cli.letters.type", { value: text }));
  return type;
}

/** The font roles as `--fonts` names them. */
const FONT_ROLES: Record<string, keyof DocFonts> = { 标题: "title", 正文: "body", 一级标题: "heading1", 二级标题: "heading2", 页码: "pageNumber" };

/** `--fonts 正文=方正仿宋_GBK,标题=方正小标宋_GBK` as font names per role. */
function fontsOf(text: string | undefined): Partial<DocFonts> | undefined {
  if (text === undefined) return undefined;
  const fonts: Partial<DocFonts> = {};
  for (const pair of text.split(/[,，]/).map((p) => p.trim()).filter(Boolean)) {
    const [role, name] = pair.split(/[=＝]/).map((p) => p.trim());
    const key = FONT_ROLES[role];
    if (!key || !name) throw new UsageError(say("cli.letters.fonts", { value: pair, roles: Object.keys(FONT_ROLES).join("、") }));
    fonts[key] = name;
  }
  return fonts;
}

/** The JSON shape of issue 11: per letter its unit, type, number, file and rows. */
function lettersJson(drafts: readonly LetterDraft[], files: readonly string[]) {
  return {
    letters: drafts.map((d, i) => ({
      unit: d.units.join("、"), type: d.proposal.type, number: d.number, file: files[i] ?? null, reason: d.proposal.reason,
      rows: d.proposal.facts.map((f) => ({
        sheet: f.sheet, cell: f.cell, row: f.row, task: f.task, deadline: f.deadlineText, due: f.due, progress: f.progress, timeProgress: f.timeProgress,
        gap: f.gap, status: f.status, ...(f.daysOverdue !== undefined && { daysOverdue: f.daysOverdue }), ...(f.finding !== undefined && { finding: f.finding }),
      })),
    })),
  };
}

/** Where the workbook with its register is saved: beside the original, or over a file this command wrote. */
export function registerPath(file: string): string {
  return /\.letters\.xlsx$/i.test(file) ? file : file.replace(/(\.xlsx)?$/i, ".letters.xlsx");
}

const join = (dir: string, name: string): string => `${dir.replace(/[\\/]+$/, "")}/${name}`;

export async function runLetters(io: CliIo, args: string[], opts: LettersCliOptions): Promise<number> {
  const [file, ...extra] = args;
  if (!file || extra.length) throw new UsageError(say("cli.usage.letters"));
  if (!opts.draft && opts.out === undefined) throw new UsageError(say("cli.letters.out"));
  const type = typeOf(opts.type);
  const fonts = fontsOf(opts.fonts);
  const units = opts.units?.split(/[,，、]/).map((u) => u.trim()).filter(Boolean);
  const wb = await openFile(io, file);
  const request: LettersRequest = {
    date: opts.date, checkDate: opts.checkDate ?? opts.date, issuer: opts.issuer, contact: opts.contact, phone: opts.phone, replyBy: opts.replyBy,
    ...(type && { type }), ...(units?.length && { units }), ...(fonts && { fonts }), fields: { date: "--date ", checkDate: opts.checkDate ? "--check-date " : "--date ", replyBy: "--reply-by " },
  };
  const drafted = await draftLetters(wb, request);
  if (!drafted.ok) return refuse(io, drafted, file);
  for (const w of drafted.value.warnings) io.err(w + "\n");
  if (opts.draft || drafted.value.drafts.length === 0) {
    if (opts.json) io.out(JSON.stringify(lettersJson(drafted.value.drafts, []), null, 2) + "\n");
    else io.out(drafted.value.message + "\n" + drafted.value.drafts.map((d) => say("cli.letters.line", { number: d.number, type: d.proposal.type, unit: d.units.join("、"), reason: d.proposal.reason })).join("\n") + "\n");
    return 0;
  }
  const out = opts.out as string;
  const issued = await issueLetters(wb, drafted.value, { combined: opts.combined, confirmRepeat: opts.again });
  if (!issued.ok) {
    return refuse(io, issued.code === "already-issued" ? { ...issued, message: `${issued.message}${say("cli.letters.again")}` } : issued, file);
  }
  const written = opts.combined ? [issued.value.file] : issued.value.files;
  for (const f of written) {
    if (io.exists(join(out, f.name))) throw new UsageError(say("cli.out.exists", { out: join(out, f.name) }));
  }
  for (const f of written) await io.writeFile(join(out, f.name), f.bytes);
  const saved = registerPath(file);
  await io.writeFile(saved, await wb.save());
  const names = opts.combined ? written.map(() => join(out, issued.value.file.name)) : written.map((f) => join(out, f.name));
  if (opts.json) io.out(JSON.stringify(lettersJson(issued.value.issued, names), null, 2) + "\n");
  else io.out(`${issued.value.message}\n${say("cli.letters.saved", { dir: out, register: saved })}\n`);
  return 0;
}
