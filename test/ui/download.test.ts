/**
 * @jest-environment jsdom
 */
/** offerDownload: the bytes as an .xlsx Blob behind an object URL, a clicked <a download> that is gone after, the URL let go later. */
import { offerDownload, REVOKE_AFTER_MS, XLSX_TYPE } from "../../src/taskpane/host/download";

const created: Blob[] = [];

/** A Blob's bytes (jsdom's Blob has no arrayBuffer()). */
function bytesOf(blob: Blob): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve([...new Uint8Array(reader.result as ArrayBuffer)]);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
const revoked: string[] = [];

beforeAll(() => {
  // jsdom has no object URLs
  Object.assign(URL, {
    createObjectURL: (b: Blob) => (created.push(b), `blob:luoshi/${created.length}`),
    revokeObjectURL: (u: string) => void revoked.push(u),
  });
});

beforeEach(() => {
  created.length = 0;
  revoked.length = 0;
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

test("clicks a hidden link to the file's object URL under the given name, then removes it", async () => {
  const clicked: { href: string; download: string; inDocument: boolean }[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
  });
  offerDownload(new Uint8Array([80, 75, 3, 4]), "柳林镇（台账助手）.xlsx");
  expect(clicked).toEqual([{ href: "blob:luoshi/1", download: "柳林镇（台账助手）.xlsx", inDocument: true }]);
  expect(document.querySelectorAll("a")).toHaveLength(0);
  expect(created).toHaveLength(1);
  expect(created[0].type).toBe(XLSX_TYPE);
  jest.useRealTimers();
  expect(await bytesOf(created[0])).toEqual([80, 75, 3, 4]);
  click.mockRestore();
});

test("lets the object URL go once the browser has taken the file, not before", () => {
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
  offerDownload(new Uint8Array([1]), "a.xlsx");
  expect(revoked).toEqual([]);
  jest.advanceTimersByTime(REVOKE_AFTER_MS - 1);
  expect(revoked).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(revoked).toEqual(["blob:luoshi/1"]);
  click.mockRestore();
});
