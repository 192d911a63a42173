/**
 * Drafting letters (docs/letters.md): the office's wording (templates.ts), the 函件模板 sheet
 * (template.ts) and the documents drafted from proposals and rankings (draft.ts).
 */
export {
  LETTER_PARTS, PARTS_OF, PART_NOTES, PLACEHOLDERS, PLACEHOLDER_NAMES, TEMPLATE_TYPE_ALIASES, DEFAULT_TEMPLATES,
  templateTypeOf, templatePartOf, isPlaceholder, wordingOf,
  type LetterPart, type Placeholder, type LetterWording, type LetterTemplates,
} from "./templates";
export {
  TEMPLATE_SHEET, templateSheetRows, readTemplates, checkTemplates, fillTemplate, placeholdersIn,
  type TemplateProblem, type TemplateProblemKind, type TemplateValues,
} from "./template";
export {
  DEFAULT_REPLY_DAYS, draftLetter, draftCommendation, chineseDate, chineseNumeral, addDays, replyByOf,
  type DraftSettings,
} from "./draft";
