import { access } from "node:fs/promises";
import { type Day, isoDay } from "../contacts/days.js";
import { loadLinkedInExport } from "../linkedin/index.js";
import { parseSettings } from "../rules/settings.js";
import { canImport, type ImportSaveResult, type LoadedTable, type SettingRow } from "../run/ports.js";
import type { ProgressListener } from "../run/progress.js";
import { describeSource, type LocalSourceRef, type SourceRef, type Stores } from "../run/source-ref.js";
import { todayIn } from "../run/today.js";
import type { ImportReport } from "./import-report.js";
import { planImport } from "./plan-import.js";

export interface ImportRequest {
  /** The .zip LinkedIn sends, the unpacked folder, or single CSV files of it. */
  paths: readonly string[];
  source: SourceRef;
  /** How the entry point opens the source, and creates a missing workbook or CSV file. */
  stores: Stores;
  dryRun?: boolean;
  /** Files of Setting,Value rows (Time zone, Date order), applied over the store's own settings. */
  settingsFiles?: readonly string[];
  today?: Day;
  now?: () => Date;
  /** Told how far a long load or import has got (Notion: one call per page written or added). */
  onProgress?: ProgressListener;
}

export interface ImportSummary {
  source: string;
  dryRun: boolean;
  /** The workbook or CSV file did not exist and was created for the import. */
  created: boolean;
  today: string;
  report: ImportReport;
  /** Existing rows that change (or would, in a dry run), with each cell's old and new value. */
  changes: { row: number; name: string; details: string[] }[];
  /** Input columns added at the right end of the header. */
  addedColumns: string[];
  firstNewRow?: number;
  /** Rows not written because the user moved or deleted them during the import (Google Sheets). */
  notWritten: ImportSaveResult["skipped"];
  /** About the table or the settings: a column found twice, an unknown setting. */
  warnings: string[];
  durationSeconds: number;
}

const EMPTY_TABLE: LoadedTable = {
  rows: [],
  settingRows: [],
  templateRows: [],
  settingDefaults: {},
  warnings: [],
};

/**
 * `tend import`: reads the whole export first (a file that cannot be read at all stops the
 * import before the table is opened), plans the merge on the table as loaded, and writes it
 * in one save. A dry run writes nothing, not even a missing workbook.
 */
export async function importLinkedInExport(request: ImportRequest): Promise<ImportSummary> {
  const started = performance.now();
  const linkedIn = await loadLinkedInExport(request.paths);
  const extraSettings: SettingRow[] = [];
  for (const file of request.settingsFiles ?? [])
    extraSettings.push(...(await request.stores.readSettingsFile(file)).settingRows);

  const dryRun = request.dryRun === true;
  const local = isLocal(request.source) ? request.source : undefined;
  const missing = local !== undefined && !(await exists(local.path));
  let created = false;
  if (local !== undefined && missing && !dryRun) {
    await request.stores.create(local);
    created = true;
  }
  const store =
    missing && dryRun
      ? undefined
      : await request.stores.open(request.source, {
          ...(request.onProgress === undefined ? {} : { onProgress: request.onProgress }),
          // A dry run writes nothing: a Notion database is not leased for it.
          readOnly: dryRun,
        });
  try {
    // Every store takes an import (workbook, CSV, Google Sheet, Notion); this only narrows the type.
    if (store !== undefined && !canImport(store))
      throw new Error(`${store.description} does not implement saveImport`);
    const table = store === undefined ? EMPTY_TABLE : await store.load();
    const { settings, warnings } = parseSettings(
      [...table.settingRows, ...extraSettings],
      table.settingDefaults,
    );
    const today = request.today ?? todayIn(settings.timeZone, (request.now ?? (() => new Date()))());
    const plan = planImport(table.rows, linkedIn, { today, dateOrder: settings.dateOrder });
    const hasWrites = plan.changes.length > 0 || plan.newRows.length > 0;
    const saved =
      !dryRun && hasWrites && store !== undefined && canImport(store)
        ? await store.saveImport({ changes: plan.changes, newRows: plan.newRows })
        : undefined;
    return {
      source: store?.description ?? describeSource(request.source),
      dryRun,
      created,
      today: isoDay(today),
      report: plan.report,
      changes: plan.changes.map((change) => ({
        row: change.rowNumber,
        name: change.name,
        details: change.details,
      })),
      addedColumns: saved?.addedColumns ?? [],
      ...(saved?.firstNewRow === undefined ? {} : { firstNewRow: saved.firstNewRow }),
      notWritten: saved?.skipped ?? [],
      warnings: [...table.warnings, ...warnings],
      durationSeconds: Math.round(performance.now() - started) / 1000,
    };
  } finally {
    await store?.close();
  }
}

function isLocal(ref: SourceRef): ref is LocalSourceRef {
  return ref.kind === "xlsx" || ref.kind === "csv";
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
