import type { SourceRef } from "../../shared/run/source-ref.js";
import { isNotionSource, notionDatabaseId } from "../../shared/stores/notion/notion-source.js";
import { isSheetsSource, spreadsheetIdOf } from "../../shared/stores/sheets/sheets-source.js";
import type { TendConfig } from "../config.js";
import { UsageError } from "./cli-errors.js";
import type { CliOutput } from "./cli-output.js";
import { assertFolderExists } from "./source-place.js";

/** `tend init`: a new local workbook, the tabs, headers and formatting of a Google Sheet, or the
 * output properties of a Notion database. */
export async function initCommand(source: string, config: TendConfig, out: CliOutput): Promise<void> {
  const print = out.print;
  const ref = initTarget(source);
  if (ref.kind === "notion") {
    const { initNotionSource } = await import("../../shared/stores/notion/notion-init.js");
    print(await initNotionSource(source, ref.databaseId, config.stores.notion));
    return;
  }
  if (ref.kind === "sheets") {
    const { SheetsApi } = await import("../../shared/stores/sheets/sheets-api.js");
    const { initSpreadsheet } = await import("../../shared/stores/sheets/sheets-init.js");
    const { spreadsheetId } = ref;
    const rootUrl = config.stores.sheetsRootUrl;
    const report = await initSpreadsheet(new SheetsApi({ spreadsheetId, ...(rootUrl ? { rootUrl } : {}) }));
    print(
      report.created.length === 0
        ? `Spreadsheet ${spreadsheetId} already has everything Tend needs; dropdowns, frozen header and Tend's shaded columns are in place.`
        : `Set up spreadsheet ${spreadsheetId}: added ${report.created.join(", ")}; dropdowns, a frozen header and Tend's shaded, warning-protected columns are in place.`,
    );
    return;
  }
  await assertFolderExists(ref);
  const { createWorkbook } = await import("../../shared/stores/local/create-workbook.js");
  await createWorkbook(ref.path);
  print(
    `Created ${source} with the Contacts, Settings, Templates and Run log tabs. Add your contacts, then run: ${out.command} run --source ${source}`,
  );
}

/**
 * What init sets up, read with init's own words for what it cannot (a CSV file has nothing to
 * set up, and a Sheets source without an id is a usage mistake here).
 */
function initTarget(source: string): Exclude<SourceRef, { kind: "csv" }> {
  if (isNotionSource(source)) return { kind: "notion", databaseId: notionDatabaseId(source) };
  if (isSheetsSource(source)) {
    const spreadsheetId = spreadsheetIdOf(source);
    if (spreadsheetId === undefined)
      throw new UsageError(`"${source}" does not name a spreadsheet: use sheets:<spreadsheet id>`);
    return { kind: "sheets", spreadsheetId };
  }
  if (!source.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(
      `init creates a .xlsx workbook, or sets up a Google Sheet or a Notion database: "${source}" is none of these`,
    );
  }
  return { kind: "xlsx", path: source };
}
