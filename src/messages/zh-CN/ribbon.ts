/** zh-CN: the ribbon's function commands (the notice dialog's text). */
export const RIBBON = {
  "ribbon.validateActiveSheet": "一键校验",
  "ribbon.standardizeActiveSheet": "规范化",
  "ribbon.clearMarks": "清除标记",
  "ribbon.failed": "“{command}”没有完成：{reason}",
  "ribbon.failedUnknown": "“{command}”没有完成{detail}。请稍后再试；如果仍然不行，请点“打开助手”，在窗格中操作。",
  "ribbon.detail": "（{detail}）",
  "ribbon.noticeFailed": "落实台账助手：无法打开提示框（{detail}）：{message}",
  "ribbon.done": "操作已完成。",
} as const;
