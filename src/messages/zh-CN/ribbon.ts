/** zh-CN: the ribbon's function commands (the notice dialog's text). */
export const RIBBON = {
  "ribbon.validateActiveSheet": "一键校验",
  "ribbon.standardizeActiveSheet": "规范化",
  "ribbon.clearMarks": "清除标记",
  "ribbon.rankUnits": "生成排名",
  "ribbon.failed": "“{command}”没有完成：{reason}",
  "ribbon.failedUnknown": "“{command}”没有完成{detail}。请稍后再试；如果仍然不行，请点“打开助手”，在窗格中操作。",
  "ribbon.detail": "（{detail}）",
  "ribbon.noticeFailed": "落实台账助手：无法打开提示框（{detail}）：{message}",
  "ribbon.done": "操作已完成。",
  "ribbon.working": "正在进行“{command}”……完成后这里会显示结果。工作表很大时要多等一会儿，最长 {minutes} 分钟。",
  "ribbon.busy": "上一次“{running}”还没有完成。请等它完成、看到结果后再点“{command}”。",
  "ribbon.timedOut":
    "“{command}”在 {minutes} 分钟内没有完成，已停止，工作簿没有改动。Excel 的功能区命令最多只能运行 5 分钟；请点“打开助手”，在窗格中操作（窗格没有这个时间限制）。",
  "ribbon.timedOutWriting":
    "“{command}”在 {minutes} 分钟内没有写完，已停止。Excel 的功能区命令最多只能运行 5 分钟。结果表和标记可能不完整：请点“打开助手”，在窗格中先“清除标记”，再重新操作。",
} as const;
