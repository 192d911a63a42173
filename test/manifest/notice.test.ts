/**
 * @jest-environment jsdom
 *
 * The notice dialog page: shows the message from its URL as text (never as HTML) and wires 知道了.
 */
import * as fs from "fs";
import * as path from "path";
import { listenForText, renderNotice } from "../../src/commands/notice";
import { NOTICE_PARAM, NOTICE_READY, noticeUrl } from "../../src/commands/showNotice";

const HTML = fs.readFileSync(path.resolve(__dirname, "..", "..", "src", "commands", "notice.html"), "utf8");

function load(): void {
  document.documentElement.innerHTML = HTML.replace(/^<!doctype html>\s*<html[^>]*>/i, "").replace(/<\/html>\s*$/i, "");
}

describe("notice.html", () => {
  test("shows the message carried by noticeUrl, and 知道了 closes", () => {
    load();
    const url = new URL(noticeUrl("https://localhost:3000/notice.html", "工作表“台账”识别为《重点任务落实台账》。缺少必需的列：责任单位。"));
    const close = jest.fn();
    renderNotice(document, url.search, close);
    expect(document.getElementById("message")?.textContent).toBe("工作表“台账”识别为《重点任务落实台账》。缺少必需的列：责任单位。");
    (document.getElementById("ok") as HTMLButtonElement).click();
    expect(close).toHaveBeenCalledTimes(1);
  });

  test("markup in a message is shown as text", () => {
    load();
    renderNotice(document, `?${NOTICE_PARAM}=${encodeURIComponent('<img src=x onerror="alert(1)">')}`, () => undefined);
    const p = document.getElementById("message");
    expect(p?.querySelector("img")).toBeNull();
    expect(p?.textContent).toBe('<img src=x onerror="alert(1)">');
  });

  test("no message: a neutral sentence", () => {
    load();
    renderNotice(document, "", () => undefined);
    expect(document.getElementById("message")?.textContent).toBe("操作已完成。");
  });

  test("where the host can send it texts (DialogApi 1.2): listens, says so, and shows each text as text", () => {
    load();
    renderNotice(document, `?${NOTICE_PARAM}=${encodeURIComponent("正在进行“一键校验”……")}`, () => undefined);
    let handler: (arg: { message?: string }) => void = () => undefined;
    const env = {
      ui: {
        addHandlerAsync: jest.fn((_t: unknown, h: (arg: { message?: string }) => void, cb?: (r: { status: unknown }) => void) => {
          handler = h;
          cb?.({ status: "succeeded" });
        }),
        messageParent: jest.fn(),
      },
      parentMessageEvent: "dialogParentMessageReceived",
      succeeded: "succeeded",
    };
    listenForText(document, env);
    expect(env.ui.addHandlerAsync).toHaveBeenCalledWith("dialogParentMessageReceived", expect.any(Function), expect.any(Function));
    expect(env.ui.messageParent).toHaveBeenCalledWith(NOTICE_READY);
    handler({ message: "<b>校验完毕</b>" });
    expect(document.getElementById("message")?.textContent).toBe("<b>校验完毕</b>");
    expect(document.querySelector("#message b")).toBeNull();
  });

  test("a handler Office refuses: no ready, the first text stays", () => {
    load();
    renderNotice(document, `?${NOTICE_PARAM}=${encodeURIComponent("正在进行")}`, () => undefined);
    const env = {
      ui: { addHandlerAsync: (_t: unknown, _h: unknown, cb?: (r: { status: unknown }) => void) => cb?.({ status: "failed" }), messageParent: jest.fn() },
      parentMessageEvent: "x",
      succeeded: "succeeded",
    };
    listenForText(document, env);
    expect(env.ui.messageParent).not.toHaveBeenCalled();
    expect(document.getElementById("message")?.textContent).toBe("正在进行");
  });

  test("loads office.js from the CDN in <head>", () => {
    expect(HTML).toMatch(/<head>[\s\S]*<script[^>]+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"[\s\S]*<\/head>/);
  });
});

describe("commands.html", () => {
  test("loads office.js from the CDN in <head>", () => {
    const html = fs.readFileSync(path.resolve(__dirname, "..", "..", "src", "commands", "commands.html"), "utf8");
    expect(html).toMatch(/<head>[\s\S]*<script[^>]+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"[\s\S]*<\/head>/);
  });
});
