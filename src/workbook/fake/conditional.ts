/**
 * The fake `Excel.DataValidation` (list rules, error alert, prompt, with Excel's length limits)
 * and the "text contains" conditional formats (`Excel.ConditionalFormatCollection` and the
 * objects under `textComparison`).
 */

import type { FakeRequestQueue } from "./context";
import type { BookModel, ConditionalFormatModel, ValidationModel } from "./model";
import { FakeNotModeledError, officeErrors } from "./officeError";
import type { HonestFake } from "./officeShape";
import { FakeObject, type Binding, type Loadable } from "./proxy";
import type { RangeRef } from "./range";

function validationFor(r: RangeRef): ValidationModel {
  if (r.entire) throw new FakeNotModeledError("data validation on whole rows or columns");
  const key = JSON.stringify(r.area);
  let v = r.sheet.validations.find((x) => JSON.stringify(x.area) === key);
  if (!v) {
    v = { area: { ...r.area } };
    r.sheet.validations.push(v);
  }
  return v;
}

function checkText(text: unknown, max: number, where: string): void {
  if (typeof text !== "string" || text.length > max) throw officeErrors.invalidArgument(`Text longer than ${max} characters.`, where);
}

/** The fake Excel.DataValidation. */
export class FakeDataValidation extends FakeObject<RangeRef> {
  constructor(q: FakeRequestQueue, binding: Binding<RangeRef>) {
    super(q, binding);
  }

  protected loadable(): Loadable<RangeRef> {
    return {};
  }

  /** Office: the rule (the fake models `list`). */
  set rule(rule: Excel.DataValidationRule) {
    const kinds = Object.keys(rule ?? {});
    if (kinds.length !== 1) throw officeErrors.invalidArgument("A data validation rule holds exactly one kind.", "DataValidation.rule");
    if (!rule.list) throw new FakeNotModeledError(`data validation rule '${kinds[0]}'`);
    const { source, inCellDropDown } = rule.list;
    if (typeof source !== "string") throw new FakeNotModeledError("a list validation sourced from a range");
    checkText(source, 255, "DataValidation.rule");
    this.queueSet("rule", rule, (r) => (validationFor(r).rule = { list: { source, inCellDropDown } }));
  }

  /** Office: the error alert. */
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    checkText(alert.title, 32, "DataValidation.errorAlert");
    checkText(alert.message, 255, "DataValidation.errorAlert");
    this.queueSet("errorAlert", alert, (r) => (validationFor(r).errorAlert = { ...alert }));
  }

  /** Office: the input prompt. */
  set prompt(prompt: Excel.DataValidationPrompt) {
    checkText(prompt.title, 32, "DataValidation.prompt");
    checkText(prompt.message, 255, "DataValidation.prompt");
    this.queueSet("prompt", prompt, (r) => (validationFor(r).prompt = { ...prompt }));
  }

  /** Office: remove the validation. */
  clear(): void {
    this.queueCall("clear", [], (r) => {
      r.sheet.validations = r.sheet.validations.filter((v) => JSON.stringify(v.area) !== JSON.stringify(r.area));
    });
  }
}

/** The fake Excel.ConditionalFormatCollection. */
export class FakeConditionalFormatCollection extends FakeObject<RangeRef> {
  constructor(q: FakeRequestQueue, binding: Binding<RangeRef>, private readonly book: BookModel) {
    super(q, binding);
  }

  protected loadable(): Loadable<RangeRef> {
    return {};
  }

  /** Office: add a conditional format (the fake models "ContainsText"). */
  add(type: Excel.ConditionalFormatType | "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue"): FakeConditionalFormat {
    if (type !== "ContainsText") throw new FakeNotModeledError(`conditional format type '${type}'`);
    return new FakeConditionalFormat(
      this.q,
      this.child("add", [type], (r) => {
        if (r.entire) throw new FakeNotModeledError("conditional formats on whole rows or columns");
        const cf: ConditionalFormatModel = { id: `{cf-${this.book.nextId++}}`, area: { ...r.area }, type: "ContainsText" };
        r.sheet.conditionalFormats.push(cf);
        return cf;
      }),
    );
  }
}

/** The fake Excel.ConditionalFormat. */
export class FakeConditionalFormat extends FakeObject<ConditionalFormatModel> {
  private textProxy?: FakeTextConditionalFormat;

  constructor(q: FakeRequestQueue, binding: Binding<ConditionalFormatModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ConditionalFormatModel> {
    return { scalars: { id: (cf) => cf.id, type: (cf) => cf.type } };
  }

  /** Office: the "text comparison" part. */
  get textComparison(): FakeTextConditionalFormat {
    return (this.textProxy ??= new FakeTextConditionalFormat(this.q, this.child("textComparison", [], (cf) => cf)));
  }
}

/** The fake Excel.TextConditionalFormat. */
export class FakeTextConditionalFormat extends FakeObject<ConditionalFormatModel> {
  private formatProxy?: FakeConditionalRangeFormat;

  constructor(q: FakeRequestQueue, binding: Binding<ConditionalFormatModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ConditionalFormatModel> {
    return {};
  }

  /** Office: the format applied when the rule holds. */
  get format(): FakeConditionalRangeFormat {
    return (this.formatProxy ??= new FakeConditionalRangeFormat(this.q, this.child("format", [], (cf) => cf)));
  }

  /** Office: the rule ({ operator: "Contains", text }). */
  set rule(rule: Excel.ConditionalTextComparisonRule) {
    if (typeof rule?.text !== "string" || !["Contains", "NotContains", "BeginsWith", "EndsWith"].includes(rule.operator)) {
      throw officeErrors.invalidArgument("Bad text comparison rule.", "TextConditionalFormat.rule");
    }
    this.queueSet("rule", rule, (cf) => (cf.rule = { operator: rule.operator, text: rule.text }));
  }
}

/** The fake Excel.ConditionalRangeFormat. */
export class FakeConditionalRangeFormat extends FakeObject<ConditionalFormatModel> {
  private fillProxy?: FakeConditionalRangeFill;
  private fontProxy?: FakeConditionalRangeFont;

  constructor(q: FakeRequestQueue, binding: Binding<ConditionalFormatModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ConditionalFormatModel> {
    return {};
  }

  /** Office: the fill. */
  get fill(): FakeConditionalRangeFill {
    return (this.fillProxy ??= new FakeConditionalRangeFill(this.q, this.child("fill", [], (cf) => cf)));
  }
  /** Office: the font. */
  get font(): FakeConditionalRangeFont {
    return (this.fontProxy ??= new FakeConditionalRangeFont(this.q, this.child("font", [], (cf) => cf)));
  }
}

/** The fake Excel.ConditionalRangeFill. */
export class FakeConditionalRangeFill extends FakeObject<ConditionalFormatModel> {
  constructor(q: FakeRequestQueue, binding: Binding<ConditionalFormatModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ConditionalFormatModel> {
    return {};
  }

  /** Office: fill colour. */
  set color(value: string) {
    this.queueSet("color", value, (cf) => (cf.fill = value.toUpperCase()));
  }
}

/** The fake Excel.ConditionalRangeFont. */
export class FakeConditionalRangeFont extends FakeObject<ConditionalFormatModel> {
  constructor(q: FakeRequestQueue, binding: Binding<ConditionalFormatModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ConditionalFormatModel> {
    return {};
  }

  /** Office: font colour. */
  set color(value: string) {
    this.queueSet("color", value, (cf) => (cf.fontColor = value.toUpperCase()));
  }
}

const _validation: HonestFake<FakeDataValidation, Excel.DataValidation> = true;
const _cfs: HonestFake<FakeConditionalFormatCollection, Excel.ConditionalFormatCollection> = true;
const _cf: HonestFake<FakeConditionalFormat, Excel.ConditionalFormat> = true;
const _text: HonestFake<FakeTextConditionalFormat, Excel.TextConditionalFormat> = true;
const _crf: HonestFake<FakeConditionalRangeFormat, Excel.ConditionalRangeFormat> = true;
const _crfill: HonestFake<FakeConditionalRangeFill, Excel.ConditionalRangeFill> = true;
const _crfont: HonestFake<FakeConditionalRangeFont, Excel.ConditionalRangeFont> = true;
