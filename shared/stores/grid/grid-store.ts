import { headerOf, type InputColumn, TALK_BACK_COLUMNS } from "../../contacts/columns.js";
import { matchHeaders } from "../../contacts/header-match.js";
import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import { TendError } from "../../errors/tend-error.js";
import { type MorningView, TODAY_TAB } from "../../layout/morning-view.js";
import { RUN_LOG_HEADERS, type RunLogEntry, runLogCells } from "../../layout/run-log.js";
import { findTabName, TABS } from "../../layout/tab-names.js";
import type {
  ContactStore,
  ImportSaveResult,
  ImportTarget,
  ImportWrites,
  LoadedTable,
  RowUpdate,
  SaveResult,
} from "../../run/ports.js";
import { contactCells } from "./contact-cells.js";
import { lastFilledColumn, lastFilledRow } from "./find-table.js";
import type { CellWrite, GridDocument, TabWrite } from "./grid-document.js";
import { type GridTable, readGridTable, tendColumnPositions } from "./grid-table.js";
import { importCellWrites } from "./import-writes.js";
import { identitiesOf, identityColumns, locateRows } from "./locate-rows.js";
import { heartbeatWrite, runLogRows, runLogWrite, todayWrite } from "./own-tabs.js";
import { readContactsTab } from "./read-contacts-tab.js";
import { assertSameColumns, lastRunStarted } from "./same-columns.js";
import { tendColumnOrder } from "./tend-column-order.js";

interface Loaded {
  names: string[];
  contactsTab: string;
  /** Saving needs only the header: the rows go to the run and are not kept here. */
  table: GridTable;
  /** Index of the header row in the tab (0 unless a title or notes sit above the table). */
  headerRow: number;
  /** The first column after everything the tab holds in any row: where Tend's new columns go. */
  firstFreeColumn: number;
  /** Index of the contacts tab's last row holding anything (the header row when none). */
  lastFilledRow: number;
  runLog: CellValue[][];
  lastRunAtLoad: string;
}

/**
 * A contacts table in any grid document (workbook, CSV file, Google Sheet): the header matched
 * once, Settings and Templates read from their tabs, the output cells written onto the row of
 * the same contact after the document's re-check, the Run log and Today tabs laid out once.
 */
export class GridStore implements ContactStore, ImportTarget {
  readonly description: string;
  private state: Loaded | undefined;

  constructor(protected readonly document: GridDocument) {
    this.description = document.description;
  }

  async load(): Promise<LoadedTable> {
    const found = await readContactsTab(this.document);
    const { contacts, headerRow, snapshot, settingRows, templateRows } = found;
    const grid = contacts.rows;
    const { links, uncomputed } = contacts;
    const table = readGridTable(
      grid[headerRow] ?? [],
      grid.slice(headerRow + 1),
      // No look-ups at all when there is nothing to find: they would build a key for every cell.
      links === undefined || links.size === 0
        ? undefined
        : (index, column) => links.get(`${headerRow + 1 + index},${column}`),
      headerRow + 2,
      uncomputed === undefined || uncomputed.size === 0
        ? undefined
        : (index, column) => uncomputed.has(`${headerRow + 1 + index},${column}`),
    );
    this.state = {
      names: snapshot.names,
      contactsTab: contacts.name,
      table: { ...table, rows: [] },
      headerRow,
      firstFreeColumn: Math.max(lastFilledColumn(grid), table.header.length - 1) + 1,
      lastFilledRow: lastFilledRow(grid, headerRow),
      runLog: found.runLog,
      lastRunAtLoad: lastRunStarted(found.runLog),
    };
    return {
      rows: table.rows,
      settingRows,
      templateRows,
      settingDefaults: snapshot.settingDefaults,
      warnings: table.warnings,
    };
  }

  async save(updates: readonly RowUpdate[], log: RunLogEntry, view?: MorningView): Promise<SaveResult> {
    const state = this.loaded();
    const { table, headerRow } = state;
    // Done and Snooze until are how the user talks back to Tend: a table without them gets them.
    const inputColumns = new Set<InputColumn>(TALK_BACK_COLUMNS);
    for (const update of updates) for (const column in update.inputs) inputColumns.add(column as InputColumn);
    const { positions, added } = tendColumnPositions(table, [...inputColumns], state.firstFreeColumn);
    const keys = identityColumns(table.map).map(([, at]) => at);
    const runLogTab = findTabName(state.names, TABS.runLog);
    const recheck = await this.document.recheck({
      tab: state.contactsTab,
      headerRow,
      columns: keys,
      tabs: runLogTab === undefined ? [] : [runLogTab],
    });
    let identitiesNow: string[] | undefined;
    let runLogNow = state.runLog;
    if (!recheck.unchanged) {
      const headerNow = (recheck.rows[headerRow] ?? []).map((cell) => cellText(cell));
      assertSameColumns(table.header, headerNow, [...keys, ...(Object.values(positions) as number[])]);
      identitiesNow = identitiesOf(table.map, recheck.rows, headerRow);
      const fresh = recheck.tabs.find((tab) => tab.name === runLogTab);
      if (fresh !== undefined) {
        runLogNow = fresh.rows;
        if (lastRunStarted(runLogNow) !== state.lastRunAtLoad) {
          throw new TendError(
            "overlap",
            "Another Tend run on this spreadsheet finished while this one was running; this one wrote nothing (the other did the work)",
          );
        }
      }
    }
    const located = locateRows(updates, identitiesNow, "run");
    const cells: CellWrite[] = [];
    if (updates.length > 0) {
      for (const column of added)
        cells.push({
          row: headerRow,
          column: positions[column] as number,
          value: headerOf(column),
          look: "tend-header",
        });
    }
    contactCells(updates, located.targets, headerRow, tendColumnOrder(positions), cells);
    const logRows = runLogRows(runLogNow, log);
    const writes: TabWrite[] = [
      { tab: state.contactsTab, cells },
      runLogWrite(runLogTab ?? TABS.runLog, logRows),
    ];
    if (this.document.ownTabs.has(TODAY_TAB))
      writes.push(todayWrite(findTabName(state.names, TODAY_TAB) ?? TODAY_TAB, view, logRows, log.timeZone));
    await this.document.write(writes);
    return { skipped: located.skipped };
  }

  /** A run that failed after loading: the Run log says so and the Today tab's heartbeat shows it. */
  async recordFailure(log: RunLogEntry): Promise<void> {
    const state = this.state;
    if (state === undefined || this.document.recordFailure === undefined) return;
    const row = runLogCells(log);
    const today = this.document.ownTabs.has(TODAY_TAB)
      ? heartbeatWrite(findTabName(state.names, TODAY_TAB) ?? TODAY_TAB, [...state.runLog, row], log.timeZone)
      : undefined;
    await this.document.recordFailure(
      { tab: findTabName(state.names, TABS.runLog) ?? TABS.runLog, header: RUN_LOG_HEADERS, row },
      today,
    );
  }

  /** `tend import`: input cells of existing rows and new rows, found again as the run's save does. */
  async saveImport(writes: ImportWrites): Promise<ImportSaveResult> {
    const state = this.loaded();
    const { headerRow } = state;
    const recheck = await this.document.recheck({
      tab: state.contactsTab,
      headerRow,
      columns: "all",
      tabs: [],
    });
    let { header, map } = state.table;
    let identitiesNow: string[] | undefined;
    let lastFilled = state.lastFilledRow;
    let firstFreeColumn = state.firstFreeColumn;
    if (!recheck.unchanged) {
      header = (recheck.rows[headerRow] ?? []).map((cell) => cellText(cell));
      map = matchHeaders(header);
      identitiesNow = identitiesOf(map, recheck.rows, headerRow);
      lastFilled = lastFilledRow(recheck.rows, headerRow);
      firstFreeColumn = Math.max(lastFilledColumn(recheck.rows), header.length - 1) + 1;
    }
    const located = locateRows(writes.changes, identitiesNow, "import");
    const planned = importCellWrites(header, map, writes, located.targets, {
      header: headerRow,
      lastFilled,
      firstFreeColumn,
    });
    if (planned.cells.length > 0)
      await this.document.write([{ tab: state.contactsTab, cells: planned.cells }]);
    return {
      skipped: located.skipped,
      addedColumns: planned.addedColumns,
      ...(writes.newRows.length > 0 ? { firstNewRow: lastFilled + 2 } : {}),
    };
  }

  async close(): Promise<void> {
    await this.document.close();
  }

  private loaded(): Loaded {
    if (this.state === undefined) throw new Error("GridStore.save called before load");
    return this.state;
  }
}
