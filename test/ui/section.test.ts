/** sectionOf: the section the pane's address opens it on (生成函件 → `?section=letters`), with Office's own parameters about. */
import { sectionOf } from "../../src/taskpane/host/section";

const at = (url: string) => sectionOf(new URL(url));

test.each([
  ["https://localhost:3000/taskpane.html?section=letters", "letters"],
  ["https://localhost:3000/taskpane.html?section=letters&_host_Info=Excel$Mac$16.01$zh-CN$$$$0", "letters"],
  ["https://localhost:3000/taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0&section=letters", "letters"],
  ["https://localhost:3000/index.html#letters", "letters"],
  ["https://localhost:3000/taskpane.html#letters?_host_Info=Excel$Win32$16.01$zh-CN", "letters"],
  ["https://localhost:3000/taskpane.html", undefined],
  ["https://localhost:3000/taskpane.html?section=mail", undefined],
  ["https://localhost:3000/taskpane.html#lettersx", undefined],
])("%s → %p", (url, section) => {
  expect(at(url)).toBe(section);
});
