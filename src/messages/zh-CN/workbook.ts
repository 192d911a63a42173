/** zh-CN: what the workbook adapters say when a sheet, a file or Excel itself stands in the way. */
export const WORKBOOK = {
  "workbook.noSheet": "找不到名为“{name}”的工作表。它可能已被改名或删除，请检查工作表标签后重试。",
  "workbook.noVisibleSheet": "这个工作簿里没有可见的工作表。请先取消隐藏或新建一张工作表。",
  "workbook.hiddenSheet": "工作表“{name}”是隐藏的，无法切换过去。请先在工作表标签上右键“取消隐藏”。",
  "workbook.tooLarge":
    "工作表“{name}”的已用区域有 {rows} 行 × {cols} 列（约 {tenThousands} 万个单元格），超过了一次能处理的 {limit} 万个单元格。请删除表格下方或右侧多余的内容（选中空行/空列后“删除”），保存后重试。",
  "workbook.unreadableFile":
    "无法读取该文件：它不是有效的 .xlsx 工作簿（可能已损坏，或是 .xls/.et 等旧格式）。请在 Excel 或 WPS 中另存为 .xlsx 后再打开。",
  "workbook.protectedFile":
    "该工作簿设置了打开密码，无法读取。请在 Excel 中打开它，依次点“文件→信息→保护工作簿→用密码进行加密”，清空密码并保存后再试（WPS：文件→文档加密→密码加密）。",
  "workbook.cannotReadFile": "无法读取文件“{file}”：{detail}。",
  "workbook.writeOnly": "这份新文件只能写入、不能读取（程序内部错误）。请重试；如仍出现，请把操作步骤告诉维护人员。",
  "workbook.notXlsx": "“{file}”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为 .xlsx（Excel 工作簿）后再打开。",
} as const;

/**
 * zh-CN: Office.js error codes in words. `{verb}` is 读取 or 写入, `{code}` the Office code (for
 * support). One wording per code, whether the pane, the ribbon or a result write met it.
 */
export const OFFICE = {
  "office.verb.read": "读取",
  "office.verb.write": "写入",
  "office.RequestPayloadSizeLimitExceeded":
    "Excel 拒绝了这次{verb}（{code}）：一次发送的数据超过了 Excel 网页版 5 MB 的上限。请改用桌面版 Excel，或缩小要处理的范围后重试。",
  "office.ResponsePayloadSizeLimitExceeded":
    "Excel 拒绝了这次{verb}（{code}）：要取回的数据超过了 Excel 网页版 5 MB 的上限。请改用桌面版 Excel，或删除表格下方、右侧多余的内容后重试。",
  "office.InvalidOperation":
    "Excel 暂时无法完成这次{verb}（{code}）。如果正在编辑某个单元格，请先按 Enter 或 Esc 结束编辑；工作表或工作簿如有保护，请先取消保护，然后重试。",
  "office.AccessDenied":
    "Excel 拒绝了这次{verb}（{code}）：工作表或工作簿受保护，或文件以只读方式打开。请在“审阅”中撤销保护，或另存一份后重试。",
  "office.InactiveWorkbook": "Excel 当前激活的不是加载项所在的工作簿（{code}）。请切回要处理的工作簿后重试。",
  "office.ApiNotFound":
    "这个版本的 Excel 不支持这次{verb}用到的功能（{code}）。落实台账助手需要 Excel 2021、Excel 2024、Microsoft 365 或 Excel 网页版；请升级 Excel，或改用浏览器版落实台账助手。",
  "office.ItemNotFound": "Excel 找不到要{verb}的对象（{code}）。工作表可能刚被改名或删除，请刷新后重试。",
  "office.other": "Excel 报告了一个错误（{code}{detail}）。请重试；如果问题持续，请保存并重新打开工作簿。",
} as const;
