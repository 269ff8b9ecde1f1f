import { extname } from "node:path";
import { TendError } from "../shared/errors/tend-error.js";
import type { SourceRef } from "../shared/run/source-ref.js";
import { notionDatabaseId } from "../shared/stores/notion/notion-source.js";
import { spreadsheetIdFrom } from "../shared/stores/sheets/sheets-source.js";

/** Spreadsheet formats a person may well have, which their own program can save as .xlsx. */
const SAVE_AS_XLSX = new Set([".ods", ".numbers", ".xls", ".xlsm", ".xlsb", ".fods"]);

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
  if (SAVE_AS_XLSX.has(extension)) {
    throw new TendError(
      "unreadable",
      `Tend cannot read ${extension} files: open "${text}" in its spreadsheet program and save it as .xlsx (or export it as .csv), then use that file`,
      { argument: "source" },
    );
  }
  throw new TendError(
    "unreadable",
    `"${text}" is not a source Tend can read: use a .xlsx workbook, a .csv file, sheets:<spreadsheet id>, a Google Sheets URL or notion:<database id>`,
    { argument: "source" },
  );
}
