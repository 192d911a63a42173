/** The browser edition's workspace: the sheet beside the pane (docs/workspace.md). */
export const WORKSPACE = {
  "workspace.region": "工作表",
  "workspace.tabs": "助手与工作表",
  "workspace.tab.pane": "台账助手",
  "workspace.tab.sheet": "查看表格",
  "workspace.grid": "工作表“{sheet}”",
  "workspace.sheetTabs": "工作表标签",
  "workspace.loading": "正在显示工作表……",
  "workspace.empty": "打开一个 .xlsx 文件后，工作表显示在这里。",
  "workspace.truncated": "此表共 {rows} 行，这里只显示前 {shown} 行；全部内容请用 Excel 或 WPS 打开下载的文件查看。",
  "workspace.chart": "图表：{title}",
  "workspace.chartElsewhere": "此处有一个图表，请用 Excel 或 WPS 打开文件查看。",
  "workspace.files": "已打开的文件",
  "workspace.fileUnit": "{unit} · {list}",
  "workspace.fileList": "{list}",
  "workspace.fileUnknown": "未识别出台账",
  "workspace.downloadAll": "全部下载（.zip）",
} as const;
