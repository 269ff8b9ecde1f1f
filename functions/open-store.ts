import { writeFile } from "node:fs/promises";
import { DEFAULT_RETRY, type RetryPolicy } from "../shared/net/retry.js";
import type { ContactStore } from "../shared/run/ports.js";
import type { StoreOptions } from "../shared/run/progress.js";
import type { LocalSourceRef, SourceRef, Stores } from "../shared/run/source-ref.js";
import type { StoreConfig } from "./config.js";

const NO_CONFIG: StoreConfig = { notion: {} };

/**
 * The store for a source. Adapters are imported only when used: exceljs alone takes half a
 * second to load, which a Cloud Function working on a Google Sheet should not pay.
 */
export async function openStore(
  ref: SourceRef,
  config: StoreConfig = NO_CONFIG,
  options: StoreOptions = {},
): Promise<ContactStore> {
  switch (ref.kind) {
    case "notion": {
      const { openNotionStore } = await import("../shared/stores/notion/open-notion-store.js");
      return openNotionStore(ref.databaseId, { ...config.notion, retry: retryPolicy(config) }, options);
    }
    case "sheets": {
      const { openSheetsStore } = await import("../shared/stores/sheets/open-sheets-store.js");
      return openSheetsStore(ref.spreadsheetId, {
        rootUrl: config.sheetsRootUrl,
        retry: retryPolicy(config),
      });
    }
    case "xlsx":
      return new (await import("../shared/stores/local/xlsx-store.js")).XlsxStore(ref.path, options);
    case "csv":
      return new (await import("../shared/stores/local/csv-store.js")).CsvStore(ref.path, options);
  }
}

/** A new workbook with Tend's tabs and headers, or an empty CSV file the import gives a header. */
export async function createTable(ref: LocalSourceRef): Promise<void> {
  if (ref.kind === "xlsx") {
    const { createWorkbook } = await import("../shared/stores/local/create-workbook.js");
    await createWorkbook(ref.path);
    return;
  }
  await writeFile(ref.path, "", { flag: "wx" });
}

/** The stores as shared code gets them from an entry point, with that entry point's configuration. */
export function storesFor(config: StoreConfig = NO_CONFIG): Stores {
  return {
    open: (ref, options) => openStore(ref, config, options),
    create: createTable,
    readSettingsFile: async (path) =>
      (await import("../shared/stores/local/settings-file.js")).readSettingsFile(path),
  };
}

function retryPolicy(config: StoreConfig): RetryPolicy {
  return config.retryAttempts === undefined
    ? DEFAULT_RETRY
    : { ...DEFAULT_RETRY, attempts: config.retryAttempts };
}
