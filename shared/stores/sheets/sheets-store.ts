import type { sheets_v4 } from "@googleapis/sheets";
import { headerOf } from "../../contacts/columns.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import { TendError } from "../../errors/tend-error.js";
import { type MorningView, TODAY_TAB } from "../../run/morning-view.js";
import { RUN_LOG_HEADERS, RUN_LOG_KEEP_ROWS, type RunLogEntry, runLogCells } from "../../run/run-log.js";
import type {
  ContactStore,
  ImportSaveResult,
  ImportTarget,
  ImportWrites,
  LoadedTable,
  RowUpdate,
  SaveResult,
} from "../contact-store.js";
import { type GridTable, outputColumnPositions, readGridTable } from "../grid-table.js";
import { TABS } from "../local/workbook-tabs.js";
import { readSettingsAndTemplates } from "../two-column-tabs.js";
import { columnRange, quoteTab } from "./a1.js";
import { planSheetWrites } from "./sheet-writes.js";
import type { SheetsApi } from "./sheets-api.js";
import { saveSheetsImport } from "./sheets-import.js";
import { assertSameColumns, currentIdentities, identityColumns, lastRunStarted } from "./sheets-recheck.js";
import { runLogRows } from "./sheets-run-log.js";
import { addTodayTab, todayTabWrites } from "./sheets-today.js";

type SheetProperties = sheets_v4.Schema$SheetProperties;

/**
 * A Google Sheet: a constant number of calls whatever the number of contacts. Load: metadata,
 * then every tab in one batch. Save: re-read the key columns (the user may have sorted or
 * inserted rows meanwhile) and write every changed cell plus the Run log row in one batch.
 */
export class SheetsStore implements ContactStore, ImportTarget {
  readonly description: string;
  private tabs:
    | {
        contacts: SheetProperties;
        runLog: SheetProperties | undefined;
        today: SheetProperties | undefined;
        ids: number[];
      }
    | undefined;
  private table: GridTable | undefined;
  /** The newest Run log row when this run loaded: another run that finishes meanwhile changes it. */
  private lastRunAtLoad = "";

  constructor(private readonly api: SheetsApi) {
    this.description = `Google Sheet ${api.options.spreadsheetId}`;
  }

  private get id(): string {
    return this.api.options.spreadsheetId;
  }

  async load(): Promise<LoadedTable> {
    const meta = await this.api.call("spreadsheets.get", () =>
      this.api.client.spreadsheets.get({
        spreadsheetId: this.id,
        fields:
          "properties(title,timeZone),sheets(properties(sheetId,title,index,gridProperties(rowCount,columnCount)))",
      }),
    );
    const sheets = (meta.sheets ?? []).map((sheet) => sheet.properties ?? {});
    const contacts = findTab(sheets, TABS.contacts) ?? sheets[0];
    if (contacts?.title === undefined || contacts.title === null) {
      throw new TendError(
        "invalid-setup",
        `Spreadsheet ${this.id} has no tab: add a Contacts tab with a header row`,
      );
    }
    this.tabs = {
      contacts,
      runLog: findTab(sheets, TABS.runLog),
      today: findTab(sheets, TODAY_TAB),
      ids: sheets.map((sheet) => sheet.sheetId ?? 0),
    };
    const settings = findTab(sheets, TABS.settings);
    const templates = findTab(sheets, TABS.templates);
    const ranges = [contacts.title, settings?.title, templates?.title].filter(
      (title): title is string => typeof title === "string",
    );
    const runLogTitle = this.tabs.runLog?.title;
    const batch = await this.api.call("values.batchGet", () =>
      this.api.client.spreadsheets.values.batchGet({
        spreadsheetId: this.id,
        ranges: [...ranges.map(quoteTab), ...(runLogTitle ? [`${quoteTab(runLogTitle)}!A:A`] : [])],
        valueRenderOption: "UNFORMATTED_VALUE",
        dateTimeRenderOption: "SERIAL_NUMBER",
        majorDimension: "ROWS",
      }),
    );
    const grids = (batch.valueRanges ?? []).map((range) => (range.values ?? []) as CellValue[][]);
    this.lastRunAtLoad = runLogTitle ? lastRunStarted(grids[ranges.length] ?? []) : "";
    const grid = grids[0] ?? [];
    this.table = readGridTable(grid[0] ?? [], grid.slice(1));
    const settingsGrid = settings === undefined ? [] : (grids[1] ?? []);
    const templatesGrid = templates === undefined ? [] : (grids[settings === undefined ? 1 : 2] ?? []);
    const settingRows = readSettingsAndTemplates(settingsGrid, `${TABS.settings} tab`);
    const templateRows = readSettingsAndTemplates(templatesGrid, `${TABS.templates} tab`);
    const timeZone = meta.properties?.timeZone;
    return {
      rows: this.table.rows,
      settingRows: settingRows.settingRows,
      templateRows: [
        ...settingRows.templateRows,
        ...templateRows.settingRows.map((row) => ({
          action: row.setting,
          template: row.value,
          where: row.where,
        })),
        ...templateRows.templateRows,
      ],
      settingDefaults: typeof timeZone === "string" && timeZone !== "" ? { "Time zone": timeZone } : {},
      warnings: this.table.warnings,
    };
  }

  async save(updates: readonly RowUpdate[], log: RunLogEntry, view?: MorningView): Promise<SaveResult> {
    const { tabs, table } = this.loaded();
    const contactsTab = tabs.contacts.title as string;
    const { positions, added } = outputColumnPositions(table);
    const keyColumns = identityColumns(table);
    const runLogTitle = tabs.runLog?.title ?? TABS.runLog;
    const recheck = await this.api.call("values.batchGet", () =>
      this.api.client.spreadsheets.values.batchGet({
        spreadsheetId: this.id,
        ranges: [
          `${quoteTab(contactsTab)}!1:1`,
          ...keyColumns.map(([, at]) => columnRange(contactsTab, at)),
          ...(tabs.runLog ? [quoteTab(runLogTitle)] : []),
        ],
        // Rows, the default every implementation of the API serves; columns are read off them.
        valueRenderOption: "UNFORMATTED_VALUE",
        dateTimeRenderOption: "SERIAL_NUMBER",
        majorDimension: "ROWS",
      }),
    );
    const ranges = recheck.valueRanges ?? [];
    const headerNow = (((ranges[0]?.values ?? [])[0] ?? []) as CellValue[]).map((cell) => cellText(cell));
    assertSameColumns(table.header, headerNow, [
      ...keyColumns.map(([, at]) => at),
      ...Object.values(positions),
    ]);
    const identitiesNow = currentIdentities(keyColumns, ranges.slice(1, 1 + keyColumns.length));
    const runLogNow = tabs.runLog
      ? ((ranges[1 + keyColumns.length]?.values ?? []) as CellValue[][])
      : undefined;

    if (runLogNow !== undefined && lastRunStarted(runLogNow) !== this.lastRunAtLoad) {
      throw new TendError(
        "overlap",
        "Another Tend run on this spreadsheet finished while this one was running; this one wrote nothing (the other did the work)",
      );
    }
    const plan = planSheetWrites({
      tab: contactsTab,
      updates,
      positions,
      identitiesNow,
      addedHeaders: added.map((column): [number, string] => [positions[column], headerOf(column)]),
    });
    const runLogWrite = runLogRows(runLogNow, log);
    const data: sheets_v4.Schema$ValueRange[] = [
      ...plan.data,
      { range: `${quoteTab(runLogTitle)}!A1`, values: runLogWrite.rows },
      ...todayTabWrites(tabs.today?.title ?? TODAY_TAB, view, runLogWrite.rows),
    ];
    await this.ensureRoom(tabs, Math.max(...Object.values(positions)) + 1, runLogWrite.rows.length);
    await this.api.call("values.batchUpdate", () =>
      this.api.client.spreadsheets.values.batchUpdate({
        spreadsheetId: this.id,
        requestBody: { valueInputOption: "RAW", data },
      }),
    );
    return { skipped: plan.skipped };
  }

  /**
   * A run that failed after loading: one Run log row and the heartbeat line, best effort. The
   * append is sent once, never retried: a blind retry of an append could add the row twice.
   */
  async recordFailure(log: RunLogEntry): Promise<void> {
    const tabs = this.tabs;
    if (tabs?.runLog?.title === undefined || tabs.runLog.title === null) return;
    await this.api.client.spreadsheets.values.append({
      spreadsheetId: this.id,
      range: quoteTab(tabs.runLog.title),
      valueInputOption: "RAW",
      insertDataOption: "INSERT_ROWS",
      requestBody: { values: [runLogCells(log)] },
    });
    if (tabs.today?.title) {
      await this.api.client.spreadsheets.values.update({
        spreadsheetId: this.id,
        range: `${quoteTab(tabs.today.title)}!A3:B3`,
        valueInputOption: "RAW",
        requestBody: { values: [["Last failed run", `${log.startedAt}: ${log.outcome}`]] },
      });
    }
  }

  /** `tend import`: see sheets-import.ts. */
  async saveImport(writes: ImportWrites): Promise<ImportSaveResult> {
    return saveSheetsImport(this.api, this.loaded().tabs.contacts, writes);
  }

  async close(): Promise<void> {}

  /** Values writes do not grow the grid: add columns, or the Run log tab, first (rarely needed). */
  private async ensureRoom(
    tabs: NonNullable<SheetsStore["tabs"]>,
    columnsNeeded: number,
    runLogRows: number,
  ) {
    const requests: sheets_v4.Schema$Request[] = [];
    // An API that does not tell the grid's size is trusted to grow it itself.
    const columnCount = tabs.contacts.gridProperties?.columnCount ?? Number.POSITIVE_INFINITY;
    if (columnsNeeded > columnCount) {
      requests.push({
        appendDimension: {
          sheetId: tabs.contacts.sheetId ?? 0,
          dimension: "COLUMNS",
          length: columnsNeeded - columnCount,
        },
      });
    }
    if (tabs.today === undefined) requests.push(addTodayTab(tabs.ids).request);
    const runLogColumns = tabs.runLog?.gridProperties?.columnCount ?? RUN_LOG_HEADERS.length;
    if (tabs.runLog !== undefined && runLogColumns < RUN_LOG_HEADERS.length) {
      requests.push({
        appendDimension: {
          sheetId: tabs.runLog.sheetId ?? 0,
          dimension: "COLUMNS",
          length: RUN_LOG_HEADERS.length - runLogColumns,
        },
      });
    }
    if (tabs.runLog === undefined) {
      requests.push({
        addSheet: {
          properties: {
            title: TABS.runLog,
            gridProperties: {
              rowCount: RUN_LOG_KEEP_ROWS + 1,
              columnCount: RUN_LOG_HEADERS.length,
              frozenRowCount: 1,
            },
          },
        },
      });
    } else if (runLogRows > (tabs.runLog.gridProperties?.rowCount ?? Number.POSITIVE_INFINITY)) {
      requests.push({
        appendDimension: {
          sheetId: tabs.runLog.sheetId ?? 0,
          dimension: "ROWS",
          length: runLogRows - (tabs.runLog.gridProperties?.rowCount ?? 0),
        },
      });
    }
    if (requests.length === 0) return;
    await this.api.call("spreadsheets.batchUpdate", () =>
      this.api.client.spreadsheets.batchUpdate({ spreadsheetId: this.id, requestBody: { requests } }),
    );
  }

  private loaded() {
    if (this.tabs === undefined || this.table === undefined)
      throw new Error("SheetsStore.save called before load");
    return { tabs: this.tabs, table: this.table };
  }
}

function findTab(sheets: readonly SheetProperties[], name: string): SheetProperties | undefined {
  return sheets.find((sheet) => sheet.title?.trim().toLowerCase() === name.toLowerCase());
}
