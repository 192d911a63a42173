/**
 * `npm run bench` (letters part, docs/letters.md): 500 督办函 of 3 to 8 cited rows each, drafted
 * from proposals, then laid out as one combined .docx (a section per letter) and as 500 separate
 * .docx in a zip, as `issueLetters` makes them. Figures, not assertions.
 */
import { performance } from "perf_hooks";
import JSZip from "jszip";
import { draftLetter, type LetterProposal } from "../src/domain/letters";
import { renderLetters } from "../src/render/letterDocx";

const COUNT = 500;
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function proposal(i: number): LetterProposal {
  const rows = 3 + (i % 6);
  return {
    unit: `第${i + 1}单位`,
    type: "督办函",
    reason: `${rows} 项逾期`,
    facts: Array.from({ length: rows }, (_, r) => ({
      sheet: "汇总", cell: `C${r + 5}`, row: r + 5, task: `推进第${r + 1}项重点工作任务，完成年度目标的${r + 1}0%，并按月报送进展情况`,
      deadlineText: `${r + 1}月底前`, due: `2023-0${(r % 6) + 1}-28`, progress: 0.1 * r, timeProgress: 1, gap: 0.1 * r - 1, status: "逾期", daysOverdue: 30 + r,
    })),
  };
}

async function main(): Promise<void> {
  let t = performance.now();
  const docs = Array.from({ length: COUNT }, (_, i) =>
    draftLetter(proposal(i), { number: `督办〔2023〕${i + 1}号`, date: "2023-07-05", issuer: "冠县人民政府办公室", contact: "王芳", phone: "0635-5212345", checkDate: "2023-06-30" }),
  );
  const drafted = performance.now() - t;

  t = performance.now();
  const combined = await renderLetters(docs);
  const combinedMs = performance.now() - t;

  t = performance.now();
  const zip = new JSZip();
  for (const [i, doc] of docs.entries()) zip.file(`第${i + 1}单位-督办函.docx`, await renderLetters([doc]));
  const zipped = await zip.generateAsync({ type: "uint8array" });
  const separateMs = performance.now() - t;

  console.log(`letters: ${COUNT} 督办函 drafted in ${s(drafted)}; combined .docx ${s(combinedMs)} (${mb(combined.length)}); ${COUNT} separate .docx in a zip ${s(separateMs)} (${mb(zipped.length)}); peak ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

void main();
