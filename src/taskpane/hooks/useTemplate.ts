/** The template section (模板): a list's standard template on a new sheet, never over an existing one. */
import { useCallback } from "react";
import { createTemplate } from "../../features/template";
import { told } from "./useRunner";
import type { SessionApi } from "./useSession";

/** What the form asks for. */
export interface TemplateRequest {
  /** The list's id (`tasks`) or name. */
  list: string;
  /** 填报单位 as typed; blank leaves a line to fill by hand. */
  unit: string;
  year: number;
  /** Units for the 责任单位 drop-down (may be empty). */
  units?: string[];
}

export interface TemplateApi {
  create(request: TemplateRequest): Promise<void>;
}

export function useTemplate(session: SessionApi): TemplateApi {
  const { command } = session;
  const create = useCallback(
    (r: TemplateRequest) =>
      command(async (wb) => told(await createTemplate(wb, { list: r.list, unit: r.unit.trim() || undefined, year: r.year, units: r.units }), (t) => t.message)),
    [command],
  );
  return { create };
}
