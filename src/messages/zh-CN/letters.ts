/** zh-CN: letters, the ladder and the 发函登记 register (docs/letters.md). */
export const LETTERS = {
  "letters.register.empty":
    "工作表“{sheet}”是空的，还不是发函登记表。请在第一行写表头：编号、类型、单位、日期、事由、办理时限、反馈情况，每发出一份函件登记一行。",
  "letters.register.notLedger":
    "工作表“{sheet}”不是发函登记表：前 {rows} 行中没有找到含有“编号”“类型”“单位”“日期”等列名的表头行。请选择发函登记工作表，或在表格上方加一行表头：编号、类型、单位、日期、事由、办理时限、反馈情况。",
  "letters.register.otherList":
    "工作表“{sheet}”是{list}（表头在第{row}行），不是发函登记表。请选择发函登记工作表；发函登记的表头为：编号、类型、单位、日期、事由、办理时限、反馈情况。",
  "letters.register.missingColumns":
    "发函登记表“{sheet}”缺少“{columns}”列（表头在第{row}行）。请在表头补上这些列，每发出一份函件登记一行，否则无法确定各单位已收到的函件和下一个编号。",
  "letters.problem.rows": "{overdue} 项逾期、{lagging} 项滞后",
  "letters.problem.overdue": "{count} 项逾期",
  "letters.problem.lagging": "{count} 项滞后",
  "letters.problem.red": "亮红灯（任务进度落后时间进度 {points} 个百分点）",
  "letters.reason.findings": "台账有 {count} 处错误",
  "letters.reason.late": "台账未报送或未按时报送",
  "letters.reason.lateAndFindings": "台账未按时报送，且有 {count} 处错误",
  "letters.reason.after": "{letter} 发出后仍有 {problem}",
  "letters.reason.afterRed": "{letter} 发出后仍{problem}",
  "letters.reason.praise": "通报排名{place}，列为先进",
  "letters.reason.place": "第{rank}名",
  "letters.cite.unnumbered": "发函登记第{row}行的{type}",
  "letters.noIssuer": "请填写发文机关（如“冠县人民政府办公室”），它印在函件的版头和落款处。",
  "letters.noReport": "没有可起草函件的台账：请先打开单位台账或汇总表，然后重试。",
  "letters.templateProblems": "函件模板“{sheet}”有 {count} 处问题，改正后才能起草函件：{problems}",
  "letters.drafted": "“{sheet}”截至 {date}：起草函件 {count} 份（{units}）。请逐份预览，确认后再发出。",
  "letters.none": "“{sheet}”截至 {date}：没有需要发函的单位（没有逾期、滞后、台账错误或未报送，也没有先进单位）。",
  "letters.nothingToIssue": "没有要发出的函件：请先起草函件，并至少勾选一份。",
  "letters.registerBlocked": "发函登记表“{sheet}”的表格下方第{row}行有内容（{text}），新登记的函件会写在它下面而读不到。请把这行内容移到表格上方或别的工作表，然后重试。",
  "letters.repeat": "这些函件已在发函登记中（{units}，{date}，类型相同）。如确需再次发出，请确认“再次发出”后重试；编号不会重复使用。",
  "letters.issued": "已发出函件 {count} 份，编号 {numbers}，已登记到“{register}”。文件：{file}",
  "letters.templatesCreated": "已新建“{sheet}”工作表：可修改各类函件的标题、正文和要求，花括号括起的占位符（如“单位”两字加花括号）会换成实际内容，可用的占位符见“说明”列。",
  "letters.rareCharacters": "{number}（{unit}）中有 {fonts} 字库没有的字：{chars}。打印时会显示为空白方框：请改用含这些字的字库（如方正仿宋_GBK），或发出后在 Word 中手工处理。",
  "letters.sheet": "函件（{date}）",
  "letters.sheetWritten": "本机的 Excel 不能直接下载文件：{count} 份函件的正文已写入“{sheet}”工作表，可复制到单位的公文模板中排版。",
  "letters.file.units": "{first}等{count}个单位",
  "letters.file.combined": "函件{date}（{count}份）.docx",
  "letters.file.zip": "函件{date}（{count}份）.zip",
} as const;
