/**
 * @jest-environment jsdom
 */
/** useSettings: the settings the workbook holds, read afresh at every refresh; saving stores them there. */
import { useSettings } from "../../src/taskpane/hooks/useSettings";
import { loadSettings, saveSettings } from "../../src/features/settings";
import { serializeSettings } from "../../src/domain/validate/settings";
import { DEFAULT_SETTINGS, type ValidationSettings } from "../../src/domain/validate/types";
import { browserSession, ledgerAndBudget, perform, renderSection } from "./paneHooks";

const CHANGED: ValidationSettings = { rules: { "vague-goal": { enabled: false } }, year: 2024, tolerance: 0.05 };

test("a workbook without settings shows the defaults", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useSettings);
  expect(result.current.part.settings).toEqual(DEFAULT_SETTINGS);
});

test("the settings stored in the workbook are shown", async () => {
  const wb = await ledgerAndBudget();
  await saveSettings(wb, CHANGED);
  const { result } = await renderSection(async () => browserSession(wb), useSettings);
  expect(result.current.part.settings).toEqual(CHANGED);
});

test("save stores them in the workbook, says so, and shows what the workbook then holds", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useSettings);
  // the workbook ends up holding something else than what was asked: the pane shows the workbook's
  const store = wb.setSetting.bind(wb);
  jest.spyOn(wb, "setSetting").mockImplementationOnce((key) => store(key, serializeSettings({ ...CHANGED, year: 2025 })));
  await perform(result, (r) => r.part.save(CHANGED));
  expect(result.current.runner).toMatchObject({ error: null, notice: "校验设置已保存在本工作簿中。" });
  expect(await loadSettings(wb)).toEqual({ ...CHANGED, year: 2025 });
  expect(result.current.part.settings).toEqual({ ...CHANGED, year: 2025 });
});

test("settings changed by another edition are seen at the next refresh", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useSettings);
  await saveSettings(wb, CHANGED);
  await perform(result, (r) => r.session.reread());
  expect(result.current.part.settings).toEqual(CHANGED);
});

test("without a workbook there are no settings", async () => {
  const { result } = await renderSection(async () => ({ mode: "browser", wb: null }), useSettings);
  expect(result.current.part.settings).toBeNull();
});
