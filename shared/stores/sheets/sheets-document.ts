import type { sheets_v4 } from "@googleapis/sheets";
import type { CellValue } from "../../contacts/parse-date.js";
import { TendError } from "../../errors/tend-error.js";
import { TODAY_TAB } from "../../layout/morning-view.js";
import { TABS } from "../../layout/tab-names.js";
import type {
  FailureRow,
  GridDocument,
  GridSnapshot,
  Recheck,
  RecheckRequest,
  TabRequest,
  TabWrite,
} from "../grid/grid-document.js";
import { columnRange, quoteTab } from "./a1.js";
import type { SheetsApi } from "./sheets-api.js";

import { roomRequests } from "./sheets-room.js";
import { valueRanges } from "./value-ranges.js";
import { writeBatches, writeBody } from "./write-batches.js";

type SheetProperties = sheets_v4.Schema$SheetProperties;

const READ = {
  valueRenderOption: "UNFORMATTED_VALUE",
  dateTimeRenderOption: "SERIAL_NUMBER",
  majorDimension: "ROWS",
} as const;

/**
 * A Google Sheet as a grid document, in a constant number of calls whatever the number of
 * contacts. Read: metadata, then every tab asked for in one batch. Re-check: the columns asked
 * for (the user may have sorted or inserted rows meanwhile) in one batch. Write: room added to
 * the grid when needed, then every cell in one `values.batchUpdate`, RAW (several, in a safe
 * order, when one would exceed MAX_WRITE_BYTES: see write-batches.ts).
 */
export class SheetsDocument implements GridDocument {
  readonly description: string;
  readonly ownTabs: ReadonlySet<string> = new Set([TABS.runLog, TODAY_TAB]);
  private tabs: SheetProperties[] = [];

  constructor(private readonly api: SheetsApi) {
    this.description = `Google Sheet ${api.options.spreadsheetId}`;
  }

  private get id(): string {
    return this.api.options.spreadsheetId;
  }

  async read(choose: (names: readonly string[]) => TabRequest[]): Promise<GridSnapshot> {
    const meta = await this.api.call("spreadsheets.get", () =>
      this.api.client.spreadsheets.get({
        spreadsheetId: this.id,
        fields:
          "properties(title,timeZone),sheets(properties(sheetId,title,index,gridProperties(rowCount,columnCount)))",
      }),
    );
    this.tabs = (meta.sheets ?? []).map((sheet) => sheet.properties ?? {});
    const names = this.tabs.flatMap((tab) => (typeof tab.title === "string" ? [tab.title] : []));
    if (names.length === 0) {
      throw new TendError(
        "invalid-setup",
        `Spreadsheet ${this.id} has no tab: add a Contacts tab with a header row`,
      );
    }
    const requests = choose(names);
    const batch = await this.api.call("values.batchGet", () =>
      this.api.client.spreadsheets.values.batchGet({
        spreadsheetId: this.id,
        ranges: requests.map(({ name, firstColumnOnly }) =>
          firstColumnOnly ? `${quoteTab(name)}!A:A` : quoteTab(name),
        ),
        ...READ,
      }),
    );
    const grids = (batch.valueRanges ?? []).map((range) => (range.values ?? []) as CellValue[][]);
    const timeZone = meta.properties?.timeZone;
    return {
      names,
      tabs: requests.map(({ name }, index) => ({ name, rows: grids[index] ?? [] })),
      settingDefaults: typeof timeZone === "string" && timeZone !== "" ? { "Time zone": timeZone } : {},
    };
  }

  async recheck(request: RecheckRequest): Promise<Recheck> {
    if (request.columns === "all") return this.recheckWholeTab(request.tab);
    const columns = request.columns;
    const batch = await this.api.call("values.batchGet", () =>
      this.api.client.spreadsheets.values.batchGet({
        spreadsheetId: this.id,
        // Rows, the default every implementation of the API serves; columns are read off them.
        ranges: [
          `${quoteTab(request.tab)}!${request.headerRow + 1}:${request.headerRow + 1}`,
          ...columns.map((at) => columnRange(request.tab, at)),
          ...request.tabs.map(quoteTab),
        ],
        ...READ,
      }),
    );
    const ranges = (batch.valueRanges ?? []).map((range) => (range.values ?? []) as CellValue[][]);
    const rows: CellValue[][] = [];
    columns.forEach((at, position) => {
      // Each range is one column read as rows: [[row 1], [row 2], [], ...] (empty cells ragged).
      (ranges[1 + position] ?? []).forEach((line, index) => {
        const row = rows[index] ?? [];
        rows[index] = row;
        row[at] = line[0];
      });
    });
    for (let index = 0; index < rows.length; index++) rows[index] ??= [];
    rows[request.headerRow] = [...(ranges[0]?.[0] ?? [])];
    const tabs = request.tabs.map((name, index) => ({
      name,
      rows: ranges[1 + columns.length + index] ?? [],
    }));
    return { unchanged: false, rows, tabs };
  }

  async write(writes: readonly TabWrite[]): Promise<void> {
    const requests = roomRequests(this.tabs, writes);
    if (requests.length > 0) {
      await this.api.call("spreadsheets.batchUpdate", () =>
        this.api.client.spreadsheets.batchUpdate({ spreadsheetId: this.id, requestBody: { requests } }),
      );
    }
    // In order, one call after the other: a failed call leaves the later ones unsent.
    for (const data of writeBatches(writes, this.api.options.maxWriteBytes)) {
      await this.api.call("values.batchUpdate", () =>
        this.api.client.spreadsheets.values.batchUpdate({
          spreadsheetId: this.id,
          requestBody: writeBody(data),
        }),
      );
    }
  }

  /**
   * A run that failed after loading: one Run log row and the heartbeat line, best effort. The
   * append is sent once, never retried: a blind retry of an append could add the row twice.
   */
  async recordFailure(append: FailureRow, cells: TabWrite | undefined): Promise<void> {
    if (!this.tabs.some((tab) => tab.title === append.tab)) return;
    await this.api.client.spreadsheets.values.append({
      spreadsheetId: this.id,
      range: quoteTab(append.tab),
      valueInputOption: "RAW",
      insertDataOption: "INSERT_ROWS",
      requestBody: { values: [[...append.row]] },
    });
    if (cells === undefined || !this.tabs.some((tab) => tab.title === cells.tab)) return;
    for (const range of valueRanges(cells)) {
      await this.api.client.spreadsheets.values.update({
        spreadsheetId: this.id,
        range: range.range ?? "",
        valueInputOption: "RAW",
        requestBody: { values: range.values ?? [] },
      });
    }
  }

  async close(): Promise<void> {}

  /** `tend import`: the tab's current size and the whole tab re-read (the user may have sorted, inserted or typed rows). */
  private async recheckWholeTab(title: string): Promise<Recheck> {
    const readTab = this.tabs.find((tab) => tab.title === title);
    const meta = await this.api.call("spreadsheets.get", () =>
      this.api.client.spreadsheets.get({
        spreadsheetId: this.id,
        fields: "sheets(properties(sheetId,title,gridProperties(rowCount,columnCount)))",
      }),
    );
    const now = (meta.sheets ?? [])
      .map((sheet) => sheet.properties ?? {})
      .find((properties) => properties.sheetId === readTab?.sheetId);
    if (now?.title === undefined || now.title === null) {
      throw new TendError(
        "changed",
        "The Contacts tab was deleted while Tend was importing; nothing was written. Import again",
      );
    }
    this.tabs = this.tabs.map((tab) => (tab.sheetId === now.sheetId ? now : tab));
    const batch = await this.api.call("values.batchGet", () =>
      this.api.client.spreadsheets.values.batchGet({
        spreadsheetId: this.id,
        ranges: [quoteTab(now.title as string)],
        ...READ,
      }),
    );
    return { unchanged: false, rows: (batch.valueRanges?.[0]?.values ?? []) as CellValue[][], tabs: [] };
  }
}
