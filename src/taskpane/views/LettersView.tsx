/**
 * 函件: the dates, the issuing office and the type asked for; the letters drafted, each kept or
 * left out with the rows it cites; a preview of one letter at a time (plain text laid out like a
 * page, not the .docx); 发出 (one file or one per letter), and 再次发出 when the register holds
 * the letters already. Opened by the ribbon's 生成函件, the pane scrolls to it.
 */
import * as React from "react";
import {
  Body1, Button, Caption1, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Select, Text, tokens,
} from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular, DocumentAddRegular, MailRegular, SendRegular } from "@fluentui/react-icons";
import { LETTER_TYPES, type DocBlock, type LetterType, type OfficialDocument } from "../../domain/letters";
import type { LetterDraft, LetterOffice } from "../../features/letters";
import { readDate } from "../../features/input";
import { say } from "../../messages";
import type { LetterChoice, LettersForm } from "../hooks/useLetters";
import { FieldProblem } from "./FieldProblem";

/** Fonts of the printed letter where the machine has them (docs/letters.md "Format"), else a serif. */
const FONTS = {
  mark: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "Songti SC", serif',
  body: '"仿宋_GB2312", "仿宋", "FangSong", "STFangsong", serif',
  heading1: '"黑体", "SimHei", "Heiti SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  heading2: '"楷体_GB2312", "楷体", "KaiTi", "STKaiti", serif',
};
const RED = "#C00000";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  title: { margin: 0, outlineStyle: "none" },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  field: { flexGrow: 1, flexBasis: 0, minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  letter: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
  },
  left: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  letterHead: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  number: { flexShrink: 0, color: tokens.colorNeutralForeground2 },
  reason: { paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  rows: { listStyleType: "none", margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column" },
  factLine: {
    display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalXXL, marginTop: `-${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground3,
  },
  nav: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  sheet: { padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusMedium },
  page: {
    backgroundColor: "#FFFFFF", color: "#000000", boxShadow: tokens.shadow4,
    padding: "28px 22px 24px", fontFamily: FONTS.body, fontSize: "13px", lineHeight: "1.75",
  },
  mark: { fontFamily: FONTS.mark, color: RED, fontSize: "22px", lineHeight: "1.3", textAlign: "center", letterSpacing: "1px", margin: 0 },
  docNumber: { textAlign: "center", margin: "6px 0 0" },
  redLine: { borderTop: `2px solid ${RED}`, margin: "4px 0 16px" },
  docTitle: { fontFamily: FONTS.mark, fontSize: "17px", lineHeight: "1.45", textAlign: "center", margin: "0 0 12px", fontWeight: "bold" },
  para: { margin: 0, textIndent: "2em" },
  flush: { margin: 0 },
  h1: { margin: 0, textIndent: "2em", fontFamily: FONTS.heading1 },
  h2: { margin: 0, textIndent: "2em", fontFamily: FONTS.heading2 },
  attach: { margin: "12px 0 0", paddingLeft: "2em" },
  signature: { margin: "20px 0 0", textAlign: "right", paddingRight: "1em" },
  date: { margin: 0, textAlign: "right", paddingRight: "1em" },
  note: { margin: "12px 0 0", textIndent: "2em" },
});

/** A body paragraph of the preview, a heading by its level. */
function Block({ block }: { block: DocBlock }) {
  const styles = useStyles();
  if (block.kind === "paragraph") return <p className={styles.para}>{block.text}</p>;
  const Tag = block.level === 1 ? "h4" : block.level === 2 ? "h5" : "h6";
  const className = block.level === 1 ? styles.h1 : block.level === 2 ? styles.h2 : styles.para;
  return <Tag className={className} style={{ fontSize: "inherit", fontWeight: "normal" }}>{block.text}</Tag>;
}

/** One letter laid out like its page: mark, number, title, addressee, body, attachments, signature, date, note. */
function Page({ doc }: { doc: OfficialDocument }) {
  const styles = useStyles();
  return (
    <article className={styles.page} aria-label={doc.title} lang="zh-CN">
      <p className={styles.mark}>{doc.issuer}</p>
      <p className={styles.docNumber}>{doc.number}</p>
      <div className={styles.redLine} role="presentation" />
      <h3 className={styles.docTitle}>{doc.title}</h3>
      <p className={styles.flush}>{doc.addressee}</p>
      {doc.body.map((b, i) => (
        <Block key={i} block={b} />
      ))}
      {doc.attachmentNote.length > 0 && (
        <div className={styles.attach}>
          {doc.attachmentNote.map((line) => (
            <p key={line} className={styles.flush}>{line}</p>
          ))}
        </div>
      )}
      <p className={styles.signature}>{doc.signature}</p>
      <p className={styles.date}>{doc.date}</p>
      {doc.note && <p className={styles.note}>{doc.note}</p>}
    </article>
  );
}

/** A drafted letter in the list: kept or not, its number, why; the rows it cites, each kept or not. */
function Letter({ choice, busy, onKeepLetter, onKeepRow }: { choice: LetterChoice; busy: boolean } & Pick<LettersViewProps, "onKeepLetter" | "onKeepRow">) {
  const styles = useStyles();
  const { draft, kept, number, rows } = choice;
  const unit = draft.units.join("、");
  return (
    <li className={kept ? styles.letter : `${styles.letter} ${styles.left}`}>
      <div className={styles.letterHead}>
        <Checkbox label={say("pane.letters.letter", { unit, type: draft.proposal.type })} checked={kept} disabled={busy} onChange={(_, d) => onKeepLetter(draft, d.checked === true)} />
        <Caption1 className={styles.number}>{number ?? say("pane.letters.notKept")}</Caption1>
      </div>
      <Caption1 className={styles.reason}>{draft.proposal.reason}</Caption1>
      {rows.length > 0 && draft.proposal.type !== "通报表扬" && (
        <ul className={styles.rows} aria-label={say("pane.letters.rows", { unit })}>
          {rows.map(({ fact, kept: rowKept }) => (
            <li key={fact.row}>
              <Checkbox size="medium" label={fact.task} checked={rowKept} disabled={busy} onChange={(_, d) => onKeepRow(draft.units[0], fact.row, d.checked === true)} />
              <Caption1 className={styles.factLine}>
                <span>{say("pane.letters.deadline", { deadline: fact.deadlineText })}</span>
                <span>{fact.finding ?? fact.status}</span>
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export interface LettersViewProps {
  today: string;
  /** The office's details stored in the workbook: they fill the fields when they arrive or change. */
  office: LetterOffice | null;
  choices: LetterChoice[] | null;
  message: string | null;
  /** What the clerk should know before issuing (characters the fonts lack). */
  warnings: string[];
  /** The kept letters, as they will be issued. */
  kept: LetterDraft[];
  repeat: string | null;
  /** 发出 downloads the file (else the letters go to a sheet, and the pane says so beforehand). */
  downloads: boolean;
  busy: boolean;
  /** The pane was opened on this section (the ribbon's 生成函件): scroll to it and focus its heading. */
  focused?: boolean;
  onDraft(form: LettersForm): void;
  onKeepLetter(draft: LetterDraft, keep: boolean): void;
  onKeepRow(unit: string, row: number, keep: boolean): void;
  onIssue(options: { combined: boolean; confirmRepeat?: boolean }): void;
  onTemplates(): void;
}

export function LettersView(p: LettersViewProps) {
  const styles = useStyles();
  const [date, setDate] = React.useState(p.today);
  const [checkDate, setCheckDate] = React.useState(p.today);
  const [issuer, setIssuer] = React.useState("");
  const [contact, setContact] = React.useState("");
  const [phone, setPhone] = React.useState("");
  const [replyBy, setReplyBy] = React.useState("");
  const [type, setType] = React.useState<LetterType | "">("");
  const [combined, setCombined] = React.useState(true);
  const ids = { date: React.useId(), checkDate: React.useId(), replyBy: React.useId() };

  // The office's details as stored: fill the fields when the workbook's change (not on every refresh).
  const { issuer: storedIssuer, contact: storedContact, phone: storedPhone } = p.office ?? {};
  React.useEffect(() => {
    if (storedIssuer === undefined) return;
    setIssuer(storedIssuer);
    setContact(storedContact ?? "");
    setPhone(storedPhone ?? "");
  }, [storedIssuer, storedContact, storedPhone]);

  // Opened from the ribbon on this section: once the pane has settled, bring it into view.
  const heading = React.useRef<HTMLHeadingElement>(null);
  const focusedOnce = React.useRef(false);
  React.useEffect(() => {
    if (!p.focused || p.busy || focusedOnce.current || !heading.current) return;
    focusedOnce.current = true;
    heading.current.scrollIntoView?.({ block: "start" });
    heading.current.focus({ preventScroll: true });
  }, [p.focused, p.busy]);

  const checked = {
    date: readDate(date, say("pane.letters.date")),
    checkDate: readDate(checkDate, say("pane.letters.checkDate")),
    replyBy: replyBy.trim() === "" ? null : readDate(replyBy, say("pane.letters.replyBy")),
  };
  const problem = (c: (typeof checked)[keyof typeof checked]) => (c && !c.ok ? c.message : undefined);
  const ready = checked.date.ok && checked.checkDate.ok && (checked.replyBy === null || checked.replyBy.ok);
  const draft = () => {
    if (!checked.date.ok || !checked.checkDate.ok || (checked.replyBy && !checked.replyBy.ok)) return;
    p.onDraft({
      date: checked.date.value, checkDate: checked.checkDate.value, issuer, contact, phone,
      replyBy: checked.replyBy?.value ?? "", ...(type && { type }),
    });
  };

  // The letter previewed: the first of a new draft; kept within the letters kept.
  const origin = p.choices?.[0]?.draft;
  const [at, setAt] = React.useState<{ of: LetterDraft | undefined; index: number }>({ of: undefined, index: 0 });
  const count = p.kept.length;
  const index = Math.max(0, Math.min(at.of === origin ? at.index : 0, count - 1));
  const shown = p.kept[index];
  const go = (to: number) => setAt({ of: origin, index: to });

  return (
    <section className={styles.root} aria-label={say("pane.letters.region")}>
      <Text as="h2" size={400} weight="semibold" ref={heading} tabIndex={-1} className={styles.title}>{say("pane.letters.title")}</Text>
      <div className={styles.row}>
        <Field label={say("pane.letters.date")} className={styles.field} validationState={checked.date.ok ? "none" : "error"}>
          <Input className={styles.input} value={date} aria-describedby={checked.date.ok ? undefined : ids.date} onChange={(_, d) => setDate(d.value)} />
        </Field>
        <Field label={say("pane.letters.checkDate")} className={styles.field} validationState={checked.checkDate.ok ? "none" : "error"}>
          <Input className={styles.input} value={checkDate} aria-describedby={checked.checkDate.ok ? undefined : ids.checkDate} onChange={(_, d) => setCheckDate(d.value)} />
        </Field>
      </div>
      <FieldProblem id={ids.date} sentence={problem(checked.date)} />
      <FieldProblem id={ids.checkDate} sentence={problem(checked.checkDate)} />
      <Field label={say("pane.letters.issuer")} required>
        <Input className={styles.input} value={issuer} placeholder={say("pane.letters.issuerPlaceholder")} onChange={(_, d) => setIssuer(d.value)} />
      </Field>
      <div className={styles.row}>
        <Field label={say("pane.letters.contact")} className={styles.field}>
          <Input className={styles.input} value={contact} onChange={(_, d) => setContact(d.value)} />
        </Field>
        <Field label={say("pane.letters.phone")} className={styles.field}>
          <Input className={styles.input} value={phone} type="tel" onChange={(_, d) => setPhone(d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label={say("pane.letters.replyBy")} className={styles.field} validationState={problem(checked.replyBy) ? "error" : "none"}>
          <Input
            className={styles.input}
            value={replyBy}
            placeholder={say("pane.letters.replyByPlaceholder")}
            aria-describedby={problem(checked.replyBy) ? ids.replyBy : undefined}
            onChange={(_, d) => setReplyBy(d.value)}
          />
        </Field>
        <Field label={say("pane.letters.type")} className={styles.field}>
          <Select value={type} onChange={(_, d) => setType(d.value as LetterType | "")}>
            <option value="">{say("pane.letters.allTypes")}</option>
            {LETTER_TYPES.map((t) => (
              <option key={t} value={t}>{t}</option>
            ))}
          </Select>
        </Field>
      </div>
      <FieldProblem id={ids.replyBy} sentence={problem(checked.replyBy)} />
      <div className={styles.buttons}>
        <Button appearance="primary" icon={<MailRegular />} disabled={p.busy || !ready} onClick={draft}>
          {say("pane.letters.draft")}
        </Button>
        <Button appearance="subtle" size="small" icon={<DocumentAddRegular />} disabled={p.busy} onClick={p.onTemplates}>
          {say("pane.letters.templates")}
        </Button>
      </div>
      {p.message && <Body1>{p.message}</Body1>}
      {p.warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {p.warnings.map((w) => (
              <div key={w}>{w}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {p.choices && p.choices.length > 0 && (
        <>
          <ul className={styles.list} aria-label={say("pane.letters.list")}>
            {p.choices.map((c) => (
              <Letter key={c.draft.units.join("、") + c.draft.proposal.type} choice={c} busy={p.busy} onKeepLetter={p.onKeepLetter} onKeepRow={p.onKeepRow} />
            ))}
          </ul>
          <section className={styles.sheet} aria-label={say("pane.letters.preview")}>
            {shown ? (
              <>
                <div className={styles.nav}>
                  <Button size="small" appearance="subtle" icon={<ChevronLeftRegular />} disabled={index === 0} onClick={() => go(index - 1)}>
                    {say("pane.letters.previous")}
                  </Button>
                  <Text size={200}>{say("pane.letters.position", { index: index + 1, count })}</Text>
                  <Button size="small" appearance="subtle" icon={<ChevronRightRegular />} iconPosition="after" disabled={index >= count - 1} onClick={() => go(index + 1)}>
                    {say("pane.letters.next")}
                  </Button>
                </div>
                <Page doc={shown.document} />
              </>
            ) : (
              <Caption1>{say("pane.letters.noneKept")}</Caption1>
            )}
          </section>
          <div className={styles.buttons}>
            <Checkbox label={say("pane.letters.combined")} checked={combined} disabled={p.busy} onChange={(_, d) => setCombined(d.checked === true)} />
            <Button appearance="primary" icon={<SendRegular />} disabled={p.busy || count === 0} onClick={() => p.onIssue({ combined })}>
              {say("pane.letters.issue")}
            </Button>
          </div>
          {!p.downloads && <Caption1>{say("pane.letters.toSheetHint")}</Caption1>}
        </>
      )}
      {p.repeat && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{p.repeat}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={p.busy || count === 0} onClick={() => p.onIssue({ combined, confirmRepeat: true })}>
              {say("pane.letters.again")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
