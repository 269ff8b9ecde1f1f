import type { OutputCells } from "../contacts/columns.js";
import type { RawRow } from "../contacts/parse-row.js";
import type { SettingName } from "../rules/settings.js";
import type { RunLogEntry } from "../run/run-log.js";

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
}

/** What a save could not do: rows it did not write because they could not be found again. */
export interface SaveResult {
  skipped: { row: number; reason: string }[];
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
  save(updates: readonly RowUpdate[], log: RunLogEntry): Promise<SaveResult | undefined>;
  /** Releases whatever the store holds (a lock file, connections). */
  close(): Promise<void>;
}
