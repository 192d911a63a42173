/**
 * zh-CN: why a use case could not proceed (the `Cannot` outcome of src/features), and the
 * sentences every edge shows when something unexpected happened.
 */
export const OUTCOME = {
  "cannot.resultSheet": "工作表“{sheet}”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。",
  "cannot.noWorkbook": "还没有打开工作簿。请先打开一个 .xlsx 文件。",
  "cannot.noLedgerInWorkbook": "工作簿中没有可识别的台账工作表。{why}",
  "cannot.unknownList": "没有名为“{key}”的清单。可用的清单：{lists}。",
  "input.date": "{field}应写成 2023-06-30 这样的日期，而不是“{text}”。",
  "input.year": "{field}应是四位年份（如 2023），而不是“{text}”。",
  "input.tolerance": "{field}应是 0 到 50 之间的数（百分点），而不是“{text}”。",
  "input.basis": "{field}只能是 calendar（日历天数）、month（月份）或 workday（工作日），而不是“{text}”。",
  "cannot.noDownload": "当前没有可下载的文件。",
  "unexpected.pane": "操作没有完成：助手遇到了没有预料到的问题。请重试；如仍不行，请保存工作簿后重新打开助手，并把这句话连同后面的技术信息告诉管理员。（技术信息：{detail}）",
  "unexpected.chunk": "操作没有完成：助手有一部分没有加载上。请重新打开助手后再试；如仍不行，请换用新复制的助手或联系管理员。",
  "unexpected.cli": "处理失败：{detail}",
} as const;
