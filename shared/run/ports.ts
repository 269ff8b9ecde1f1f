import { DATE_COLUMNS, type InputColumn, type OutputCells } from "../contacts/columns.js";
import type { RawRow } from "../contacts/parse-row.js";
import type { MorningView } from "../layout/morning-view.js";
import type { RunLogEntry } from "../layout/run-log.js";
import type { SettingName } from "../rules/settings.js";

/** One contact row as a store read it. */
export interface StoredRow {
  /** Where the row lives, in the store's own terms: a row index, a page id. */
  ref: string | number;
  raw: RawRow;
  /** The output cells as they are now, as text ("" when blank). */
  output: OutputCells;
}

export interface SettingRow {
  setting: string;
  value: string;
  /** Where the row is, for messages: `Settings tab, row 4`. */
  where: string;
}

export interface TemplateRow {
  action: string;
  template: string;
  where: string;
}

export interface LoadedTable {
  rows: StoredRow[];
  settingRows: SettingRow[];
  templateRows: TemplateRow[];
  /** Defaults the store knows better than Tend, such as a Google Sheet's own time zone. */
  settingDefaults: Partial<Record<SettingName, string>>;
  /** Things about the table itself worth telling the user (a column found twice, ...). */
  warnings: string[];
}

/** The output cells of one row that must change. */
export interface RowUpdate {
  ref: string | number;
  rowNumber: number;
  /** The contact's identity when it was read (see `rowIdentity`): a store that can be edited
   * during the run uses it to find the row again, or to refuse to write. */
  identity: string;
  cells: Partial<OutputCells>;
  /** Input cells the daily run writes (RULES.md section 0): Status text, days as ISO yyyy-mm-dd, Done cleared as ""
   *  (a blank cell) or false (an unticked checkbox: when the cell read was a boolean). Only these columns, ever. */
  inputs?: InputWrites;
}

export type InputWrites = Partial<Record<InputColumn, string | boolean>>;

/** What a save could not do: rows it did not write because they could not be found again. */
export interface SaveResult {
  skipped: { row: number; reason: string }[];
  /** Things that went wrong without failing the run (a summary page that could not be written). */
  warnings?: string[];
}

/**
 * The one small interface every place a contacts table can live implements: the local
 * workbook, a CSV file, a Google Sheet, a Notion database. The engine never learns which.
 */
export interface ContactStore {
  /** Safe to print: never holds a token. */
  readonly description: string;
  load(): Promise<LoadedTable>;
  /** Writes the changed output cells and appends the Run log row, all or nothing where the store allows. */
  /** `view`: today's list and the network's health, for stores that show them (a Today tab, a Notion page). */
  save(updates: readonly RowUpdate[], log: RunLogEntry, view?: MorningView): Promise<SaveResult | undefined>;
  /** Optional: records a run that failed after loading (Run log row, heartbeat), best effort. */
  recordFailure?(log: RunLogEntry): Promise<void>;
  /** Releases whatever the store holds (a lock file, connections). */
  close(): Promise<void>;
}

/**
 * Input cells an import writes, by column: plain text, and ISO days (`yyyy-mm-dd`) in the
 * {@link IMPORT_DATE_COLUMNS}. Each store turns the days into its own kind of date (a date cell
 * in a workbook, ISO text in a CSV file or a Google Sheet, a date property in Notion).
 */
export type ImportCells = Partial<Record<InputColumn, string>>;

export const IMPORT_DATE_COLUMNS: ReadonlySet<InputColumn> = new Set<InputColumn>(DATE_COLUMNS);

/** The input cells of one existing row that an import fills or moves forward. */
export interface ImportRowUpdate {
  ref: string | number;
  rowNumber: number;
  /** As in {@link RowUpdate}: the row is found again by it, or not written. */
  identity: string;
  cells: ImportCells;
}

/** What `tend import` writes: changed input cells of existing rows, and new rows to append. */
export interface ImportWrites {
  changes: readonly ImportRowUpdate[];
  newRows: readonly ImportCells[];
}

export interface ImportSaveResult {
  /** Rows not written because they could not be found again (the user edited meanwhile). */
  skipped: { row: number; reason: string }[];
  /** Headers of the input columns the table did not have and that were added at its right end. */
  addedColumns: string[];
  /** Row number (as the user sees it) of the first appended row. */
  firstNewRow?: number;
}

/**
 * A store that can take an import: writes input cells, which the daily run never does. A table
 * that lacks a column the import fills gets it at the right end of the header; new rows go
 * after the last non-blank row. `load()` must have been called first, as for `save()`.
 */
export interface ImportTarget {
  saveImport(writes: ImportWrites): Promise<ImportSaveResult>;
}

export function canImport(store: ContactStore): store is ContactStore & ImportTarget {
  return typeof (store as Partial<ImportTarget>).saveImport === "function";
}
