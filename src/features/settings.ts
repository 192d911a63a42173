/**
 * 校验设置 (settings): which rules run and how severe, the plan year, the progress tolerance,
 * kept in the workbook so every edition and the ribbon read the same. Read fresh from the
 * workbook by every use case, never from memory.
 */
import type { WorkbookPort } from "../workbook/port";
import { parseSettings, serializeSettings } from "../domain/validate/settings";
import type { ValidationSettings } from "../domain/validate/types";
import { todayInChina as chinaDay } from "../domain/progress/stages";
import type { IsoDate } from "../domain/parse/isoDate";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";

export const SETTINGS_KEY = "luoshi.settings";

/** Today in China (Asia/Shanghai), yyyy-mm-dd. */
export function todayInChina(now = new Date()): IsoDate {
  return chinaDay(now);
}

/** This year in China. */
export function thisYearInChina(now = new Date()): number {
  return Number(todayInChina(now).slice(0, 4));
}

/** The settings stored in the workbook (defaults when none or unreadable). */
export async function loadSettings(wb: WorkbookPort): Promise<ValidationSettings> {
  return parseSettings(await wb.getSetting(SETTINGS_KEY));
}

/** Store the settings in the workbook; `message` says where they went. */
export function saveSettings(wb: WorkbookPort, settings: ValidationSettings): Promise<Outcome<{ message: string }>> {
  return guarded(async () => {
    await wb.setSetting(SETTINGS_KEY, serializeSettings(settings));
    return done({ message: say("validate.settingsSaved") });
  });
}
