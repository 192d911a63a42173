/** `luoshi --help`, in Chinese first. */
import { LISTS } from "../domain/lists/catalogue";

export const HELP = `落实台账助手 命令行（luoshi）

用法：
  luoshi template <清单> --out 文件.xlsx [--unit 柳林镇] [--year 2023] [--units 经发办,农业办,…]
      新建一份标准模板。<清单> 可写中文名（如 重点工作任务清单）或简称（如 tasks）。
      --units 给“责任单位”列加下拉选项。
      不会覆盖已有文件。
  luoshi inspect 文件.xlsx [--json] [--year 2023]
      识别每个工作表：是哪种清单、表头在第几行、年度、填报单位、各列对应。
  luoshi validate 文件.xlsx [--sheet 工作表] [--year 2023] [--json] [--write]
      一键校验“五个明确”等规则。--write 把“校验结果”表和标记写入 文件.checked.xlsx，
      不改动原文件。发现“错误”级问题时退出码为 1。
  luoshi standardize 文件.xlsx [--sheet 工作表] [--out 结果.xlsx]
      规范化：把不规范的台账整理成标准模板，写入 文件.standard.xlsx，不改动原文件。
  luoshi progress 文件.xlsx [--date 2023-06-30] [--basis calendar|month|workday] [--year 2023] [--json] [--write]
      时间过半、任务过半：每行的时间进度、完成进度和状态，每个单位的汇总。--date 默认今天。
      --write 把“进度分析”表写入 文件.progress.xlsx。有逾期或未达到时退出码为 1。
  luoshi stage 文件.xlsx --stage q1|q2|q3|q4 [--year 2023] [--basis calendar|month|workday] [--json] [--write]
      阶段检查（也可写 --stage 一季度/二季度/三季度/四季度），检查日期为季度末：
      q1 清单建立情况和是否规范；q2 时间过半、任务过半；q3 已完成事项实地核查表和进度较慢的单位；
      q4 年内到期事项是否完成。--write 把“阶段检查（…）”表写入 文件.stage-q2.xlsx。
      有不规范、未达到、进度较慢或未完成时退出码为 1。
  luoshi --help
      显示本说明。

清单：
${LISTS.map((l) => `  ${l.id.padEnd(14)}${l.name}`).join("\n")}

退出码：0 正常；1 有发现的问题（如缺少必需的列、工作表不是台账）；2 输入或用法有误。
所有处理都在本机完成，不联网。

Usage (English): luoshi template <list> --out FILE.xlsx | luoshi inspect FILE.xlsx [--json]
`;
