/**
 * The 函件模板 sheet (docs/letters.md): the default wording round-trips through the sheet's rows;
 * an edited row overrides its part and nothing else; unknown placeholders, stray braces, unknown
 * 类型/部分, a part given twice and a missing header are problems with their cells; filling
 * replaces the known placeholders only and puts values in as plain text.
 */
import {
  DEFAULT_TEMPLATES, LETTER_PARTS, PARTS_OF, PLACEHOLDER_NAMES, TEMPLATE_SHEET,
  checkTemplates, draftLetter, fillTemplate, placeholdersIn, readTemplates, templateSheetRows,
  type TemplateProblem,
} from "../../src/domain/letters/drafting";
import { LETTER_TYPES } from "../../src/domain/letters/types";
import type { CellValue } from "../../src/domain/sheet";
import { snapshotOf } from "../fixtures/snapshot";

const sheet = (rows: CellValue[][], merges: { row: number; col: number; rowCount: number; colCount: number }[] = []) =>
  snapshotOf({ sheet: TEMPLATE_SHEET, rows, merges });

/** The default rows with the 内容 of one type and part replaced. */
function edited(type: string, part: string, text: string): string[][] {
  return templateSheetRows().map((r) => (r[0] === type && r[1] === part ? [r[0], r[1], text, r[3]] : r));
}

const where = (problems: TemplateProblem[]) => problems.map((p) => [p.kind, p.cell]);

describe("the sheet's rows", () => {
  test("a header, then one row per type and part in ladder order, with the default wording and a 说明", () => {
    const rows = templateSheetRows();
    expect(rows[0]).toEqual(["类型", "部分", "内容", "说明"]);
    const body = rows.slice(1);
    expect(body.map((r) => [r[0], r[1]])).toEqual(LETTER_TYPES.flatMap((t) => PARTS_OF[t].map((p) => [t, p])));
    expect(body).toHaveLength(4 * 7 + 5);
    for (const [type, part, text, note] of body) {
      expect(text).toBe(DEFAULT_TEMPLATES[type as keyof typeof DEFAULT_TEMPLATES][part as (typeof LETTER_PARTS)[number]]);
      expect(text).not.toBe("");
      expect(note).not.toBe("");
    }
    expect(body).toContainEqual(["督办函", "标题", "关于{事由}的督办函", expect.any(String)]);
    expect(body).toContainEqual(["提醒函", "附注", "联系人：{联系人}，电话：{电话}", expect.any(String)]);
  });

  test("the rows of given wording carry it", () => {
    const templates = { ...DEFAULT_TEMPLATES, 约谈: { ...DEFAULT_TEMPLATES.约谈, 后果: "另行研究。" } };
    expect(templateSheetRows(templates)).toContainEqual(["约谈", "后果", "另行研究。", expect.any(String)]);
  });

  test("every default part is free of problems and uses known placeholders only", () => {
    expect(checkTemplates(sheet(templateSheetRows()))).toEqual([]);
    for (const type of LETTER_TYPES) for (const part of PARTS_OF[type]) {
      const text = DEFAULT_TEMPLATES[type][part] ?? "";
      const braced = text.match(/\{[^}]*\}/g) ?? [];
      expect(braced.map((b) => b.slice(1, -1)).filter((n) => !(PLACEHOLDER_NAMES as string[]).includes(n))).toEqual([]);
    }
    expect(DEFAULT_TEMPLATES.督办函.要求).toContain("{办理时限}");
  });
});

describe("reading the sheet", () => {
  test("the defaults round-trip: rows → readTemplates → the defaults, no problems", () => {
    const { templates, problems } = readTemplates(sheet(templateSheetRows()));
    expect(problems).toEqual([]);
    expect(templates).toEqual(DEFAULT_TEMPLATES);
  });

  test("an edited row overrides its part; every other part keeps its default", () => {
    const { templates, problems } = readTemplates(sheet(edited("督办函", "后果", "逾期未办结的，予以通报。")));
    expect(problems).toEqual([]);
    expect(templates.督办函.后果).toBe("逾期未办结的，予以通报。");
    expect({ ...templates, 督办函: { ...templates.督办函, 后果: DEFAULT_TEMPLATES.督办函.后果 } }).toEqual(DEFAULT_TEMPLATES);
  });

  test("the edited wording reaches the letter", () => {
    const { templates } = readTemplates(sheet(edited("督办函", "事由", "加快{年度}年项目建设")));
    const doc = draftLetter(
      { unit: "柳林镇", type: "督办函", reason: "", facts: [] },
      { number: "督办〔2023〕7号", date: "2023-07-01", issuer: "冠县人民政府办公室", checkDate: "2023-06-30", templates },
    );
    expect(doc.title).toBe("关于加快2023年项目建设的督办函");
  });

  test("parts left out or empty keep their defaults; surrounding whitespace is dropped", () => {
    const { templates, problems } = readTemplates(sheet([
      ["类型", "部分", "内容"],
      ["提醒函", "开头", "  经查，你单位台账不规范：\n"],
      ["提醒函", "要求", ""],
    ]));
    expect(problems).toEqual([]);
    expect(templates.提醒函.开头).toBe("经查，你单位台账不规范：");
    expect(templates.提醒函.要求).toBe(DEFAULT_TEMPLATES.提醒函.要求);
    expect(templates.问责函).toEqual(DEFAULT_TEMPLATES.问责函);
  });

  test("the header may sit under a title, columns in another order, 类型 merged down, aliases and spaces allowed", () => {
    const { templates, problems } = readTemplates(sheet([
      ["函件模板（可修改“内容”列）"],
      ["说明", "内容", "部 分", "类型"],
      [null, "关于{事由}的通报", "标题", "通报"],
      [null, "各镇街：", "主送", null],
      [null, "经研究，约谈你单位主要负责同志。", "开头", "约谈通知"],
    ], [{ row: 2, col: 3, rowCount: 2, colCount: 1 }]));
    expect(problems).toEqual([]);
    expect(templates.通报表扬.标题).toBe("关于{事由}的通报");
    expect(templates.通报表扬.主送).toBe("各镇街：");
    expect(templates.约谈.开头).toBe("经研究，约谈你单位主要负责同志。");
  });

  test("full-width braces (a Chinese input method's) are placeholders too", () => {
    const { templates, problems } = readTemplates(sheet(edited("督办函", "开头", "｛单位｝：经查，｛事项数}项工作滞后。")));
    expect(problems).toEqual([]);
    const doc = draftLetter(
      { unit: "柳林镇", type: "督办函", reason: "", facts: [] },
      { number: "督办〔2023〕7号", date: "2023-07-01", issuer: "冠县人民政府办公室", checkDate: "2023-06-30", templates },
    );
    expect(doc.body[0]).toEqual({ kind: "paragraph", text: "柳林镇：经查，0项工作滞后。" });
  });
});

describe("problems, each with its cell and a sentence saying how to fix it", () => {
  // Row 2 of the sheet is the first type's first part; find a row by its type and part.
  const rowOf = (type: string, part: string): number => templateSheetRows().findIndex((r) => r[0] === type && r[1] === part) + 1;

  test("an unknown placeholder, in the 内容 cell, naming the valid ones", () => {
    const row = rowOf("督办函", "开头");
    const problems = checkTemplates(sheet(edited("督办函", "开头", "{单位名}：你单位{事项数}项工作滞后，{单位名}须重视，请联系{ 联系人 }。")));
    expect(where(problems)).toEqual([["unknown-placeholder", `C${row}`]]);
    expect(problems[0].row).toBe(row);
    expect(problems[0].sheet).toBe("函件模板");
    expect(problems[0].message).toBe(
      `C${row}单元格（督办函的开头）中的“{单位名}”不是可用的占位符，函件无法生成。请改为以下占位符之一，或删去花括号：` +
        `${PLACEHOLDER_NAMES.map((n) => `{${n}}`).join("、")}。`,
    );
  });

  test("an empty pair of braces and a full-width unknown name are unknown placeholders", () => {
    const problems = checkTemplates(sheet(edited("提醒函", "要求", "请于{}前整改，｛时限｝")));
    expect(problems.map((p) => p.kind)).toEqual(["unknown-placeholder", "unknown-placeholder"]);
    expect(problems[0].message).toContain("“{}”");
    expect(problems[1].message).toContain("“｛时限｝”");
  });

  test.each([
    ["an open brace without its close", "请于{办理时限前整改"],
    ["a close brace without its open", "请于办理时限}前整改"],
    ["a brace inside a placeholder", "请于{{办理时限}前整改"],
  ])("unbalanced braces: %s", (_, text) => {
    const row = rowOf("问责函", "要求");
    const problems = checkTemplates(sheet(edited("问责函", "要求", text)));
    expect(where(problems)).toEqual([["unbalanced-brace", `C${row}`]]);
    expect(problems[0].message).toBe(
      `C${row}单元格（问责函的要求）中的花括号不成对：“${text}”。占位符要用一对花括号括起来，如“{单位}”；不是占位符的地方请删去花括号。`,
    );
  });

  test("事由 cannot quote itself", () => {
    const row = rowOf("督办函", "事由");
    const problems = checkTemplates(sheet(edited("督办函", "事由", "{事由}")));
    expect(where(problems)).toEqual([["self-reference", `C${row}`]]);
    expect(problems[0].message).toBe(`C${row}单元格（督办函的事由）不能引用“{事由}”本身。请直接写出事由。`);
  });

  test("unknown 类型, empty 类型, unknown 部分, a part the type has not, empty 部分: the 类型 or 部分 cell", () => {
    const problems = checkTemplates(sheet([
      ["类型", "部分", "内容", "说明"],
      ["督查函", "标题", "关于{事由}的督查函"],
      [null, "开头", "经查："],
      ["督办函", "结尾", "特此函告。"],
      ["通报表扬", "后果", "无"],
      ["督办函", null, "特此函告。"],
      ["督办函", "开头", "{单位名}"],
      ["constructor", "标题", "{toString}"],
    ]));
    expect(where(problems)).toEqual([
      ["unknown-type", "A2"], ["empty-type", "A3"], ["unknown-part", "B4"], ["unknown-part", "B5"], ["empty-part", "B6"], ["unknown-placeholder", "C7"],
      ["unknown-type", "A8"],
    ]);
    expect(problems[0].message).toBe("A2单元格的类型“督查函”不是函件类型。请改为提醒函、督办函、约谈、问责函、通报表扬之一，或删去第2行。");
    expect(problems[1].message).toBe("A3单元格没有填写类型。请填写提醒函、督办函、约谈、问责函、通报表扬之一，或删去第3行。");
    expect(problems[2].message).toBe("B4单元格的部分“结尾”不是督办函的组成部分。督办函的部分有：标题、事由、开头、要求、答复、后果、附注，请改为其中之一，或删去第4行。");
    expect(problems[3].message).toBe("B5单元格的部分“后果”不是通报表扬的组成部分。通报表扬的部分有：标题、事由、主送、开头、要求，请改为其中之一，或删去第5行。");
    expect(problems[4].message).toBe("B6单元格没有填写部分。督办函的部分有：标题、事由、开头、要求、答复、后果、附注，请填写其中之一，或删去第6行。");
  });

  test("rows with a problem of type or part change nothing; a part's second row is a problem and does not win", () => {
    const { templates, problems } = readTemplates(sheet([
      ["类型", "部分", "内容"],
      ["督查函", "标题", "关于{事由}的督查函"],
      ["督办函", "后果", "第一次的措辞。"],
      ["督办函", "后果", "第二次的措辞。"],
    ]));
    expect(where(problems)).toEqual([["unknown-type", "A2"], ["duplicate", "B4"]]);
    expect(problems[1].message).toBe("B4：督办函的后果在第3行已经填写，第4行不起作用。请把两行合并为一行。");
    expect(templates.督办函.后果).toBe("第一次的措辞。");
  });

  test("a row with only a 类型 (a merged 类型 reaching a blank line) is no row", () => {
    const rows = [["类型", "部分", "内容"], ["督办函", "开头", "经查："], [null, null, null], ["督办函", "后果", "特此函告。"]];
    expect(checkTemplates(sheet(rows, [{ row: 1, col: 0, rowCount: 2, colCount: 1 }]))).toEqual([]);
  });

  test("no header: one problem at the sheet's first cell, and the defaults", () => {
    const snapshot = sheet([[null], [null, "措施", "意见"], [null, "督办函", "开头"]]);
    const { templates, problems } = readTemplates(snapshot);
    expect(where(problems)).toEqual([["no-header", "B2"]]);
    expect(problems[0].message).toBe(
      "工作表“函件模板”中找不到“类型”“部分”“内容”的表头。请在表头行依次填写类型、部分、内容、说明，每行填写一种函件的一个部分；或删去这张表，使用默认措辞。",
    );
    expect(templates).toEqual(DEFAULT_TEMPLATES);
    expect(where(checkTemplates(sheet([])))).toEqual([["no-header", "A1"]]);
  });

  test("checkTemplates finds what readTemplates reports", () => {
    const snapshot = sheet(edited("约谈", "答复", "{单位名} {办理时限"));
    expect(checkTemplates(snapshot)).toEqual(readTemplates(snapshot).problems);
    expect(checkTemplates(snapshot).map((p) => p.kind).sort()).toEqual(["unbalanced-brace", "unknown-placeholder"]);
  });
});

describe("filling", () => {
  test("known placeholders (either width of brace, spaces inside) get their values; a known one without a value is empty", () => {
    expect(fillTemplate("{单位}：请于{办理时限}前报送。｛编号｝{ 电话 }[{联系人}]", { 单位: "柳林镇", 办理时限: "2023年7月11日", 编号: "督办〔2023〕7号", 电话: "0635-1" }))
      .toBe("柳林镇：请于2023年7月11日前报送。督办〔2023〕7号0635-1[]");
    expect(fillTemplate("共{事项数}项", { 事项数: 3 })).toBe("共3项");
  });

  test("unknown names and stray braces are left as written", () => {
    expect(fillTemplate("{单位名}与{单位}，{}、{{单位}，单位}", { 单位: "柳林镇" })).toBe("{单位名}与柳林镇，{}、{柳林镇，单位}");
    expect(fillTemplate("请于{办理时限前", { 办理时限: "7月" })).toBe("请于{办理时限前");
  });

  test("a value is plain text: never evaluated, never filled again", () => {
    expect(fillTemplate("{单位}", { 单位: "=SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(fillTemplate("{单位}|{编号}", { 单位: "{编号}", 编号: "$&$1" })).toBe("{编号}|$&$1");
    expect(fillTemplate("=1+1", {})).toBe("=1+1");
  });

  test("placeholdersIn lists the known ones once", () => {
    expect(placeholdersIn("{联系人}{电话}{联系人}{单位名}")).toEqual(["联系人", "电话"]);
  });
});
