import { extname } from "node:path";
import { TendError } from "../errors/tend-error.js";
import type { ContactStore } from "./contact-store.js";
import type { StoreOptions } from "./progress.js";

/**
 * The store for a `--source`. Adapters are imported only when used: exceljs alone takes half
 * a second to load, which a Cloud Function working on a Google Sheet should not pay.
 */
export async function openStore(
  source: string,
  env: Record<string, string | undefined> = process.env,
  options: StoreOptions = {},
): Promise<ContactStore> {
  if (/^notion:/i.test(source)) {
    return (await import("./notion/open-notion-store.js")).openNotionStore(source, env, options);
  }
  if (/^sheets:/i.test(source) || /^https?:\/\/docs\.google\.com\/spreadsheets\//i.test(source)) {
    return (await import("./sheets/open-sheets-store.js")).openSheetsStore(source, env);
  }
  const extension = extname(source).toLowerCase();
  if (extension === ".xlsx") return new (await import("./local/xlsx-store.js")).XlsxStore(source);
  if (extension === ".csv") return new (await import("./local/csv-store.js")).CsvStore(source);
  throw new TendError(
    "unreadable",
    `"${source}" is not a source Tend can read: use a .xlsx workbook, a .csv file, sheets:<spreadsheet id>, a Google Sheets URL or notion:<database id>`,
    { argument: "source" },
  );
}
