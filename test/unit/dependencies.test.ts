/**
 * What ships and under which licences (issue 13, point 3): docs/dependencies.md is what
 * scripts/dependencies.js makes from the lock file (regenerate it when dependencies change), and
 * no shipped package has a licence outside MIT, ISC, BSD and Apache-2.0 unless reviewed there.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { dependenciesMarkdown, licenceProblems, shipped } from "../../scripts/dependencies";

test("docs/dependencies.md is up to date with the lock file (node scripts/dependencies.js)", () => {
  expect(readFileSync(join(__dirname, "..", "..", "docs", "dependencies.md"), "utf8")).toBe(dependenciesMarkdown());
});

test("every shipped package's licence is allowed or reviewed", () => {
  expect(licenceProblems()).toEqual([]);
});

test("a package under another licence is caught, and the direct dependencies are all listed with their purpose", () => {
  const list = shipped();
  expect(licenceProblems([...list, { name: "left-pad-gpl", version: "1.0.0", licence: "GPL-3.0", direct: false, via: ["exceljs"] }])).toEqual(["left-pad-gpl@1.0.0 GPL-3.0"]);
  const direct = list.filter((d) => d.direct).map((d) => d.name).sort();
  expect(direct).toEqual(["@fluentui/react-components", "@fluentui/react-icons", "@tanstack/react-virtual", "chinese-days", "docx", "exceljs", "jszip", "react", "react-dom"]);
  expect(dependenciesMarkdown()).toContain("| exceljs | 4.4.0 | MIT | reading and writing .xlsx");
});
