/**
 * The offline manifest check: the real manifest.xml has no problems, and each check can fail
 * (a crafted broken variant yields its problem). Also the icons and the production URL swap.
 */
import * as fs from "fs";
import * as path from "path";
import {
  checkManifest,
  checkNoLocalhost,
  descendants,
  kid,
  parseManifest,
  pngSize,
  registeredFunctions,
  resources,
  type CheckContext,
} from "./checkManifest";
import { checkProductionBaseUrl, toProductionManifest, DEV_BASE } from "../../scripts/manifest-url";
import { sectionOf } from "../../src/taskpane/host/section";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const COMMANDS_DIR = path.join(ROOT, "src", "commands");
const COMMAND_SOURCES = fs
  .readdirSync(COMMANDS_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => fs.readFileSync(path.join(COMMANDS_DIR, f), "utf8"));

/** Map a manifest URL under `base` to a file of the project and read its PNG size. */
function imageSizeUnder(base: string) {
  return (url: string) => {
    if (!url.startsWith(base)) return null;
    const file = path.join(ROOT, ...url.slice(base.length).split("/"));
    if (!fs.existsSync(file)) return null;
    return pngSize(fs.readFileSync(file));
  };
}

const CTX: CheckContext = { commandSources: COMMAND_SOURCES, imageSize: imageSizeUnder(DEV_BASE) };
const PROD = "https://oa.example.gov.cn/luoshi/";

/** Replace `from` (which must occur) by `to`; `all` replaces every occurrence. */
function mutate(xml: string, from: string | RegExp, to: string, all = false): string {
  const out = typeof from === "string" ? (all ? xml.split(from).join(to) : xml.replace(from, to)) : xml.replace(from, to);
  if (out === xml) throw new Error(`the mutation did not change the manifest: ${String(from)}`);
  return out;
}

describe("manifest.xml", () => {
  test("passes every offline check", () => {
    expect(checkManifest(MANIFEST, CTX)).toEqual([]);
  });

  test("has the agreed identity, hosts and ribbon", () => {
    const root = parseManifest(MANIFEST);
    const text = (name: string) => root.children.find((c) => c.name === name)?.text;
    expect(text("Id")).toBe("ff1bdeb4-bc88-420b-a1e9-ee10373b8a98");
    expect(text("Version")).toBe("1.0.0.0");
    expect(text("ProviderName")).toBe("落实台账助手项目组");
    expect(text("DefaultLocale")).toBe("zh-CN");
    expect(text("Permissions")).toBe("ReadWriteDocument");
    expect(root.children.some((c) => c.name === "AppDomains")).toBe(false);
    const strings = Object.fromEntries(resources(root).map((r) => [r.id, r.value]));
    expect(strings["Tab.Label"]).toBe("落实台账");
    expect(strings["Group.Label"]).toBe("台账助手");
    expect(strings["OpenPane.Label"]).toBe("打开助手");
    expect(strings["Validate.Label"]).toBe("一键校验");
    expect(strings["ClearMarks.Label"]).toBe("清除标记");
    expect(strings["Commands.Url"]).toBe("https://localhost:3000/commands.html");
    expect(MANIFEST).toMatch(/<CustomTab id="LuoshiTab">/);
    for (const id of ["OpenPaneButton", "ValidateButton", "ClearMarksButton", "RankButton", "LettersButton"]) expect(MANIFEST).toContain(`id="${id}"`);
    expect(MANIFEST).toContain("<FunctionName>validateActiveSheet</FunctionName>");
    expect(MANIFEST).toContain("<FunctionName>clearMarks</FunctionName>");
  });

  test("生成函件 opens the one pane (打开助手's) on its 函件 section, which the pane reads as Office loads it", () => {
    const root = parseManifest(MANIFEST);
    const strings = Object.fromEntries(resources(root).map((r) => [r.id, r.value]));
    const button = descendants(root).find((e) => e.name === "Control" && e.attrs.id === "LettersButton");
    expect(strings[kid(button, "Label")?.attrs.resid ?? ""]).toBe("生成函件");
    const action = kid(button, "Action");
    expect(action?.attrs["xsi:type"]).toBe("ShowTaskpane");
    const open = descendants(root).find((e) => e.name === "Control" && e.attrs.id === "OpenPaneButton");
    expect(kid(action, "TaskpaneId")?.text).toBe(kid(kid(open, "Action"), "TaskpaneId")?.text);
    const url = new URL(strings[kid(action, "SourceLocation")?.attrs.resid ?? ""]);
    expect(url.pathname).toBe("/taskpane.html");
    expect(sectionOf(url)).toBe("letters");
    // Office adds its own parameters after ours.
    url.searchParams.append("_host_Info", "Excel$Win32$16.01$zh-CN$$$$0");
    expect(sectionOf(url)).toBe("letters");
    expect(sectionOf(new URL(strings["Taskpane.Url"]))).toBeUndefined();
  });

  test("the function file registers every ribbon function", () => {
    expect([...registeredFunctions(COMMAND_SOURCES)].sort()).toEqual(["clearMarks", "rankUnits", "standardizeActiveSheet", "validateActiveSheet"]);
  });
});

describe("each check can fail", () => {
  const LONG_ID = "Validate.Label.ThisIdIsFarTooLong"; // 33 characters
  const cases: [string, () => string, string][] = [
    ["malformed XML", () => mutate(MANIFEST, "</Hosts>", "</Host>"), "xml: cannot parse"],
    ["root type", () => mutate(MANIFEST, 'xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"'), 'root: xsi:type is "ContentApp"'],
    [
      "bt namespace",
      () => mutate(MANIFEST, 'xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"', 'xmlns:bt="http://example.com/bt"'),
      "root: namespace xmlns:bt",
    ],
    [
      "VersionOverrides type",
      () => mutate(MANIFEST, 'xsi:type="VersionOverridesV1_0"', 'xsi:type="VersionOverridesV1_1"'),
      "VersionOverrides: xsi:type",
    ],
    [
      "top-level order",
      () => mutate(MANIFEST, /( {2}<Version>.*\n)( {2}<ProviderName>.*\n)/, "$2$1"),
      "order: <Version> must come before <ProviderName>",
    ],
    ["missing element", () => mutate(MANIFEST, / {2}<Permissions>.*\n/, ""), "order: <Permissions> is missing"],
    ["unknown element", () => mutate(MANIFEST, "  <Hosts>\n", "  <Hostz/>\n  <Hosts>\n"), "order: <Hostz> is not a valid child"],
    ["Id not a GUID", () => mutate(MANIFEST, "ff1bdeb4-bc88-420b-a1e9-ee10373b8a98", "ff1bdeb4-bc88-420b-a1e9"), "Id: "],
    ["Version not n.n.n.n", () => mutate(MANIFEST, "<Version>1.0.0.0</Version>", "<Version>1.0.0</Version>"), "Version: "],
    ["top-level host", () => mutate(MANIFEST, '<Host Name="Workbook"/>', '<Host Name="Document"/>'), "Hosts: top-level hosts are [Document]"],
    [
      "VersionOverrides host",
      () => mutate(MANIFEST, '<Host xsi:type="Workbook">', '<Host xsi:type="Document">'),
      "Hosts: VersionOverrides hosts are [Document]",
    ],
    [
      "permissions",
      () => mutate(MANIFEST, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteDocument</Permissions>"),
      'Permissions: "WriteDocument"',
    ],
    [
      "app domains",
      () => mutate(MANIFEST, "  <Hosts>\n", "  <AppDomains>\n    <AppDomain>https://example.com</AppDomain>\n  </AppDomains>\n  <Hosts>\n"),
      "AppDomains: the add-in declares no domains",
    ],
    ["default locale", () => mutate(MANIFEST, "<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"), "DefaultLocale: "],
    [
      "DisplayName without en-US override",
      () => mutate(MANIFEST, /\s*<Override Locale="en-US" Value="Luoshi Ledger"\/>/, ""),
      "DisplayName: needs exactly one en-US Override",
    ],
    [
      "string without en-US override",
      () => mutate(MANIFEST, /\s*<bt:Override Locale="en-US" Value="Clear Marks"\/>/, ""),
      "ShortStrings[ClearMarks.Label]: needs exactly one en-US Override",
    ],
    [
      "label not in Chinese",
      () => mutate(MANIFEST, 'DefaultValue="一键校验"', 'DefaultValue="Validate"'),
      "ShortStrings[Validate.Label]: DefaultValue \"Validate\" is not Chinese",
    ],
    [
      "short string too long",
      () => mutate(MANIFEST, 'DefaultValue="一键校验"', `DefaultValue="${"校".repeat(126)}"`),
      "ShortStrings[Validate.Label]: DefaultValue is 126 characters",
    ],
    [
      "unresolved resid",
      () => mutate(MANIFEST, '<Label resid="Validate.Label"/>', '<Label resid="Validate.Labl"/>'),
      'resid: "Validate.Labl" on <Label> resolves to nothing',
    ],
    [
      "resid of the wrong kind",
      () => mutate(MANIFEST, '<Label resid="Validate.Label"/>', '<Label resid="Validate.Tooltip"/>'),
      'resid: "Validate.Tooltip" on <Label> is a LongStrings entry, expected ShortStrings',
    ],
    [
      "icon resid pointing at a URL",
      () => mutate(MANIFEST, '<bt:Image size="80" resid="Icon.80x80"/>', '<bt:Image size="80" resid="Taskpane.Url"/>'),
      'resid: "Taskpane.Url" on <bt:Image> is a Urls entry, expected Images',
    ],
    [
      "resource id too long",
      () => mutate(MANIFEST, '"Validate.Label"', `"${LONG_ID}"`, true),
      `Resources: id "${LONG_ID}" is 33 characters, at most 32`,
    ],
    [
      "duplicate resource id",
      () => mutate(MANIFEST, '<bt:String id="ClearMarks.Label"', '<bt:String id="Validate.Label"'),
      'Resources: id "Validate.Label" is defined 2 times',
    ],
    [
      "unused resource",
      () => mutate(MANIFEST, "      </bt:ShortStrings>", '        <bt:String id="Spare" DefaultValue="备用"><bt:Override Locale="en-US" Value="Spare"/></bt:String>\n      </bt:ShortStrings>'),
      "Resources: ShortStrings[Spare] is never used",
    ],
    ["duplicate control id", () => mutate(MANIFEST, 'id="ClearMarksButton"', 'id="ValidateButton"'), 'ids: "ValidateButton" is used by 2'],
    ["control id too long", () => mutate(MANIFEST, 'id="ClearMarksButton"', `id="${"C".repeat(126)}"`), "is 126 characters, at most 125"],
    [
      "group without an 80px icon",
      () => mutate(MANIFEST, /(<Group id="LuoshiGroup">[\s\S]*?)\s*<bt:Image size="80" resid="Icon.80x80"\/>/, "$1"),
      "icons: Group[LuoshiGroup] has no 80px image",
    ],
    [
      "button parts out of order",
      () => mutate(MANIFEST, /(<Control xsi:type="Button" id="ClearMarksButton">\s*)(<Label resid="ClearMarks.Label"\/>\s*)(<Supertip>[\s\S]*?<\/Supertip>\s*)/, "$1$3$2"),
      "Control[ClearMarksButton]: <Label> is out of order",
    ],
    [
      "tab label before its groups",
      () => mutate(MANIFEST, /(<CustomTab id="LuoshiTab">)([\s\S]*?<\/Group>)(\s*<Label resid="Tab.Label"\/>)/, "$1$3$2"),
      "CustomTab[LuoshiTab]: <Group> is out of order",
    ],
    [
      "http URL",
      () => mutate(MANIFEST, '"https://localhost:3000/commands.html"', '"http://localhost:3000/commands.html"'),
      'https: Urls[Commands.Url] is "http://localhost:3000/commands.html"',
    ],
    [
      "http URL in an override",
      () =>
        mutate(
          MANIFEST,
          '<SupportUrl DefaultValue="https://localhost:3000/help.html"/>',
          '<SupportUrl DefaultValue="https://localhost:3000/help.html"><Override Locale="en-US" Value="http://example.com/help"/></SupportUrl>',
        ),
      'https: Override @Value is "http://example.com/help"',
    ],
    [
      "relative icon URL",
      () => mutate(MANIFEST, '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="assets/icon-32.png"/>'),
      'https: IconUrl is "assets/icon-32.png"',
    ],
    [
      "ribbon opens another page than the default",
      () => mutate(MANIFEST, 'id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"', 'id="Taskpane.Url" DefaultValue="https://localhost:3000/pane.html"'),
      'taskpane: ShowTaskpane opens "https://localhost:3000/pane.html"',
    ],
    [
      "ribbon opens the pane on a section it does not know",
      () => mutate(MANIFEST, "taskpane.html?section=letters", "taskpane.html?section=mail"),
      'taskpane: ShowTaskpane opens "https://localhost:3000/taskpane.html?section=mail"',
    ],
    [
      "ribbon opens a second pane",
      () => mutate(MANIFEST, /<TaskpaneId>ButtonId1<\/TaskpaneId>(\s*<SourceLocation resid="Letters.Url"\/>)/, "<TaskpaneId>LettersPane</TaskpaneId>$1"),
      'taskpane: the ribbon opens 2 panes (TaskpaneId "ButtonId1", "LettersPane")',
    ],
    [
      "function not registered",
      () => mutate(MANIFEST, "<FunctionName>clearMarks</FunctionName>", "<FunctionName>clearAll</FunctionName>"),
      'functions: "clearAll" is not registered',
    ],
    [
      "no function file",
      () => mutate(MANIFEST, /\s*<FunctionFile resid="Commands.Url"\/>/, ""),
      "functions: ExecuteFunction buttons need a <FunctionFile>",
    ],
    [
      "icon file missing",
      () => mutate(MANIFEST, '"https://localhost:3000/assets/icon-80.png"', '"https://localhost:3000/assets/icon-81.png"'),
      'icon files: Images[Icon.80x80] (size 80) points at "https://localhost:3000/assets/icon-81.png", which is not an image',
    ],
    [
      "icon file of the wrong size",
      () => mutate(MANIFEST, '"https://localhost:3000/assets/icon-80.png"', '"https://localhost:3000/assets/icon-64.png"'),
      "icon files: Images[Icon.80x80] (size 80) \"https://localhost:3000/assets/icon-64.png\" is 64×64, expected 80×80",
    ],
    [
      "high-resolution icon of the wrong size",
      () => mutate(MANIFEST, '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>'),
      "is 128×128, expected 64×64",
    ],
  ];

  test.each(cases)("%s", (_name, broken, problem) => {
    expect(checkManifest(broken(), CTX)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });

  test("a function registered only in other sources is not enough", () => {
    const ctx: CheckContext = { ...CTX, commandSources: ['Office.actions.associate("clearMarks", f);'] };
    expect(checkManifest(MANIFEST, ctx)).toContain(
      'functions: "validateActiveSheet" is not registered with Office.actions.associate("validateActiveSheet", …) in src/commands',
    );
  });
});

describe("icons", () => {
  test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a square PNG of that size", (size) => {
    const file = path.join(ROOT, "assets", `icon-${size}.png`);
    expect(fs.existsSync(file)).toBe(true);
    expect(pngSize(fs.readFileSync(file))).toEqual({ width: size, height: size });
  });

  test("pngSize rejects what is not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a........................"))).toBeNull();
    expect(pngSize(new Uint8Array(8))).toBeNull();
  });
});

describe("production manifest", () => {
  const prod = toProductionManifest(MANIFEST, PROD);

  test("has no localhost and still passes every check", () => {
    expect(checkNoLocalhost(prod)).toEqual([]);
    expect(prod).toContain(`${PROD}taskpane.html`);
    const ctx: CheckContext = { commandSources: COMMAND_SOURCES, imageSize: imageSizeUnder(PROD) };
    expect(checkManifest(prod, ctx)).toEqual([]);
  });

  test("changes only the URLs", () => {
    expect(prod.split(PROD).join(DEV_BASE)).toBe(MANIFEST);
  });

  test("the development manifest is flagged by the localhost check", () => {
    expect(checkNoLocalhost(MANIFEST)).toHaveLength(MANIFEST.split("\n").filter((line) => line.includes("https://localhost:3000/")).length);
    expect(checkNoLocalhost(MANIFEST).length).toBeGreaterThanOrEqual(10);
  });

  test.each([
    ["http://oa.example.gov.cn/luoshi/", "must use https"],
    ["https://oa.example.gov.cn/luoshi", 'must end with "/"'],
    ["https://oa.example.gov.cn/luoshi/?v=1/", "query"],
    ["https://localhost:8443/", "loopback"],
    ["https://oa.example.gov.cn/a&b/", "contains"],
    ["oa.example.gov.cn/luoshi/", "not an absolute URL"],
    ["", "empty"],
  ])("rejects the base URL %p", (url, why) => {
    expect(() => checkProductionBaseUrl(url)).toThrow(why);
    expect(() => toProductionManifest(MANIFEST, url)).toThrow(why);
  });

  test("refuses to leave a localhost URL that is not in the swappable form", () => {
    const odd = mutate(MANIFEST, '"https://localhost:3000/help.html"/>\n  <Hosts>', '"https://localhost:3001/help.html"/>\n  <Hosts>');
    expect(() => toProductionManifest(odd, PROD)).toThrow("still mentions localhost");
  });
});
