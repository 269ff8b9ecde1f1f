import { extname } from "node:path";
import type { ContactStore } from "../stores/contact-store.js";
import { notionDatabaseId } from "../stores/notion/notion-source.js";
import type { StoreOptions } from "../stores/progress.js";
import { spreadsheetIdFrom } from "../stores/sheets/sheets-source.js";

export class UnknownSourceError extends Error {
  readonly code = "UNKNOWN_SOURCE";
}

/** The contacts table a `--source` (or TEND_SOURCE) names, read once at the entry point. */
export type SourceRef =
  | { kind: "xlsx"; path: string }
  | { kind: "csv"; path: string }
  | { kind: "sheets"; spreadsheetId: string }
  | { kind: "notion"; databaseId: string };

export type LocalSourceRef = Extract<SourceRef, { kind: "xlsx" | "csv" }>;

/**
 * `notion:<id or URL>`, `sheets:<id>` or a Google Sheets URL, else a .xlsx or .csv path. A source
 * of a known kind that names nothing (`notion:Contacts`) fails with that store's own error.
 */
export function parseSourceRef(text: string): SourceRef {
  if (/^notion:/i.test(text)) return { kind: "notion", databaseId: notionDatabaseId(text) };
  if (/^sheets:/i.test(text) || /^https?:\/\/docs\.google\.com\/spreadsheets\//i.test(text)) {
    return { kind: "sheets", spreadsheetId: spreadsheetIdFrom(text) };
  }
  const extension = extname(text).toLowerCase();
  if (extension === ".xlsx") return { kind: "xlsx", path: text };
  if (extension === ".csv") return { kind: "csv", path: text };
  throw new UnknownSourceError(
    `"${text}" is not a source Tend can read: use a .xlsx workbook, a .csv file, sheets:<spreadsheet id>, a Google Sheets URL or notion:<database id>`,
  );
}

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
}
