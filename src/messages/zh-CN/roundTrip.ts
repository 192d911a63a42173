/**
 * zh-CN: what the browser edition's download will lack or show differently from the clerk's own
 * file (src/workbook/exceljs/roundTripLosses.ts, docs/round-trip.md), one sentence per kind:
 * what, where, and what the clerk can do.
 */
export const ROUND_TRIP = {
  "roundTrip.quoted": "“{name}”",
  "roundTrip.cross-sheet-conditional-formats":
    "下载的文件中将没有工作表{sheets}上引用其他工作表的 {count} 条条件格式（浏览器版保存不了这样的规则）；如需保留，请把下载文件中的结果工作表复制到原文件，或在下载后重新设置（开始 → 条件格式 → 管理规则）。",
  "roundTrip.pivot-tables":
    "下载的文件中，工作表{sheets}上的 {count} 个数据透视表将只剩下当时显示的数字，不能再刷新或调整；如需保留，请把下载文件中的结果工作表复制到原文件。",
  "roundTrip.slicers": "下载的文件中将没有工作表{sheets}上的 {count} 个切片器；如需保留，请把下载文件中的结果工作表复制到原文件。",
  "roundTrip.shapes":
    "下载的文件中将没有工作表{sheets}上的 {count} 个文本框、形状或组合（图片和图表会保留）；如需保留，请把下载文件中的结果工作表复制到原文件。",
  "roundTrip.cell-images":
    "下载的文件中将没有工作表{sheets}上 {count} 个单元格里嵌入的图片（WPS 的“嵌入单元格图片”），单元格中只剩 DISPIMG 公式；如需保留，请在 WPS 中打开原文件，把下载文件中的结果工作表复制过去。",
  "roundTrip.threaded-comments":
    "下载的文件中将没有工作表{sheets}上的 {count} 条批注会话（新版 Excel 可回复的批注），原处只剩空白的批注框；如需保留，请把下载文件中的结果工作表复制到原文件。",
  "roundTrip.plain-notes":
    "工作表{sheets}上有 {count} 条批注（由其他软件写入、文字没有格式）在下载的文件中将变成空白；如需保留，请把下载文件中的结果工作表复制到原文件。",
  "roundTrip.external-links":
    "本文件引用了 {count} 个其他工作簿的数据（外部链接），下载的文件中将没有这些链接，用到它们的公式会出错；如需保留，请把下载文件中的结果工作表复制到原文件。",
  "roundTrip.names-lost":
    "名称管理器中的 {count} 个名称（{names}）不是单纯的单元格区域（如常量、公式或整列），下载的文件中将没有它们，用到它们的公式会显示 #NAME?；请在下载后重新定义（公式 → 名称管理器）。",
  "roundTrip.names-scope":
    "名称{names}原来只用于工作表{sheets}，下载的文件中将变为整个工作簿通用，同名的只保留一个；请在下载后核对（公式 → 名称管理器）。",
  "roundTrip.cross-sheet-validations":
    "下载的文件中将没有工作表{sheets}上 {count} 处引用其他工作表的数据有效性（如取自其他工作表的下拉列表）；请在下载后重新设置（数据 → 数据有效性）。",
  "roundTrip.sparklines": "下载的文件中将没有工作表{sheets}上的 {count} 个迷你图；请在下载后重新插入（插入 → 迷你图）。",
  "roundTrip.tables":
    "工作表{sheets}上的 {count} 个表格（{names}，即“套用表格格式”生成的表）在下载的文件中将没有标题行和筛选按钮；请在下载后选中表格，在“表设计”中重新勾选“标题行”和“筛选按钮”。",
  "roundTrip.builtin-number-formats":
    "工作表{sheets}上 {count} 个单元格的内置格式（多为“2023年6月30日”这样的中文日期格式）将丢失，日期会显示成数字（如 45107）；请在下载后重新设置单元格格式。",
  "roundTrip.escaped-number-formats":
    "工作表{sheets}上 {count} 个单元格的自定义数字格式中带有“\\”，下载的文件中会被改写，显示可能变样（如 0\\% 会变成百分比，30 显示为 3000%）；请在下载后核对单元格格式。",
  "roundTrip.data-bars":
    "工作表{sheets}上的 {count} 个数据条在下载的文件中将变样（负值颜色、坐标轴和实心填充会丢失，还会多出一个重复的数据条）；请在下载后核对（开始 → 条件格式 → 管理规则）。",
  "roundTrip.dynamic-arrays":
    "工作表{sheets}上的 {count} 个动态数组公式（如 UNIQUE、FILTER）在下载的文件中将变为普通数组公式，结果不再随数据自动扩展；请在下载后重新输入这些公式。",
  "roundTrip.internal-hyperlinks":
    "下载的文件中将没有工作表{sheets}上 {count} 个跳转到本文件其他位置的超链接（链接到网址的会保留）；请在下载后重新设置。",
  "roundTrip.filter-criteria":
    "工作表{sheets}上 {count} 列的筛选条件在下载的文件中将丢失，已筛掉的行仍然隐藏；请在下载后取消隐藏这些行或重新筛选。",
  "roundTrip.page-breaks": "下载的文件中将没有工作表{sheets}上手动插入的 {count} 个分页符；打印前请重新插入（页面布局 → 分隔符）。",
  "roundTrip.protected-ranges":
    "工作表{sheets}上的 {count} 个“允许用户编辑区域”在下载的文件中将丢失（工作表保护仍在）；请在下载后重新设置（审阅 → 允许编辑区域）。",
  "roundTrip.workbook-protection":
    "下载的文件将不再保护工作簿结构（原文件设了不能增删、移动工作表）；如需要，请在下载后重新设置（审阅 → 保护工作簿）。",
  "roundTrip.shown-notes":
    "工作表{sheets}上 {count} 条设为一直显示的批注，在下载的文件中将改为鼠标指向单元格时才显示；如需要，请在下载后重新设置（右键 → 显示/隐藏批注）。",
  "roundTrip.ignored-errors":
    "工作表{sheets}上原来设为忽略的错误提示（如“以文本形式存储的数字”），在下载的文件中会重新显示绿色小三角，不影响数据。",
  "roundTrip.custom-properties": "下载的文件中将没有 {count} 个自定义文档属性（{names}）；如需要，请在下载后重新填写（文件 → 属性）。",
} as const;
