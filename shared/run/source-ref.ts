import type { ContactStore, SettingRow, TemplateRow } from "./ports.js";
import type { StoreOptions } from "./progress.js";

/** The contacts table a `--source` (or TEND_SOURCE) names, read once at the entry point. */
export type SourceRef =
  | { kind: "xlsx"; path: string }
  | { kind: "csv"; path: string }
  | { kind: "sheets"; spreadsheetId: string }
  | { kind: "notion"; databaseId: string };

export type LocalSourceRef = Extract<SourceRef, { kind: "xlsx" | "csv" }>;

/** The source as a user would type it again. */
export function describeSource(ref: SourceRef): string {
  if (ref.kind === "sheets") return `sheets:${ref.spreadsheetId}`;
  if (ref.kind === "notion") return `notion:${ref.databaseId}`;
  return ref.path;
}

/**
 * How shared code gets its tables: the entry points hand this in, so that only they choose
 * (and load, lazily) the adapters and their configuration.
 */
export interface Stores {
  open(ref: SourceRef, options?: StoreOptions): Promise<ContactStore>;
  /** Makes a missing local table: a workbook with Tend's tabs, or an empty CSV file. */
  create(ref: LocalSourceRef): Promise<void>;
  /** The Setting,Value (and Action,Template) rows of a settings file named on the command line. */
  readSettingsFile(path: string): Promise<{ settingRows: SettingRow[]; templateRows: TemplateRow[] }>;
}
