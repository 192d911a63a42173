/** zh-CN: what each use case says when it is done (the pane's notice, the ribbon's dialog, the CLI's text). */
export const FEATURES = {
  // 识别 (inspect)
  "inspect.recognised": "工作表“{sheet}”识别为《{list}》，表头在{header}，共{rows}行数据。",
  "inspect.headerRow": "第{row}行",
  "inspect.headerRows": "第{top}—{bottom}行",
  "inspect.columnFound": "{name}({letter}列)",
  "inspect.columns": "找到的列：{columns}。",
  "inspect.columnsAndMonths": "找到的列：{columns}，另有{months}个月度列。",
  "inspect.missing": "缺少必需的列：{names}，请在表头中补上。",
  "inspect.complete": "必需的列齐全。",
  "inspect.noVisibleSheet": "这个文件没有可见的工作表。",
  // 一键校验 (validate)
  "validate.clean": "工作表“{sheet}”（{list}）校验完毕：检查 {rows} 行，没有发现问题。",
  "validate.found":
    "工作表“{sheet}”（{list}）校验完毕：检查 {rows} 行，发现错误 {error} 条、警告 {warning} 条、提示 {info} 条。详见“{report}”工作表，问题单元格已标色，可用“清除标记”去掉。",
  "validate.markNote": "【{severity}】{message}",
  "validate.findingLine": "{cell}\t{severity}\t{rule}\t{message}\u3000{hint}",
  "validate.wholeSheet": "（整表）",
  "validate.settingsSaved": "校验设置已保存在本工作簿中。",
  // 清除标记
  "marks.cleared": "已清除工作表“{sheet}”上的标记，单元格的内容和格式保持原样。",
  // 模板
  "template.created": "已新建工作表“{sheet}”。",
  // 进度分析
  "progress.written":
    "工作表“{sheet}”截至 {date} 的进度已写入“{report}”：{units} 个单位，时间过半任务过半达到 {pass} 个、未达到 {fail} 个；逾期 {overdue} 项，滞后 {lagging} 项。",
  "progress.summary":
    "工作表“{sheet}”截至 {date} 的进度：{units} 个单位，时间过半任务过半达到 {pass} 个、未达到 {fail} 个；逾期 {overdue} 项，滞后 {lagging} 项。",
  "progress.sheetWarning": "工作表“{sheet}”：{warning}",
  // 阶段检查
  "stage.summary.q1": "{year}年一季度阶段检查（{date}）：{built} 个清单已建立，{bad} 个不规范；{missing} 个未建立。",
  "stage.summary.q2": "{year}年上半年阶段检查（{date}，时间过半、任务过半）：{units} 个单位中达到 {pass} 个单位，未达到 {fail} 个{unknown}；逾期 {overdue} 项，滞后 {lagging} 项。",
  "stage.summary.q2.unknown": "，无法判断 {count} 个",
  "stage.summary.q3": "{year}年前三季度阶段检查（{date}）：已完成事项 {done} 项，请实地核查复核；{who}。",
  "stage.summary.q3.slow": "进度较慢的单位 {count} 个（{units}），建议下发提醒函",
  "stage.summary.q3.none": "没有进度较慢的单位",
  "stage.summary.q4": "{year}年全年阶段检查（{date}）：年内到期事项 {due} 项，已完成 {done} 项，未完成 {notDone} 项{units}。",
  "stage.summary.q4.units": "（涉及 {count} 个单位）",
  "stage.nothing.q1": "工作簿中没有可识别的台账工作表，无法做一季度检查。请先按模板建立重点工作任务清单等台账。",
  "stage.nothing.timed": "工作簿中没有带“完成时限”列的重点工作任务清单或拟向上争取清单，无法做{period}阶段检查。",
  "stage.written": "{summary}详见“{sheet}”工作表。",
  "stage.skip.notLedger": "不是台账",
  "stage.skip.noDeadline": "缺少“完成时限”列",
  "stage.problem": "{title} {count} 处",
  "stage.note.gap": "任务进度低于时间进度 {points} 个百分点",
  "stage.note.overdue": "逾期 {count} 项",
  "stage.note.lagging": "滞后 {count} 项",
  "stage.note.unknown": "没有可计算的时间进度或完成进度，无法判断",
  "stage.topic.q1": "机制、方案、台账、清单建立情况",
  "stage.topic.q2": "时间过半、任务过半",
  "stage.topic.q3": "已完成工作实地核查",
  "stage.topic.q4": "对照年度清单全面督查",
} as const;
