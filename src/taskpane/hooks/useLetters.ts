/**
 * The 函件 section (docs/letters.md): the letters the ledger calls for drafted (nothing written),
 * the clerk keeping some letters and some of their rows (the kept ones drafted again, numbers
 * closing up), then issued: appended to the 发函登记 and handed over as a download where the
 * host can (the browser edition, Excel on Windows and on the web) or written to a sheet where it
 * cannot (Excel on Mac and iPad). Letters the register holds already are issued again only when
 * the clerk says so. The issuing office's details stored in the workbook prefill the form.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { WorkbookPort } from "../../workbook/port";
import {
  createLetterTemplates, draftLetters, issueLetters, letterOffice, selectLetters, writeLettersSheet,
  type LetterDraft, type LetterOffice, type LettersRequest, type LettersResult,
} from "../../features/letters";
import type { LetterFact, LetterType } from "../../domain/letters";
import { done } from "../../features/outcome";
import { say } from "../../messages";
import { downloadsFiles } from "../host/session";
import { DOCX_TYPE, offerDownload, ZIP_TYPE } from "../host/download";
import { told } from "./useRunner";
import { useReload, useShownWhileWritten, type Reload, type SessionApi } from "./useSession";

/** What the clerk filled in, the dates already checked (yyyy-mm-dd). */
export interface LettersForm {
  date: string;
  checkDate: string;
  issuer: string;
  contact: string;
  phone: string;
  /** 办理时限, "" for the default (10 days after the date). */
  replyBy: string;
  /** One type only, or every unit's next step. */
  type?: LetterType;
}

/** A drafted letter as the list shows it: kept or not, its number in the kept set, its rows. */
export interface LetterChoice {
  draft: LetterDraft;
  kept: boolean;
  /** The number it gets among the letters kept (none when left out). */
  number?: string;
  rows: { fact: LetterFact; kept: boolean }[];
}

export interface LettersApi {
  /** The office's details stored in the workbook (prefill), null before the first read. */
  office: LetterOffice | null;
  /** The letters drafted, each with the clerk's choice; null before drafting. */
  choices: LetterChoice[] | null;
  /** The sentence of the draft (how many letters, for whom). */
  message: string | null;
  /** What the clerk should know before issuing (the draft's warnings). */
  warnings: string[];
  /** The kept letters drafted again: what the preview shows and 发出 issues. */
  kept: LetterDraft[];
  /** The register holds these letters already: its sentence, until issued again or drafted anew. */
  repeat: string | null;
  /** Whether 发出 downloads the file (else the letters go to a sheet). */
  downloads: boolean;
  draft(form: LettersForm): Promise<void>;
  keepLetter(draft: LetterDraft, keep: boolean): void;
  keepRow(unit: string, row: number, keep: boolean): void;
  issue(options: { combined: boolean; confirmRepeat?: boolean }): Promise<void>;
  createTemplates(): Promise<void>;
}

/** The clerk's selection of one draft result: units kept, and per unit the rows kept. */
interface Kept {
  of: LettersResult;
  units: ReadonlySet<string>;
  rows: ReadonlyMap<string, ReadonlySet<number>>;
}

/** Everything kept: every letter, every row. */
function allKept(of: LettersResult): Kept {
  const rows = new Map<string, ReadonlySet<number>>();
  for (const d of of.drafts) if (d.proposal.type !== "通报表扬") rows.set(d.units[0], new Set(d.proposal.facts.map((f) => f.row)));
  return { of, units: new Set(of.drafts.flatMap((d) => d.units)), rows };
}

/** A letter is kept while its unit is, and (citing rows) while one of its rows is. */
function isKept(d: LetterDraft, kept: Kept): boolean {
  if (!d.units.some((u) => kept.units.has(u))) return false;
  if (d.proposal.type === "通报表扬" || d.proposal.facts.length === 0) return true;
  return (kept.rows.get(d.units[0])?.size ?? 0) > 0;
}

const sameOffice = (a: LetterOffice | null, b: LetterOffice): boolean => a !== null && a.issuer === b.issuer && a.contact === b.contact && a.phone === b.phone;

export function useLetters(session: SessionApi): LettersApi {
  const { command } = session;
  // The drafts stay while the workbook they were drafted from is open (no sheet is written).
  const [shown, setShown] = useShownWhileWritten<LettersResult | null>(session, () => undefined);
  const drafted = shown?.value ?? null;
  const [selection, setSelection] = useState<Kept | null>(null);
  const [repeat, setRepeat] = useState<string | null>(null);
  const [office, setOffice] = useState<LetterOffice | null>(null);
  const downloads = session.session ? downloadsFiles(session.session) : true;

  // The office's details change only when letters are issued (here), so they are read once per
  // workbook and again after issuing: inside Excel each read is a round trip.
  const officeOf = useRef<WorkbookPort | null | undefined>(undefined);
  const reload = useCallback<Reload>(async ({ wb }) => {
    if (officeOf.current === wb) return { apply: () => undefined };
    const stored: LetterOffice = wb ? await letterOffice(wb) : { issuer: "", contact: "", phone: "", fonts: {} };
    officeOf.current = wb;
    return { apply: () => setOffice((o) => (sameOffice(o, stored) ? o : stored)) };
  }, []);
  useReload(session, reload);

  const kept = useMemo(() => (drafted ? (selection?.of === drafted ? selection : allKept(drafted)) : null), [drafted, selection]);

  const selected = useMemo(() => {
    if (!drafted || !kept) return null;
    const units = drafted.drafts.filter((d) => isKept(d, kept)).flatMap((d) => d.units.filter((u) => kept.units.has(u)));
    const rows = new Map([...kept.rows].map(([unit, set]) => [unit, [...set]] as const));
    return selectLetters(drafted, { units, rows });
  }, [drafted, kept]);

  const choices = useMemo(() => {
    if (!drafted || !kept || !selected) return null;
    return drafted.drafts.map((draft): LetterChoice => {
      const on = isKept(draft, kept);
      const number = on ? selected.drafts.find((s) => s.units.some((u) => draft.units.includes(u)))?.number : undefined;
      const rows = draft.proposal.facts.map((fact) => ({ fact, kept: kept.rows.get(draft.units[0])?.has(fact.row) ?? true }));
      return { draft, kept: on, ...(number !== undefined && { number }), rows };
    });
  }, [drafted, kept, selected]);

  const keepLetter = useCallback(
    (draft: LetterDraft, keep: boolean) =>
      setSelection((s) => {
        if (!drafted) return s;
        const from = s?.of === drafted ? s : allKept(drafted);
        const units = new Set(from.units);
        const rows = new Map(from.rows);
        for (const u of draft.units) {
          if (keep) units.add(u);
          else units.delete(u);
        }
        // Ticked again after every row was left out: it cites its rows again.
        if (keep && draft.proposal.type !== "通报表扬" && (rows.get(draft.units[0])?.size ?? 0) === 0) rows.set(draft.units[0], new Set(draft.proposal.facts.map((f) => f.row)));
        return { of: drafted, units, rows };
      }),
    [drafted],
  );

  const keepRow = useCallback(
    (unit: string, row: number, keep: boolean) =>
      setSelection((s) => {
        if (!drafted) return s;
        const from = s?.of === drafted ? s : allKept(drafted);
        const set = new Set(from.rows.get(unit) ?? []);
        if (keep) set.add(row);
        else set.delete(row);
        const units = new Set(from.units);
        if (keep) units.add(unit);
        return { of: drafted, units, rows: new Map(from.rows).set(unit, set) };
      }),
    [drafted],
  );

  const draft = useCallback(
    (form: LettersForm) =>
      command(async (wb) => {
        setRepeat(null);
        const request: LettersRequest = {
          date: form.date, checkDate: form.checkDate, issuer: form.issuer, contact: form.contact.trim(), phone: form.phone.trim(),
          ...(form.replyBy.trim() !== "" && { replyBy: form.replyBy }), ...(form.type && { type: form.type }),
          fields: { date: say("pane.letters.date"), checkDate: say("pane.letters.checkDate"), replyBy: say("pane.letters.replyBy") },
        };
        const outcome = await draftLetters(wb, request);
        setShown({ wb, value: outcome.ok ? outcome.value : null });
        return told(outcome, (r) => r.message);
      }),
    [command, setShown],
  );

  const issue = useCallback(
    ({ combined, confirmRepeat = false }: { combined: boolean; confirmRepeat?: boolean }) =>
      command(async (wb) => {
        if (!selected) return undefined;
        const issued = await issueLetters(wb, selected, { combined, confirmRepeat });
        if (!issued.ok) {
          if (issued.code !== "already-issued") return issued;
          setRepeat(issued.message);
          return undefined;
        }
        setRepeat(null);
        setShown({ wb, value: null });
        officeOf.current = undefined;
        const { file, register } = issued.value;
        const said = { count: issued.value.issued.length, numbers: issued.value.issued.map((d) => d.number).join("、"), register };
        if (downloads) {
          offerDownload(file.bytes, file.name, /\.zip$/i.test(file.name) ? ZIP_TYPE : DOCX_TYPE);
          return done(say("pane.letters.downloaded", { ...said, file: file.name }));
        }
        const written = await writeLettersSheet(wb, issued.value);
        return told(written, (w) => say("pane.letters.toSheet", { ...said, written: w.message }));
      }),
    [command, selected, downloads, setShown],
  );

  const createTemplates = useCallback(() => command(async (wb) => told(await createLetterTemplates(wb), (r) => r.message)), [command]);

  return {
    office, choices, message: drafted?.message ?? null, warnings: drafted?.warnings ?? [], kept: selected?.drafts ?? [], repeat: drafted ? repeat : null, downloads,
    draft, keepLetter, keepRow, issue, createTemplates,
  };
}
