/**
 * The settings section (校验设置): the settings stored in the workbook, read afresh at every
 * refresh (so a change by another edition is seen), and saving them there.
 */
import { useCallback, useState } from "react";
import type { ValidationSettings } from "../../domain/validate/types";
import { loadSettings, saveSettings } from "../../features/settings";
import { told } from "./useRunner";
import { useReload, type Reload, type SessionApi } from "./useSession";

export interface SettingsApi {
  /** The settings stored in the workbook, null without a workbook. */
  settings: ValidationSettings | null;
  save(settings: ValidationSettings): Promise<void>;
}

export function useSettings(session: SessionApi): SettingsApi {
  const { command } = session;
  const [settings, setSettings] = useState<ValidationSettings | null>(null);
  const reload = useCallback<Reload>(async ({ wb }) => {
    const stored = wb ? await loadSettings(wb) : null;
    return { apply: () => setSettings(stored) };
  }, []);
  useReload(session, reload);
  const save = useCallback((s: ValidationSettings) => command(async (wb) => told(await saveSettings(wb, s), (r) => r.message)), [command]);
  return { settings, save };
}
