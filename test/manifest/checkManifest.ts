/**
 * An offline structural check of an Office XML add-in manifest (Excel task pane with ribbon
 * commands). `office-addin-manifest validate` posts the file to an online service and its
 * offline `info` reads only top-level fields, so this is our own: each check is a function that
 * returns a list of problems (empty = fine), so a test can feed it broken variants and see it fail.
 *
 * What is checked (docs: xml-manifest-overview, create-addin-commands, manifest-element-ordering,
 * the reference pages of each element): root type and namespaces, top-level element order, Id,
 * Version, hosts, permissions, no AppDomains, zh-CN strings with en-US overrides, every resid
 * resolving to the right kind of resource, id lengths and uniqueness, https everywhere, the
 * ribbon's task pane URL (one pane, the default page, perhaps on a section), ExecuteFunction names registered in code, icon sizes.
 */
import { Parser } from "xml2js";
import { PANE_SECTIONS, SECTION_PARAM } from "../../src/taskpane/host/section";

/** A manifest element: name as written (with prefix), attributes, trimmed text, children in order. */
export interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

/** What the checks need from outside the manifest. */
export interface CheckContext {
  /** Source texts of the function file's modules (src/commands/*.ts). */
  commandSources: string[];
  /** Pixel size of the image a manifest URL points at, or null when there is no such file. */
  imageSize(url: string): { width: number; height: number } | null;
}

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
} as const;

/** OfficeApp's children for a TaskPaneApp, in schema order (base type, then the extension). */
export const TOP_LEVEL_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
] as const;

const REQUIRED_TOP_LEVEL = [
  "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "Hosts", "DefaultSettings", "Permissions", "VersionOverrides",
];

export const MAX_RESID = 32;
export const MAX_CONTROL_ID = 125;
export const MAX_SHORT_STRING = 125;
export const MAX_LONG_STRING = 250;
const HAN = /\p{Script=Han}/u;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^(0|[1-9]\d{0,4})(\.(0|[1-9]\d{0,4})){3}$/;
const ICON_SIZES = ["16", "32", "80"];

// ---- parsing and tree helpers -------------------------------------------------------------

interface RawNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: RawNode[];
}

function toEl(raw: RawNode): El {
  return {
    name: raw["#name"],
    attrs: { ...(raw.$ ?? {}) },
    text: (raw._ ?? "").trim(),
    children: (raw.$$ ?? []).map(toEl),
  };
}

/** Parse manifest XML into an ordered tree. Throws on malformed XML. */
export function parseManifest(xml: string): El {
  const parser = new Parser({ explicitChildren: true, preserveChildrenOrder: true, explicitArray: true });
  let result: Record<string, RawNode> | undefined;
  let error: Error | null = null;
  // xml2js calls back synchronously for a string (async: false, the default).
  parser.parseString(xml, (err: Error | null, res: Record<string, RawNode>) => {
    error = err;
    result = res;
  });
  if (error) throw error;
  if (!result) throw new Error("the XML parser returned nothing");
  const rootName = Object.keys(result)[0];
  return toEl(result[rootName]);
}

/** Children with one of these names. */
export function kids(el: El | undefined, ...names: string[]): El[] {
  return el ? el.children.filter((c) => names.includes(c.name)) : [];
}

export function kid(el: El | undefined, name: string): El | undefined {
  return kids(el, name)[0];
}

/** Every element below `el` (depth first, document order), `el` excluded. */
export function descendants(el: El): El[] {
  const out: El[] = [];
  const walk = (e: El) => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

function at(el: El): string {
  const id = el.attrs.id ?? el.attrs.resid;
  return id ? `${el.name}[${id}]` : el.name;
}

// ---- resources ----------------------------------------------------------------------------

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

export interface Resource {
  kind: ResourceKind;
  id: string;
  value: string;
  el: El;
}

const KIND_CONTAINERS: Record<ResourceKind, [string, string]> = {
  Images: ["bt:Images", "bt:Image"],
  Urls: ["bt:Urls", "bt:Url"],
  ShortStrings: ["bt:ShortStrings", "bt:String"],
  LongStrings: ["bt:LongStrings", "bt:String"],
};

export function versionOverrides(root: El): El | undefined {
  return kid(root, "VersionOverrides");
}

export function resources(root: El): Resource[] {
  const res = kid(versionOverrides(root), "Resources");
  const out: Resource[] = [];
  for (const kind of Object.keys(KIND_CONTAINERS) as ResourceKind[]) {
    const [container, item] = KIND_CONTAINERS[kind];
    for (const c of kids(res, container)) {
      for (const r of kids(c, item)) out.push({ kind, id: r.attrs.id ?? "", value: r.attrs.DefaultValue ?? "", el: r });
    }
  }
  return out;
}

/** The kind of resource an element's resid must name. */
export function expectedKind(el: El): ResourceKind | null {
  switch (el.name) {
    case "bt:Image":
      return "Images";
    case "SourceLocation":
    case "FunctionFile":
    case "LearnMoreUrl":
      return "Urls";
    case "Label":
    case "Title":
      return "ShortStrings";
    case "Description":
      return "LongStrings";
    default:
      return null;
  }
}

/** The elements of VersionOverrides (outside Resources) that carry a resid. */
function residUsers(root: El): El[] {
  const vo = versionOverrides(root);
  if (!vo) return [];
  return kids(vo, "Hosts").flatMap((h) => descendants(h)).filter((e) => e.attrs.resid !== undefined);
}

function urlOf(root: El, resid: string | undefined): string | undefined {
  return resources(root).find((r) => r.kind === "Urls" && r.id === resid)?.value;
}

// ---- the checks ---------------------------------------------------------------------------

export type Check = (root: El, ctx: CheckContext) => string[];

/** Root element, its type and namespaces; the VersionOverrides type and namespace. */
export const checkRoot: Check = (root) => {
  const p: string[] = [];
  if (root.name !== "OfficeApp") p.push(`root: the root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs["xsi:type"] !== "TaskPaneApp") p.push(`root: xsi:type is "${root.attrs["xsi:type"] ?? ""}", expected "TaskPaneApp"`);
  const want: [string, string][] = [["xmlns", NS.app], ["xmlns:xsi", NS.xsi], ["xmlns:bt", NS.bt], ["xmlns:ov", NS.ov]];
  for (const [attr, uri] of want) {
    if (root.attrs[attr] !== uri) p.push(`root: namespace ${attr} is "${root.attrs[attr] ?? ""}", expected "${uri}"`);
  }
  const vo = versionOverrides(root);
  if (vo) {
    if (vo.attrs.xmlns !== NS.ov) p.push(`VersionOverrides: namespace is "${vo.attrs.xmlns ?? ""}", expected "${NS.ov}"`);
    if (vo.attrs["xsi:type"] !== "VersionOverridesV1_0") p.push(`VersionOverrides: xsi:type is "${vo.attrs["xsi:type"] ?? ""}", expected "VersionOverridesV1_0"`);
  }
  return p;
};

/** OfficeApp's children: known, each at most once, in schema order, the required ones present. */
export const checkTopLevelOrder: Check = (root) => {
  const p: string[] = [];
  const order: readonly string[] = TOP_LEVEL_ORDER;
  let last = -1;
  let lastName = "";
  const seen = new Set<string>();
  for (const c of root.children) {
    const i = order.indexOf(c.name);
    if (i < 0) {
      p.push(`order: <${c.name}> is not a valid child of <OfficeApp>`);
      continue;
    }
    if (seen.has(c.name)) p.push(`order: <${c.name}> appears more than once`);
    seen.add(c.name);
    if (i < last) p.push(`order: <${c.name}> must come before <${lastName}>`);
    else {
      last = i;
      lastName = c.name;
    }
  }
  for (const name of REQUIRED_TOP_LEVEL) if (!seen.has(name)) p.push(`order: <${name}> is missing`);
  return p;
};

/** Id is a GUID, Version is n.n.n.n, a provider is named. */
export const checkIdentity: Check = (root) => {
  const p: string[] = [];
  const id = kid(root, "Id")?.text ?? "";
  if (!GUID.test(id)) p.push(`Id: "${id}" is not a GUID`);
  const version = kid(root, "Version")?.text ?? "";
  if (!VERSION.test(version)) p.push(`Version: "${version}" is not of the form n.n.n.n`);
  if (!(kid(root, "ProviderName")?.text ?? "")) p.push("ProviderName: empty");
  return p;
};

/** Workbook is the one host, in the top-level Hosts and in VersionOverrides. */
export const checkHosts: Check = (root) => {
  const p: string[] = [];
  const top = kids(kid(root, "Hosts"), "Host").map((h) => h.attrs.Name ?? "");
  if (top.length !== 1 || top[0] !== "Workbook") p.push(`Hosts: top-level hosts are [${top.join(", ")}], expected [Workbook]`);
  const vo = kids(kid(versionOverrides(root), "Hosts"), "Host").map((h) => h.attrs["xsi:type"] ?? "");
  if (vo.length !== 1 || vo[0] !== "Workbook") p.push(`Hosts: VersionOverrides hosts are [${vo.join(", ")}], expected [Workbook]`);
  return p;
};

/** Least privilege that still lets us write result sheets. */
export const checkPermissions: Check = (root) => {
  const perm = kid(root, "Permissions")?.text ?? "";
  return perm === "ReadWriteDocument" ? [] : [`Permissions: "${perm}", expected "ReadWriteDocument"`];
};

/** No other domain may be navigated to inside the add-in's windows. */
export const checkAppDomains: Check = (root) =>
  kids(kid(root, "AppDomains"), "AppDomain").map((d) => `AppDomains: the add-in declares no domains, found "${d.text}"`);

function checkLocalized(label: string, el: El, defaultAttr: string, overrideName: string, max: number): string[] {
  const p: string[] = [];
  const value = el.attrs[defaultAttr] ?? "";
  if (!value) p.push(`${label}: empty DefaultValue`);
  else if (!HAN.test(value)) p.push(`${label}: DefaultValue "${value}" is not Chinese (DefaultLocale is zh-CN)`);
  if (value.length > max) p.push(`${label}: DefaultValue is ${value.length} characters, at most ${max}`);
  const overrides = kids(el, overrideName).filter((o) => o.attrs.Locale === "en-US");
  if (overrides.length !== 1) p.push(`${label}: needs exactly one en-US Override, found ${overrides.length}`);
  for (const o of overrides) {
    const v = o.attrs.Value ?? "";
    if (!v) p.push(`${label}: the en-US Override is empty`);
    if (v.length > max) p.push(`${label}: the en-US Override is ${v.length} characters, at most ${max}`);
  }
  return p;
}

/** zh-CN by default; every display name, description and string has an en-US override. */
export const checkLocalization: Check = (root) => {
  const p: string[] = [];
  const locale = kid(root, "DefaultLocale")?.text ?? "";
  if (locale !== "zh-CN") p.push(`DefaultLocale: "${locale}", expected "zh-CN"`);
  const dn = kid(root, "DisplayName");
  if (dn) p.push(...checkLocalized("DisplayName", dn, "DefaultValue", "Override", MAX_SHORT_STRING));
  const desc = kid(root, "Description");
  if (desc) p.push(...checkLocalized("Description", desc, "DefaultValue", "Override", MAX_LONG_STRING));
  for (const r of resources(root)) {
    if (r.kind === "ShortStrings") p.push(...checkLocalized(`ShortStrings[${r.id}]`, r.el, "DefaultValue", "bt:Override", MAX_SHORT_STRING));
    if (r.kind === "LongStrings") p.push(...checkLocalized(`LongStrings[${r.id}]`, r.el, "DefaultValue", "bt:Override", MAX_LONG_STRING));
  }
  return p;
};

/** Resource ids: short, unique, with a value; every resid resolves to the right kind; none unused. */
export const checkResources: Check = (root) => {
  const p: string[] = [];
  const all = resources(root);
  const byId = new Map<string, Resource[]>();
  for (const r of all) {
    if (!r.id) p.push(`Resources: a ${r.kind} entry has no id`);
    if (r.id.length > MAX_RESID) p.push(`Resources: id "${r.id}" is ${r.id.length} characters, at most ${MAX_RESID}`);
    if (!r.value) p.push(`Resources: ${r.kind}[${r.id}] has no DefaultValue`);
    byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  }
  for (const [id, rs] of byId) if (rs.length > 1) p.push(`Resources: id "${id}" is defined ${rs.length} times`);
  const used = new Set<string>();
  for (const el of residUsers(root)) {
    const resid = el.attrs.resid;
    used.add(resid);
    if (resid.length > MAX_RESID) p.push(`resid: "${resid}" on ${el.name} is ${resid.length} characters, at most ${MAX_RESID}`);
    const kind = expectedKind(el);
    if (!kind) {
      p.push(`resid: <${el.name} resid="${resid}"> is not an element that takes a resid`);
      continue;
    }
    const found = byId.get(resid) ?? [];
    if (found.length === 0) p.push(`resid: "${resid}" on <${el.name}> resolves to nothing (expected a ${kind} entry)`);
    else if (!found.some((r) => r.kind === kind)) {
      p.push(`resid: "${resid}" on <${el.name}> is a ${found[0].kind} entry, expected ${kind}`);
    }
  }
  for (const r of all) if (r.id && !used.has(r.id)) p.push(`Resources: ${r.kind}[${r.id}] is never used`);
  return p;
};

/** Tab, group and control ids: present, short enough, unique; one custom tab at most. */
export const checkIds: Check = (root) => {
  const p: string[] = [];
  const vo = versionOverrides(root);
  if (!vo) return p;
  const owners = descendants(vo).filter((e) => ["CustomTab", "Group", "Control"].includes(e.name));
  const seen = new Map<string, number>();
  for (const e of owners) {
    const id = e.attrs.id ?? "";
    if (!id) p.push(`ids: a <${e.name}> has no id`);
    if (id.length > MAX_CONTROL_ID) p.push(`ids: ${e.name} id "${id}" is ${id.length} characters, at most ${MAX_CONTROL_ID}`);
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  for (const [id, n] of seen) if (id && n > 1) p.push(`ids: "${id}" is used by ${n} tabs/groups/controls`);
  const tabs = owners.filter((e) => e.name === "CustomTab");
  if (tabs.length > 1) p.push(`ids: ${tabs.length} custom tabs, an add-in may have one`);
  return p;
};

function childOrder(el: El, order: string[], label: string): string[] {
  const p: string[] = [];
  let last = -1;
  for (const c of el.children) {
    const i = order.indexOf(c.name);
    if (i < 0) continue;
    if (i < last) p.push(`${label}: <${c.name}> is out of order (expected ${order.join(", ")})`);
    last = Math.max(last, i);
  }
  return p;
}

/** The ribbon: each group and button has what it needs, in order, with 16/32/80 icons. */
export const checkRibbon: Check = (root) => {
  const p: string[] = [];
  const vo = versionOverrides(root);
  if (!vo) return ["ribbon: no <VersionOverrides>"];
  const all = descendants(vo);
  const dff = all.filter((e) => e.name === "DesktopFormFactor");
  if (dff.length === 0) p.push("ribbon: no <DesktopFormFactor>");
  for (const d of dff) p.push(...childOrder(d, ["GetStarted", "FunctionFile", "ExtensionPoint"], "DesktopFormFactor"));
  for (const tab of all.filter((e) => e.name === "CustomTab")) {
    p.push(...childOrder(tab, ["Group", "Label"], `CustomTab[${tab.attrs.id}]`));
    if (!kid(tab, "Label")) p.push(`CustomTab[${tab.attrs.id}]: no <Label>`);
    if (kids(tab, "Group").length === 0) p.push(`CustomTab[${tab.attrs.id}]: no <Group>`);
  }
  for (const g of all.filter((e) => e.name === "Group")) {
    p.push(...childOrder(g, ["Label", "Icon", "Control"], `Group[${g.attrs.id}]`));
    for (const need of ["Label", "Icon"]) if (!kid(g, need)) p.push(`Group[${g.attrs.id}]: no <${need}>`);
    if (kids(g, "Control").length === 0) p.push(`Group[${g.attrs.id}]: no <Control>`);
  }
  for (const c of all.filter((e) => e.name === "Control")) {
    if (c.attrs["xsi:type"] !== "Button") continue;
    p.push(...childOrder(c, ["Label", "Supertip", "Icon", "Action"], `Control[${c.attrs.id}]`));
    for (const need of ["Label", "Supertip", "Icon", "Action"]) if (!kid(c, need)) p.push(`Control[${c.attrs.id}]: no <${need}>`);
    const tip = kid(c, "Supertip");
    if (tip && (!kid(tip, "Title") || !kid(tip, "Description"))) p.push(`Control[${c.attrs.id}]: <Supertip> needs <Title> and <Description>`);
  }
  for (const icon of all.filter((e) => e.name === "Icon")) {
    const owner = all.find((e) => e.children.includes(icon));
    const sizes = kids(icon, "bt:Image").map((i) => i.attrs.size ?? "");
    for (const s of ICON_SIZES) if (!sizes.includes(s)) p.push(`icons: ${owner ? at(owner) : "Icon"} has no ${s}px image`);
    const dup = sizes.filter((s, i) => sizes.indexOf(s) !== i);
    for (const s of new Set(dup)) p.push(`icons: ${owner ? at(owner) : "Icon"} lists the ${s}px image twice`);
  }
  for (const a of all.filter((e) => e.name === "Action")) {
    const type = a.attrs["xsi:type"];
    if (type === "ShowTaskpane") p.push(...childOrder(a, ["TaskpaneId", "SourceLocation", "Title"], "Action[ShowTaskpane]"));
    else if (type !== "ExecuteFunction") p.push(`ribbon: unknown action type "${type ?? ""}"`);
  }
  return p;
};

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every URL in the manifest is absolute https (namespace names excepted). */
export const checkHttps: Check = (root) => {
  const p: string[] = [];
  const reported = new Set<string>();
  const check = (where: string, value: string) => {
    if (value.trim() && !/^https:\/\//.test(value.trim())) {
      p.push(`https: ${where} is "${value}", expected an absolute https URL`);
      reported.add(value);
    }
  };
  for (const name of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    const el = kid(root, name);
    if (el) check(name, el.attrs.DefaultValue ?? "");
  }
  for (const sl of kids(kid(root, "DefaultSettings"), "SourceLocation")) check("DefaultSettings/SourceLocation", sl.attrs.DefaultValue ?? "");
  for (const r of resources(root)) if (r.kind === "Urls" || r.kind === "Images") check(`${r.kind}[${r.id}]`, r.value);
  // Anything else that looks like a URL, anywhere (overrides, app domains, future elements).
  const all = [root, ...descendants(root)];
  for (const e of all) {
    for (const [k, v] of Object.entries(e.attrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue;
      if (reported.has(v)) continue;
      if (SCHEME.test(v.trim()) && !/^https:\/\//.test(v.trim())) p.push(`https: ${at(e)} @${k} is "${v}", expected https`);
    }
    if (SCHEME.test(e.text) && !/^https:\/\//.test(e.text)) p.push(`https: ${at(e)} is "${e.text}", expected https`);
  }
  return p;
};

/**
 * The ribbon's ShowTaskpane opens the same page as the add-in's default source location, in the
 * one pane (its TaskpaneId); a button may open it on a section the pane knows (`?section=letters`).
 */
export const checkTaskpaneUrl: Check = (root) => {
  const p: string[] = [];
  const want = kid(kid(root, "DefaultSettings"), "SourceLocation")?.attrs.DefaultValue;
  if (!want) return ["taskpane: no DefaultSettings/SourceLocation"];
  const vo = versionOverrides(root);
  const actions = vo ? descendants(vo).filter((e) => e.name === "Action" && e.attrs["xsi:type"] === "ShowTaskpane") : [];
  if (actions.length === 0) p.push("taskpane: no ribbon button opens the task pane");
  const panes = new Set(actions.map((a) => kid(a, "TaskpaneId")?.text ?? ""));
  if (panes.size > 1) p.push(`taskpane: the ribbon opens ${panes.size} panes (TaskpaneId ${[...panes].map((t) => `"${t}"`).join(", ")}), expected one`);
  for (const a of actions) {
    const resid = kid(a, "SourceLocation")?.attrs.resid;
    const got = urlOf(root, resid);
    const [page, query] = (got ?? "").split("?");
    const section = query === undefined ? undefined : new RegExp(`^${SECTION_PARAM}=([a-z]+)$`).exec(query)?.[1];
    if (page !== want || (query !== undefined && !PANE_SECTIONS.some((s) => s === section))) {
      p.push(`taskpane: ShowTaskpane opens "${got ?? resid ?? ""}", DefaultSettings/SourceLocation is "${want}" (a section: ?${SECTION_PARAM}=${PANE_SECTIONS.join("|")})`);
    }
  }
  return p;
};

/** Names registered with `Office.actions.associate("name", …)` in the given sources. */
export function registeredFunctions(sources: string[]): Set<string> {
  const out = new Set<string>();
  const re = /Office\.actions\.associate\(\s*(["'`])([^"'`]+)\1/g;
  for (const s of sources) for (const m of s.matchAll(re)) out.add(m[2]);
  return out;
}

/** Every ExecuteFunction names a function the function file registers; a FunctionFile exists. */
export const checkFunctions: Check = (root, ctx) => {
  const p: string[] = [];
  const vo = versionOverrides(root);
  if (!vo) return p;
  const all = descendants(vo);
  const actions = all.filter((e) => e.name === "Action" && e.attrs["xsi:type"] === "ExecuteFunction");
  const registered = registeredFunctions(ctx.commandSources);
  for (const a of actions) {
    const name = kid(a, "FunctionName")?.text ?? "";
    if (!name) p.push("functions: an ExecuteFunction action has no <FunctionName>");
    else if (!registered.has(name)) p.push(`functions: "${name}" is not registered with Office.actions.associate("${name}", …) in src/commands`);
  }
  if (actions.length > 0) {
    for (const d of all.filter((e) => e.name === "DesktopFormFactor")) {
      if (!kid(d, "FunctionFile")) p.push("functions: ExecuteFunction buttons need a <FunctionFile> in DesktopFormFactor");
    }
  }
  return p;
};

/** Icon files exist and have the pixel size the manifest says. */
export const checkIconFiles: Check = (root, ctx) => {
  const p: string[] = [];
  const expect = (where: string, url: string | undefined, size: number) => {
    if (!url) return;
    const got = ctx.imageSize(url);
    if (!got) p.push(`icon files: ${where} points at "${url}", which is not an image in the project`);
    else if (got.width !== size || got.height !== size) {
      p.push(`icon files: ${where} "${url}" is ${got.width}×${got.height}, expected ${size}×${size}`);
    }
  };
  expect("IconUrl", kid(root, "IconUrl")?.attrs.DefaultValue, 32);
  expect("HighResolutionIconUrl", kid(root, "HighResolutionIconUrl")?.attrs.DefaultValue, 64);
  const images = resources(root).filter((r) => r.kind === "Images");
  const vo = versionOverrides(root);
  const uses = vo ? descendants(vo).filter((e) => e.name === "bt:Image" && e.attrs.resid !== undefined && e.attrs.size !== undefined) : [];
  const checked = new Set<string>();
  for (const u of uses) {
    const img = images.find((r) => r.id === u.attrs.resid);
    const key = `${u.attrs.resid}@${u.attrs.size}`;
    if (!img || checked.has(key)) continue;
    checked.add(key);
    expect(`Images[${img.id}] (size ${u.attrs.size})`, img.value, Number(u.attrs.size));
  }
  return p;
};

/** All the checks, in report order. */
export const CHECKS: Record<string, Check> = {
  root: checkRoot,
  order: checkTopLevelOrder,
  identity: checkIdentity,
  hosts: checkHosts,
  permissions: checkPermissions,
  appDomains: checkAppDomains,
  localization: checkLocalization,
  resources: checkResources,
  ids: checkIds,
  ribbon: checkRibbon,
  https: checkHttps,
  taskpane: checkTaskpaneUrl,
  functions: checkFunctions,
  iconFiles: checkIconFiles,
};

/** Every problem in a manifest text (a parse failure is one problem). */
export function checkManifest(xml: string, ctx: CheckContext): string[] {
  let root: El;
  try {
    root = parseManifest(xml);
  } catch (e) {
    return [`xml: cannot parse the manifest: ${(e as Error).message.split("\n")[0]}`];
  }
  return Object.values(CHECKS).flatMap((check) => check(root, ctx));
}

/** A production manifest must not point at the development server. */
export function checkNoLocalhost(xml: string): string[] {
  return xml
    .split("\n")
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => /localhost|127\.0\.0\.1/i.test(line))
    .map(([line, n]) => `production: line ${n} still points at the development server: ${line.trim()}`);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const type = String.fromCharCode(bytes[12], bytes[13], bytes[14], bytes[15]);
  if (type !== "IHDR") return null;
  const u32 = (o: number) => ((bytes[o] << 24) | (bytes[o + 1] << 16) | (bytes[o + 2] << 8) | bytes[o + 3]) >>> 0;
  return { width: u32(16), height: u32(20) };
}
