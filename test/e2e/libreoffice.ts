/**
 * LibreOffice as an independent reader of what we write: a sheet recalculated and exported as
 * CSV (so a formula of ours is checked by a spreadsheet that is not ours), a document turned
 * into PDF and PNG pages to look at. Runs `soffice` headless with a profile of its own that
 * recalculates .xlsx formulas on load (LibreOffice keeps the cached results by default).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const PROFILE = path.join(os.tmpdir(), "luoshi-lo-profile");

function profile(): string {
  const user = path.join(PROFILE, "user");
  fs.mkdirSync(user, { recursive: true });
  fs.writeFileSync(
    path.join(user, "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return `file://${PROFILE}`;
}

function soffice(args: string[], cwd: string): void {
  execFileSync("soffice", [`-env:UserInstallation=${profile()}`, "--headless", ...args], { cwd, stdio: "pipe", timeout: 180_000 });
}

/** Sheet `sheetNumber` (1-based) of an .xlsx, recalculated, as rows of displayed text. */
export function recalculatedSheet(xlsx: string, sheetNumber: number): string[][] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luoshi-csv-"));
  soffice(["--convert-to", `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheetNumber}`, "--outdir", dir, xlsx], dir);
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".csv"));
  if (!file) throw new Error(`LibreOffice wrote no CSV for ${xlsx}`);
  return fs.readFileSync(path.join(dir, file), "utf8").split("\n").map((line) => line.split(","));
}

/** A .docx or .xlsx as PDF and PNG pages (`name-1.png`, …) in `outDir`; returns the PNG paths. */
export function renderPages(file: string, outDir: string, dpi = 60): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  soffice(["--convert-to", "pdf", "--outdir", outDir, file], outDir);
  const pdf = path.join(outDir, path.basename(file).replace(/\.[^.]+$/, ".pdf"));
  const stem = pdf.replace(/\.pdf$/, "");
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdf, stem], { stdio: "pipe" });
  return fs.readdirSync(outDir).filter((f) => f.startsWith(path.basename(stem) + "-") && f.endsWith(".png")).sort().map((f) => path.join(outDir, f));
}
