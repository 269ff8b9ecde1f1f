import type { sheets_v4 } from "@googleapis/sheets";
import { matchHeaders } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText, type RawRow } from "../../contacts/parse-row.js";
import { rowIdentity } from "../../contacts/row-identity.js";
import { TendError } from "../../errors/tend-error.js";
import type { ImportSaveResult, ImportWrites } from "../contact-store.js";
import { cellsAt, importColumnPositions, lastNonBlankRow } from "../grid-import.js";
import { cellRange, quoteTab } from "./a1.js";
import type { SheetsApi } from "./sheets-api.js";

type SheetProperties = sheets_v4.Schema$SheetProperties;

/**
 * `tend import` on a Google Sheet, in a constant number of calls whatever the size of the
 * export: the tab's current size, the whole Contacts tab re-read (the user may have sorted,
 * inserted or typed rows since the load), room added to the grid when the new rows or columns
 * need it, then every cell in one `values.batchUpdate` with RAW input. Existing rows are found
 * again by their identity, as the daily run's save does, and are not written when they cannot
 * be; columns are found by their header as it is now; new rows go after the last non-blank row
 * as it is now. Days are written as ISO text, which reads back as the same day.
 */
export async function saveSheetsImport(
  api: SheetsApi,
  contacts: SheetProperties,
  writes: ImportWrites,
): Promise<ImportSaveResult> {
  const spreadsheetId = api.options.spreadsheetId;
  const tab = await currentTab(api, contacts);
  const title = tab.title as string;
  const read = await api.call("values.batchGet", () =>
    api.client.spreadsheets.values.batchGet({
      spreadsheetId,
      ranges: [quoteTab(title)],
      valueRenderOption: "UNFORMATTED_VALUE",
      dateTimeRenderOption: "SERIAL_NUMBER",
      majorDimension: "ROWS",
    }),
  );
  const grid = (read.valueRanges?.[0]?.values ?? []) as CellValue[][];
  const header = (grid[0] ?? []).map((cell) => cellText(cell));
  const map = matchHeaders(header);
  const { positions, added } = importColumnPositions(header, map, writes);

  const identities = grid.slice(1).map((cells, index) => {
    const raw: RawRow = { rowNumber: index + 2, cells: {} };
    for (const column of ["linkedinUrl", "name", "firstName", "lastName"] as const) {
      const at = map.input[column];
      if (at !== undefined) raw.cells[column] = cells[at];
    }
    return rowIdentity(raw);
  });
  const rowsOf = new Map<string, number[]>();
  identities.forEach((identity, index) => {
    const list = rowsOf.get(identity);
    if (list === undefined) rowsOf.set(identity, [index]);
    else list.push(index);
  });

  const data: sheets_v4.Schema$ValueRange[] = [];
  const first = added[0];
  const last = added[added.length - 1];
  if (first !== undefined && last !== undefined) {
    data.push({ range: cellRange(title, first.at, last.at, 1, 1), values: [added.map((c) => c.header)] });
  }
  const skipped: ImportSaveResult["skipped"] = [];
  for (const change of writes.changes) {
    const readAt = Number(change.ref);
    const candidates = rowsOf.get(change.identity) ?? [];
    const target =
      identities[readAt] === change.identity ? readAt : candidates.length === 1 ? candidates[0] : undefined;
    if (target === undefined) {
      skipped.push({
        row: change.rowNumber,
        reason:
          candidates.length === 0
            ? "the contact was moved or deleted during the import; import again to update it"
            : "the contact appears on several rows after an edit during the import; import again to update it",
      });
      continue;
    }
    data.push(...rowRuns(title, target + 2, cellsAt(change.cells, positions)));
  }

  const firstNewRow = Math.max(lastNonBlankRow(grid), 0) + 2;
  const width = Math.max(0, ...Object.values(positions).map((at) => at + 1));
  if (writes.newRows.length > 0) {
    const values = writes.newRows.map((cells) => {
      const line: (string | null)[] = new Array(width).fill(null);
      for (const { at, value } of cellsAt(cells, positions)) line[at] = value;
      return line;
    });
    data.push({
      range: cellRange(title, 0, width - 1, firstNewRow, firstNewRow + values.length - 1),
      values,
    });
  }
  await ensureRoom(api, tab, width, firstNewRow + writes.newRows.length - 1);
  if (data.length > 0) {
    await api.call("values.batchUpdate", () =>
      api.client.spreadsheets.values.batchUpdate({
        spreadsheetId,
        requestBody: { valueInputOption: "RAW", data },
      }),
    );
  }
  return {
    skipped,
    addedColumns: added.map((column) => column.header),
    ...(writes.newRows.length > 0 ? { firstNewRow } : {}),
  };
}

/** The Contacts tab's properties now (its grid may have grown or been renamed since the load). */
async function currentTab(api: SheetsApi, contacts: SheetProperties): Promise<SheetProperties> {
  const meta = await api.call("spreadsheets.get", () =>
    api.client.spreadsheets.get({
      spreadsheetId: api.options.spreadsheetId,
      fields: "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)))",
    }),
  );
  const tab = (meta.sheets ?? [])
    .map((sheet) => sheet.properties ?? {})
    .find((properties) => properties.sheetId === contacts.sheetId);
  if (tab?.title === undefined || tab.title === null) {
    throw new TendError(
      "changed",
      `The Contacts tab was deleted while Tend was importing; nothing was written. Import again`,
    );
  }
  return tab;
}

/** Neighbouring cells of one row in one range, as the daily run writes them. */
function rowRuns(
  title: string,
  sheetRow: number,
  cells: readonly { at: number; value: string }[],
): sheets_v4.Schema$ValueRange[] {
  const ranges: sheets_v4.Schema$ValueRange[] = [];
  let run: { at: number; value: string }[] = [];
  const flush = () => {
    const start = run[0];
    const end = run[run.length - 1];
    if (start !== undefined && end !== undefined) {
      ranges.push({
        range: cellRange(title, start.at, end.at, sheetRow, sheetRow),
        values: [run.map((cell) => cell.value)],
      });
    }
    run = [];
  };
  for (const cell of cells) {
    const previous = run[run.length - 1];
    if (previous !== undefined && cell.at !== previous.at + 1) flush();
    run.push(cell);
  }
  flush();
  return ranges;
}

/** Values writes do not grow the grid: add the rows and columns the import needs first. */
async function ensureRoom(api: SheetsApi, tab: SheetProperties, columns: number, rows: number) {
  const requests: sheets_v4.Schema$Request[] = [];
  const sheetId = tab.sheetId ?? 0;
  const columnCount = tab.gridProperties?.columnCount ?? 0;
  const rowCount = tab.gridProperties?.rowCount ?? 0;
  if (columns > columnCount) {
    requests.push({ appendDimension: { sheetId, dimension: "COLUMNS", length: columns - columnCount } });
  }
  if (rows > rowCount) {
    requests.push({ appendDimension: { sheetId, dimension: "ROWS", length: rows - rowCount } });
  }
  if (requests.length === 0) return;
  await api.call("spreadsheets.batchUpdate", () =>
    api.client.spreadsheets.batchUpdate({
      spreadsheetId: api.options.spreadsheetId,
      requestBody: { requests },
    }),
  );
}
