import { isSheetsSource, spreadsheetIdOf } from "../../shared/stores/sheets/sheets-source.js";
import { UsageError } from "./cli-errors.js";

/** `tend init`: a new local workbook, the tabs, headers and formatting of a Google Sheet, or the
 * output properties of a Notion database. */
export async function initCommand(source: string, print: (text: string) => void): Promise<void> {
  if (/^notion:/i.test(source)) {
    const { initNotionSource } = await import("../../shared/stores/notion/notion-init.js");
    print(await initNotionSource(source));
    return;
  }
  if (isSheetsSource(source)) {
    const { SheetsApi } = await import("../../shared/stores/sheets/sheets-api.js");
    const { initSpreadsheet } = await import("../../shared/stores/sheets/sheets-init.js");
    const spreadsheetId = spreadsheetIdOf(source);
    if (spreadsheetId === undefined)
      throw new UsageError(`"${source}" does not name a spreadsheet: use sheets:<spreadsheet id>`);
    const rootUrl = process.env.SHEETS_API_ROOT_URL?.trim();
    const report = await initSpreadsheet(new SheetsApi({ spreadsheetId, ...(rootUrl ? { rootUrl } : {}) }));
    print(
      report.created.length === 0
        ? `Spreadsheet ${spreadsheetId} already has everything Tend needs; dropdowns, frozen header and Tend's shaded columns are in place.`
        : `Set up spreadsheet ${spreadsheetId}: added ${report.created.join(", ")}; dropdowns, a frozen header and Tend's shaded, warning-protected columns are in place.`,
    );
    return;
  }
  if (!source.toLowerCase().endsWith(".xlsx")) {
    throw new UsageError(
      `init creates a .xlsx workbook, or sets up a Google Sheet or a Notion database: "${source}" is none of these`,
    );
  }
  const { createWorkbook } = await import("../../shared/stores/local/create-workbook.js");
  await createWorkbook(source);
  print(
    `Created ${source} with the Contacts, Settings, Templates and Run log tabs. Add your contacts, then run: npm run tend -- run --source ${source}`,
  );
}
