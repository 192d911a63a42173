/**
 * `luoshi serve` (src/cli/serve.ts): where it listens (loopback unless --host says otherwise:
 * decided from the arguments, never by binding a LAN address here), and what it answers on a
 * free loopback port: the packaged pages with their content types, 404 for what is missing,
 * no directory listing, nothing outside the folder (`/../package.json` refused).
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { request, createServer, type IncomingHttpHeaders } from "http";
import { get as httpsGet } from "https";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { UsageError } from "../../src/cli/commands";
import { contentType, findSite, projectRoot, runServe, servePlan, SINGLE_FILE, type ServeCliOptions } from "../../src/cli/serve";
import { memoryIo } from "../fixtures/memoryIo";

const HTTP: ServeCliOptions = { https: false };
const ROOT = projectRoot(__dirname);

let tmp: string;
let pkg: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "luoshi-serve-"));
  pkg = join(tmp, "package");
  mkdirSync(join(pkg, "addin", "assets"), { recursive: true });
  writeFileSync(join(pkg, SINGLE_FILE), "<!doctype html><title>落实台账助手</title>单文件版");
  writeFileSync(join(pkg, "addin", "taskpane.html"), "<!doctype html><title>任务窗格</title>");
  writeFileSync(join(pkg, "addin", "index.html"), "<!doctype html><title>浏览器版</title>");
  writeFileSync(join(pkg, "addin", "taskpane.js"), "console.log(1);");
  writeFileSync(join(pkg, "addin", "manifest.xml"), '<OfficeApp><DefaultSettings><SourceLocation DefaultValue="https://oa.gx.gov/luoshi/taskpane.html"/></DefaultSettings></OfficeApp>');
  writeFileSync(join(pkg, "addin", "assets", "icon-16.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(pkg, ".secret"), "hidden");
  writeFileSync(join(tmp, "package.json"), '{"secret": "outside the served folder"}');
  symlinkSync(join(tmp, "package.json"), join(pkg, "addin", "link.json"));
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request with the path sent exactly as written (fetch would resolve `..` before sending). */
function ask(base: string, path: string, method = "GET"): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port: Number(port), path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("where it listens (the argument decision)", () => {
  test("by default: loopback, port 3000, http", () => {
    expect(servePlan([], HTTP)).toEqual({ host: "127.0.0.1", port: 3000, lan: false, tls: null });
  });

  test("a HOST variable in the environment does not widen it", () => {
    const before = process.env.HOST;
    process.env.HOST = "0.0.0.0";
    try {
      expect(servePlan([], HTTP)).toMatchObject({ host: "127.0.0.1", lan: false });
    } finally {
      if (before === undefined) delete process.env.HOST;
      else process.env.HOST = before;
    }
  });

  test.each([
    ["an address as an argument", ["0.0.0.0"], HTTP, "--host"],
    ["an address in --port", [], { ...HTTP, port: "0.0.0.0:3000" }, "--host"],
    ["a LAN address in --port", [], { ...HTTP, port: "192.168.1.5:8080" }, "--host"],
  ])("refuses a non-loopback address without --host: %s", (_name, args, opts, hint) => {
    expect(() => servePlan(args, opts)).toThrow(UsageError);
    expect(() => servePlan(args, opts)).toThrow(hint);
  });

  test("the command refuses it too, with a sentence and exit 2, before listening anywhere", async () => {
    const m = memoryIo();
    expect(await main(["serve", "0.0.0.0"], m.io)).toBe(2);
    expect(m.err()).toContain("--host 0.0.0.0");
    expect(m.out()).toBe("");
  });

  test("--host widens it only when asked, and says so", () => {
    expect(servePlan([], { ...HTTP, host: "0.0.0.0" })).toMatchObject({ host: "0.0.0.0", lan: true });
    expect(servePlan([], { ...HTTP, host: "192.168.1.5", port: "8080" })).toMatchObject({ host: "192.168.1.5", port: 8080, lan: true });
    for (const host of ["127.0.0.1", "localhost", "::1", "127.0.0.2"]) expect(servePlan([], { ...HTTP, host }).lan).toBe(false);
  });

  test.each([
    ["a host name that is not an address", { ...HTTP, host: "oa.gx.gov" }, "IP 地址"],
    ["a port out of range", { ...HTTP, port: "70000" }, "0 到 65535"],
    ["a port that is not a number", { ...HTTP, port: "三千" }, "0 到 65535"],
    ["--https without the files", { https: true, cert: "c.pem" }, "--key"],
    ["a certificate without --https", { ...HTTP, cert: "c.pem", key: "k.pem" }, "--https"],
  ])("refuses %s", (_name, opts, text) => {
    expect(() => servePlan([], opts)).toThrow(text);
  });

  test("https with both files", () => {
    expect(servePlan([], { https: true, cert: "c.pem", key: "k.pem", port: "8443" })).toEqual({
      host: "127.0.0.1", port: 8443, lan: false, tls: { cert: "c.pem", key: "k.pem" },
    });
  });

  test("a certificate that cannot be read: exit 2 with a sentence", async () => {
    const m = memoryIo();
    expect(await main(["serve", "--dir", pkg, "--port", "0", "--https", "--cert", join(tmp, "无.pem"), "--key", join(tmp, "无.key")], m.io)).toBe(2);
    expect(m.err()).toContain("读不出证书或私钥");
  });
});

describe("what it serves", () => {
  test("package/ (the single file at /), else the project's dist/, else nothing", () => {
    expect(findSite(pkg, null)).toEqual({ root: pkg, home: join(pkg, SINGLE_FILE), addin: join(pkg, "addin") });
    const bare = join(tmp, "bare");
    const dist = join(tmp, "dist");
    mkdirSync(join(bare, "addin"), { recursive: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, "index.html"), "<!doctype html>");
    expect(findSite(bare, dist)).toEqual({ root: dist, home: join(dist, "index.html"), addin: join(bare, "addin") });
    expect(findSite(bare, null)).toEqual({ root: bare, home: null, addin: join(bare, "addin") });
    expect(findSite(join(tmp, "none"), null)).toBeNull();
    expect(ROOT).toBe(join(__dirname, "..", ".."));
  });

  test("nothing packaged: exit 2, saying to run npm run package", async () => {
    const m = memoryIo();
    expect(await main(["serve", "--dir", join(tmp, "none"), "--port", "0"], m.io)).toBe(2);
    expect(m.err()).toContain("npm run package");
  });

  test.each([
    ["a.html", "text/html; charset=utf-8"],
    ["a.js", "text/javascript; charset=utf-8"],
    ["manifest.xml", "application/xml; charset=utf-8"],
    ["icon-16.PNG", "image/png"],
    ["sample-ledger.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["a.bin", "application/octet-stream"],
  ])("content type of %s", (file, type) => {
    expect(contentType(file)).toBe(type);
  });

  test("answers on loopback on a free port, with the right types, 404s, no listing and nothing outside the folder", async () => {
    const m = memoryIo();
    let answers: Record<string, Answer> = {};
    let base = "";
    const code = await runServe(m.io, [], { ...HTTP, port: "0", dir: pkg }, async (url) => {
      base = url;
      const paths: [string, string, string?][] = [
        ["home", "/"],
        ["head", "/", "HEAD"],
        ["post", "/", "POST"],
        ["pane", "/addin/taskpane.html"],
        ["script", "/addin/taskpane.js?v=1"],
        ["manifest", "/addin/manifest.xml"],
        ["icon", "/addin/assets/icon-16.png"],
        ["addinNoSlash", "/addin"],
        ["addinIndex", "/addin/"],
        ["listing", "/addin/assets/"],
        ["missing", "/nothing.html"],
        ["hidden", "/.secret"],
        ["up", "/../package.json"],
        ["upTwice", "/addin/../../package.json"],
        ["upEncoded", "/%2e%2e/package.json"],
        ["upSlashEncoded", "/addin/..%2f..%2fpackage.json"],
        ["backslash", "/..%5cpackage.json"],
        ["link", "/addin/link.json"],
        ["chinese", `/${encodeURIComponent(SINGLE_FILE)}`],
      ];
      answers = {};
      for (const [name, path, method] of paths) answers[name] = await ask(url, path, method);
    });
    expect(code).toBe(0);
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(base).not.toBe("http://127.0.0.1:0/");

    const single = readFileSync(join(pkg, SINGLE_FILE), "utf8");
    expect(answers.home).toMatchObject({ status: 200, body: single });
    expect(answers.home.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answers.home.headers["cache-control"]).toBe("no-cache");
    expect(answers.head).toMatchObject({ status: 200, body: "" });
    expect(answers.head.headers["content-length"]).toBe(String(Buffer.byteLength(single)));
    expect(answers.post.status).toBe(405);
    expect(answers.chinese).toMatchObject({ status: 200, body: single });
    expect(answers.pane.status).toBe(200);
    expect(answers.pane.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(answers.script).toMatchObject({ status: 200, body: "console.log(1);" });
    expect(answers.script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(answers.manifest.headers["content-type"]).toBe("application/xml; charset=utf-8");
    expect(answers.icon.headers["content-type"]).toBe("image/png");
    expect(answers.addinNoSlash.status).toBe(301);
    expect(answers.addinNoSlash.headers.location).toBe("/addin/");
    expect(answers.addinIndex.body).toContain("浏览器版");

    expect(answers.listing.status).toBe(404);
    expect(answers.listing.body).not.toContain("icon-16.png");
    expect(answers.missing.status).toBe(404);
    expect(answers.missing.body).toContain("找不到这个页面");
    expect(answers.missing.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(answers.hidden.status).toBe(404);
    for (const name of ["up", "upTwice", "upEncoded", "upSlashEncoded", "backslash"]) {
      expect([name, answers[name].status]).toEqual([name, 403]);
      expect(answers[name].body).not.toContain("outside the served folder");
    }
    expect(answers.link.status).toBe(404);
    expect(answers.link.body).not.toContain("outside the served folder");

    const out = m.out();
    expect(out).toContain(`请用浏览器打开：${base}`);
    expect(out).toContain(`Excel 加载项的页面：${base}addin/`);
    expect(out).toContain("Excel 只从 https 地址载入加载项");
    expect(out).not.toContain("局域网");
    expect(out).toContain("按 Ctrl+C 停止。");
    expect(out.trim().endsWith("已停止提供页面。")).toBe(true);
    // stopped: nothing answers any more
    await expect(ask(base, "/")).rejects.toThrow();
  });

  test("a port in use: exit 2 with a sentence naming it", async () => {
    const other = createServer();
    await new Promise<void>((done) => other.listen(0, "127.0.0.1", () => done()));
    const port = (other.address() as AddressInfo).port;
    try {
      const m = memoryIo();
      expect(await main(["serve", "--dir", pkg, "--port", String(port)], m.io)).toBe(2);
      expect(m.err()).toContain(`端口 ${port} 已被占用`);
    } finally {
      await new Promise<void>((done) => other.close(() => done()));
    }
  });

  /** A throwaway self-signed certificate, made with openssl when the machine has it. */
  function selfSigned(): { cert: string; key: string } | null {
    const cert = join(tmp, "cert.pem");
    const key = join(tmp, "key.pem");
    try {
      execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", cert], { stdio: "ignore" });
      return { cert, key };
    } catch {
      return null;
    }
  }

  test("--https: the pages over https, and a note that the packaged manifest points elsewhere (skipped without openssl)", async () => {
    const files = selfSigned();
    if (!files) return void console.warn("openssl not found: the https case is not run");
    const m = memoryIo();
    let status = 0;
    let type = "";
    const code = await runServe(m.io, [], { https: true, ...files, port: "0", dir: pkg }, (url) =>
      new Promise<void>((done, fail) => {
        httpsGet(`${url}addin/taskpane.html`, { rejectUnauthorized: false }, (res) => {
          status = res.statusCode ?? 0;
          type = String(res.headers["content-type"]);
          res.resume();
          res.on("end", () => done());
        }).on("error", fail);
      }),
    );
    expect(code).toBe(0);
    expect([status, type]).toEqual([200, "text/html; charset=utf-8"]);
    const out = m.out();
    expect(out).toMatch(/请用浏览器打开：https:\/\/127\.0\.0\.1:\d+\//);
    expect(out).not.toContain("Excel 只从 https 地址载入加载项");
    expect(out).toContain("addin/manifest.xml 中的网址是 https://oa.gx.gov/luoshi/");
  });
});
