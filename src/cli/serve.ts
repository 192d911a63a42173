/**
 * `luoshi serve [--port 3000] [--host 地址] [--https --cert C --key K] [--dir 文件夹]`: the
 * packaged pages from this machine, for an office with a LAN and no web server of its own
 * (docs/安装指南.md). Node's http/https only; no development tooling.
 *
 * What is served: the folder `npm run package` writes (`package/` of this project, or `--dir`).
 * `/` is the single-file browser edition (落实台账助手（浏览器版）.html), or the folder's
 * index.html; without either (nothing packaged yet) the project's `dist/` build is served at `/`.
 * `/addin/` is the folder's `addin/` (the add-in's pages and manifest.xml). No directory listing
 * (a folder gives its index.html or 404), no hidden files, nothing outside the folders.
 *
 * Where: 127.0.0.1 unless `--host` names another address (then a sentence says the LAN can reach
 * the pages). Only `--host` widens it: an address written elsewhere (`--port 0.0.0.0:3000`, a
 * positional argument) is refused, and no environment variable is read. Ctrl+C stops it.
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from "fs";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "http";
import { createServer as createHttpsServer } from "https";
import { isIP, type AddressInfo } from "net";
import { networkInterfaces } from "os";
import { dirname, extname, join, resolve, sep } from "path";
import type { CliIo } from "./io";
import { UsageError } from "./commands";
import { say } from "../messages";

/** The single-file browser edition's name in package/ (scripts/package-single.js writes it). */
export const SINGLE_FILE = "落实台账助手（浏览器版）.html";
export const DEFAULT_PORT = 3000;
export const LOOPBACK = "127.0.0.1";
/** Where the add-in's pages are served. */
export const ADDIN_PATH = "/addin/";

export interface ServeCliOptions {
  port?: string;
  host?: string;
  https: boolean;
  cert?: string;
  key?: string;
  dir?: string;
}

/** The argument decision: where to listen, and whether the LAN can reach it. */
export interface ServePlan {
  host: string;
  port: number;
  /** True when the address is not a loopback one: the LAN (or more) can open the pages. */
  lan: boolean;
  /** The certificate and key files for https, or null for http. */
  tls: { cert: string; key: string } | null;
}

/** What is served from where. */
export interface Site {
  /** The folder for every path but /addin/… */
  root: string;
  /** The file served at `/` (a path inside `root`), or null: `/` then leads to /addin/ if there is one. */
  home: string | null;
  /** The add-in's folder, served under /addin/, or null. */
  addin: string | null;
}

const isLoopback = (host: string): boolean => host === "localhost" || host === "::1" || (isIP(host) === 4 && host.startsWith("127."));

/** Decide where to listen from the command's arguments; throws a UsageError naming what is wrong. */
export function servePlan(args: readonly string[], opts: ServeCliOptions): ServePlan {
  if (args.length) throw new UsageError(say("cli.serve.positional", { value: args[0] }));
  let port = DEFAULT_PORT;
  if (opts.port !== undefined) {
    if (opts.port.includes(":")) throw new UsageError(say("cli.serve.hostInPort", { value: opts.port }));
    if (!/^\d{1,5}$/.test(opts.port) || Number(opts.port) > 65535) throw new UsageError(say("cli.serve.port", { value: opts.port }));
    port = Number(opts.port);
  }
  let host = LOOPBACK;
  if (opts.host !== undefined) {
    if (opts.host !== "localhost" && isIP(opts.host) === 0) throw new UsageError(say("cli.serve.badHost", { value: opts.host }));
    host = opts.host;
  }
  if (!opts.https && (opts.cert !== undefined || opts.key !== undefined)) throw new UsageError(say("cli.serve.certWithoutHttps"));
  if (opts.https && (opts.cert === undefined || opts.key === undefined)) throw new UsageError(say("cli.serve.httpsFiles"));
  const tls = opts.https ? { cert: opts.cert as string, key: opts.key as string } : null;
  return { host, port, lan: !isLoopback(host), tls };
}

/** This project's folder: the nearest one above this module with a package.json (src/cli or lib/src/cli). */
export function projectRoot(from: string = __dirname): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, "package.json"))) {
    const up = dirname(dir);
    if (up === dir) return resolve(from);
    dir = up;
  }
  return dir;
}

const isDir = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
const isFile = (p: string): boolean => statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;

/**
 * What to serve from `dir` (package/): its single-file edition or index.html at `/`, its addin/
 * under /addin/. `fallback` (the project's dist/, only when no --dir was given) takes `/` when
 * `dir` has no page of its own. Null when there is nothing to serve.
 */
export function findSite(dir: string, fallback: string | null): Site | null {
  const addin = isDir(join(dir, "addin")) ? resolve(dir, "addin") : null;
  for (const root of [dir, ...(fallback ? [fallback] : [])]) {
    for (const page of [SINGLE_FILE, "index.html"]) {
      if (isFile(join(root, page))) return { root: resolve(root), home: resolve(root, page), addin };
    }
  }
  return addin ? { root: resolve(dir), home: null, addin } : null;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** The Content-Type of a file by its extension (application/octet-stream when unknown). */
export const contentType = (file: string): string => TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";

function reply(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(text + "\n", "utf8");
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": body.length, "X-Content-Type-Options": "nosniff", ...headers });
  res.end(res.req.method === "HEAD" ? undefined : body);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const size = statSync(file).size;
  res.writeHead(200, {
    "Content-Type": contentType(file),
    "Content-Length": size,
    // The pages change with each package: always ask again (the chunks' names carry a hash anyway).
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/** Whether `file` (resolved through links) lies inside `folder`. */
function inside(folder: string, file: string): boolean {
  let real: string;
  try {
    real = realpathSync(file);
  } catch {
    return false;
  }
  const base = realpathSync(folder);
  return real === base || real.startsWith(base + sep);
}

/** Answer one request from `site`: GET and HEAD of its files only. */
export function handle(site: Site, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return reply(res, 405, say("cli.serve.method"), { Allow: "GET, HEAD" });
  const raw = (req.url ?? "/").split(/[?#]/)[0];
  if (!raw.startsWith("/")) return reply(res, 400, say("cli.serve.forbidden"));
  let parts: string[];
  try {
    parts = raw.split("/").slice(1).map((s) => decodeURIComponent(s));
  } catch {
    return reply(res, 400, say("cli.serve.forbidden"));
  }
  // `..` and `.` (written or %-encoded), and a segment hiding a separator or NUL: refused outright.
  if (parts.some((s) => s === ".." || s === "." || /[/\\\0]/.test(s))) return reply(res, 403, say("cli.serve.forbidden"));
  const trailing = raw.endsWith("/");
  const names = parts.filter((s) => s !== "");
  if (names.some((s) => s.startsWith("."))) return reply(res, 404, say("cli.serve.notFound"));
  if (!names.length) {
    if (site.home) return sendFile(req, res, site.home);
    if (site.addin) return reply(res, 302, ADDIN_PATH, { Location: ADDIN_PATH });
    return reply(res, 404, say("cli.serve.notFound"));
  }
  const [base, rest] = names[0] === "addin" && site.addin ? [site.addin, names.slice(1)] : [site.root, names];
  let file = join(base, ...rest);
  if (!existsSync(file) || !inside(base, file)) return reply(res, 404, say("cli.serve.notFound"));
  if (isDir(file)) {
    if (!trailing) return reply(res, 301, `${raw}/`, { Location: `${raw}/` });
    file = join(file, "index.html");
    if (!isFile(file) || !inside(base, file)) return reply(res, 404, say("cli.serve.notFound"));
  }
  if (!isFile(file)) return reply(res, 404, say("cli.serve.notFound"));
  sendFile(req, res, file);
}

/** A running server and the port it got (the one asked for, or a free one for port 0). */
export interface Running {
  server: Server;
  port: number;
  close(): Promise<void>;
}

/** Listen on `host:port`; a port in use or an address not of this machine is a UsageError. */
export function startServer(site: Site, host: string, port: number, tls: { cert: Buffer; key: Buffer } | null): Promise<Running> {
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    try {
      handle(site, req, res);
    } catch {
      if (!res.headersSent) reply(res, 404, say("cli.serve.notFound"));
      else res.destroy();
    }
  };
  const server: Server = tls ? createHttpsServer({ cert: tls.cert, key: tls.key }, onRequest) : createHttpServer(onRequest);
  return new Promise<Running>((done, fail) => {
    server.once("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EADDRINUSE") fail(new UsageError(say("cli.serve.inUse", { port })));
      else fail(new UsageError(say("cli.serve.cannotListen", { host, port, detail: e.message })));
    });
    server.listen(port, host, () => {
      const close = () =>
        new Promise<void>((closed) => {
          server.close(() => closed());
          server.closeAllConnections();
        });
      done({ server, port: (server.address() as AddressInfo).port, close });
    });
  });
}

const hostInUrl = (host: string): string => (isIP(host) === 6 ? `[${host}]` : host);

/** The addresses others on the LAN can open: this machine's IPv4 addresses for 0.0.0.0 / ::, else the address itself. */
function lanHosts(host: string): string[] {
  if (host !== "0.0.0.0" && host !== "::") return [host];
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => a.family === "IPv4" && !a.internal)
    .map((a) => a.address);
}

/** The base URL the packaged add-in's manifest points at (its task pane's folder), or null. */
function manifestBase(addin: string): string | null {
  const file = join(addin, "manifest.xml");
  if (!isFile(file)) return null;
  const m = /<SourceLocation DefaultValue="([^"]*?)taskpane\.html"/.exec(readFileSync(file, "utf8"));
  return m ? m[1] : null;
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM. */
export function untilInterrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/**
 * Serve until `until(url)` resolves (Ctrl+C from the command line; a test's requests): says in
 * Chinese what to open, then stops. Exit 0; a refused option or a port in use throws a UsageError (exit 2).
 */
export async function runServe(io: CliIo, args: string[], opts: ServeCliOptions, until: (url: string) => Promise<void> = untilInterrupted): Promise<number> {
  const plan = servePlan(args, opts);
  const project = projectRoot();
  const dir = resolve(opts.dir ?? join(project, "package"));
  const site = findSite(dir, opts.dir === undefined ? join(project, "dist") : null);
  if (!site) throw new UsageError(say("cli.serve.nothing", { dir }));
  let tls: { cert: Buffer; key: Buffer } | null = null;
  if (plan.tls) {
    const read = (file: string): Buffer => {
      try {
        return readFileSync(file);
      } catch (e) {
        throw new UsageError(say("cli.serve.badCert", { file, detail: (e as Error).message }));
      }
    };
    tls = { cert: read(plan.tls.cert), key: read(plan.tls.key) };
  }
  let running: Running;
  try {
    running = await startServer(site, plan.host, plan.port, tls);
  } catch (e) {
    // A certificate and key that do not match or are not PEM fail here, before listening.
    if (e instanceof UsageError || !tls) throw e;
    throw new UsageError(say("cli.serve.badCert", { file: `${opts.cert}, ${opts.key}`, detail: (e as Error).message }));
  }
  const scheme = tls ? "https" : "http";
  const url = (host: string) => `${scheme}://${hostInUrl(host)}:${running.port}/`;
  const here = url(plan.host === "0.0.0.0" || plan.host === "::" ? LOOPBACK : plan.host);
  if (site.root !== dir) io.out(say("cli.serve.fromDist", { dist: site.root }) + "\n");
  io.out(say("cli.serve.open", { url: site.home ? here : `${here}addin/` }) + "\n");
  if (site.addin) {
    io.out(say("cli.serve.addin", { url: `${here}addin/`, manifest: `${here}addin/manifest.xml` }) + "\n");
    if (!tls) io.out(say("cli.serve.addinNeedsHttps") + "\n");
    const base = manifestBase(site.addin);
    const served = [plan.host, ...lanHosts(plan.host)].map((h) => `${url(h)}addin/`);
    if (tls && base && !served.includes(base)) io.out(say("cli.serve.manifestElsewhere", { base, port: running.port }) + "\n");
  }
  if (plan.lan) {
    io.out(say("cli.serve.lan", { host: plan.host }) + "\n");
    const others = lanHosts(plan.host).map(url);
    if (others.length) io.out(say("cli.serve.lanOpen", { urls: others.join("  ") }) + "\n");
  }
  io.out(say("cli.serve.stop") + "\n");
  try {
    await until(here);
  } finally {
    await running.close();
  }
  io.out(say("cli.serve.stopped") + "\n");
  return 0;
}
