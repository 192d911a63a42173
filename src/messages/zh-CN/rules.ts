/**
 * zh-CN: the words the validation rules put into their messages (`{what}`, `{why}`). The rule
 * messages and hints themselves are the rule catalogue (src/domain/validate/catalogue.ts).
 */
export const RULES = {
  "rules.what.fiveItems": "五个明确缺项",
  "rules.what.required": "必填项缺项",
  "rules.formula.REF": "公式引用的单元格已被删除或移动",
  "rules.formula.NA": "公式要查找的值不存在（如 VLOOKUP 没有找到）",
  "rules.formula.VALUE": "参与计算的内容类型不对（如文字参与了加减）",
  "rules.formula.DIV0": "除数为 0 或为空",
  "rules.formula.NAME": "公式中的函数名或名称写错了",
  "rules.formula.NULL": "公式引用的两个区域没有交集",
  "rules.formula.NUM": "数值无效或超出范围",
  "rules.formula.SPILL": "公式结果要溢出的区域已被占用",
  "rules.formula.CALC": "公式无法计算出结果（如结果为空）",
  "rules.formula.other": "公式计算出错",
} as const;
