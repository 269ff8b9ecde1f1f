import type { Day } from "../contacts/days.js";
import { type RunSummary, runDaily } from "./daily-run.js";
import type { SettingRow, TemplateRow } from "./ports.js";
import type { ProgressListener } from "./progress.js";
import type { SourceRef, Stores } from "./source-ref.js";

export interface JobRequest {
  source: SourceRef;
  /** How the entry point opens a source (it alone knows the adapters and their configuration). */
  stores: Pick<Stores, "open" | "readSettingsFile">;
  /** Files of Setting,Value (and Action,Template) rows, applied over the store's own settings. */
  settingsFiles?: readonly string[];
  today?: Day;
  dryRun?: boolean;
  /** Told how far a long load or save has got (Notion: one call per written page). */
  onProgress?: ProgressListener;
}

/** The daily job as every entry point runs it (CLI, HTTP function, Pub/Sub function). */
export async function runJob(request: JobRequest): Promise<RunSummary> {
  const extraSettingRows: SettingRow[] = [];
  const extraTemplateRows: TemplateRow[] = [];
  for (const file of request.settingsFiles ?? []) {
    const rows = await request.stores.readSettingsFile(file);
    extraSettingRows.push(...rows.settingRows);
    extraTemplateRows.push(...rows.templateRows);
  }
  const store = await request.stores.open(request.source, {
    ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
    readOnly: request.dryRun === true,
  });
  try {
    return await runDaily({
      store,
      ...(request.today === undefined ? {} : { today: request.today }),
      dryRun: request.dryRun === true,
      extraSettingRows,
      extraTemplateRows,
    });
  } finally {
    await store.close();
  }
}
