import type { CellValue } from "../../contacts/parse-date.js";
import { cellText } from "../../contacts/parse-row.js";
import {
  HISTORY_BLOCK_ROWS,
  HISTORY_COLUMN,
  HISTORY_ROW,
  MAIN_BLOCK_COLUMNS,
  type MorningView,
  type TabCell,
  todayTabBlocks,
} from "../../layout/morning-view.js";
import { RUN_LOG_HEADERS, RUN_LOG_KEEP_ROWS, type RunLogEntry, runLogCells } from "../../layout/run-log.js";
import type { CellWrite, GridValue, TabLayout, TabWrite } from "./grid-document.js";

/*
 * Tend's own tabs in a grid document: the Run log, rewritten whole from A1, and the Today tab's
 * two blocks. What they say is laid out in shared/layout; this turns it into cell writes.
 */

/** Wide enough to show each header, and Started at, Actions and Outcome in full. */
const RUN_LOG_WIDTHS = [24, 22, 14, 14, 60, 10, 12, 40, 13, 17, 17, 22, 18];

export const RUN_LOG_LAYOUT: TabLayout = {
  frozenRows: 1,
  columnWidths: RUN_LOG_WIDTHS.map((width, column) => [column, width] as const),
  boldRows: [[0]],
  gridRows: RUN_LOG_KEEP_ROWS + 1,
  gridColumns: RUN_LOG_HEADERS.length,
};

/** Text longer than this wraps onto more lines in the Today tab. */
const LONG_TEXT = 60;

export const TODAY_LAYOUT: TabLayout = {
  first: true,
  frozenRows: 1,
  // Priority, Run and the health labels; Action and Connections, Name, Due and "Invites this week", Why, Draft, Profile.
  columnWidths: [
    [0, 36],
    [1, 32],
    [2, 24],
    [3, 18],
    [4, 60],
    [5, 60],
    [6, 40],
  ],
  boldRows: [[0, 14], [4, 11], [HISTORY_ROW, 11], [HISTORY_ROW + 1]],
  gridRows: HISTORY_ROW + HISTORY_BLOCK_ROWS + 20,
  gridColumns: MAIN_BLOCK_COLUMNS + 3,
};

/** The whole Run log from A1: the header, the most recent rows kept, the new one last. */
export function runLogRows(existing: readonly (readonly CellValue[])[] | undefined, entry: RunLogEntry) {
  const previous = (existing ?? []).slice(1).filter((row) => row.some((cell) => cellText(cell) !== ""));
  const kept = previous.slice(Math.max(0, previous.length - (RUN_LOG_KEEP_ROWS - 1)));
  const rows: (string | number)[][] = [
    [...RUN_LOG_HEADERS],
    ...kept.map((row) => RUN_LOG_HEADERS.map((_, i) => plain(row[i]))),
    runLogCells(entry),
  ];
  // Rows that fell off the end are blanked, so the tab never holds more than the limit.
  for (let blank = rows.length; blank < (existing?.length ?? 0); blank++)
    rows.push(RUN_LOG_HEADERS.map(() => ""));
  return rows;
}

export function runLogWrite(tab: string, rows: readonly (readonly (string | number)[])[]): TabWrite {
  return { tab, cells: blockCells(rows, 0, 0), layout: RUN_LOG_LAYOUT };
}

/** Both blocks of the Today tab, whole (blanks included), so nothing of the last run survives. */
export function todayWrite(
  tab: string,
  view: MorningView | undefined,
  runLog: readonly (readonly CellValue[])[],
  timeZone?: string,
) {
  const { main, history } = todayTabBlocks(view, runLog, timeZone);
  // A listed action's Why and draft wrap: its row is made tall enough to read them.
  const tallRows = main.flatMap((line, row) =>
    line.some((cell) => typeof cell === "string" && cell.length > LONG_TEXT) ? [row] : [],
  );
  const write: TabWrite = { tab, cells: blockCells(main, 0, 0), layout: { ...TODAY_LAYOUT, tallRows } };
  if (view !== undefined) write.cells.push(...blockCells(history, HISTORY_ROW, HISTORY_COLUMN));
  return write;
}

/** A failed run changes only the heartbeat's "Last failed run" line. */
export function heartbeatWrite(
  tab: string,
  runLog: readonly (readonly CellValue[])[],
  timeZone?: string,
): TabWrite {
  const { main } = todayTabBlocks(undefined, runLog, timeZone);
  return {
    tab,
    cells: blockCells(
      main.slice(2, 3).map((row) => row.slice(0, 2)),
      2,
      0,
    ),
    layout: TODAY_LAYOUT,
  };
}

const PROFILE_LINK = /^https:\/\/www\.linkedin\.com\/(in|company)\//;

function blockCells(rows: readonly (readonly TabCell[])[], top: number, left: number): CellWrite[] {
  const cells: CellWrite[] = [];
  rows.forEach((line, y) => {
    line.forEach((value, x) => {
      cells.push({ row: top + y, column: left + x, value: shown(value) });
    });
  });
  return cells;
}

// Profile links open the contact's page; everything else is plain text or a number.
function shown(value: TabCell): GridValue {
  if (value === "") return null;
  return typeof value === "string" && PROFILE_LINK.test(value) ? { link: value } : value;
}

function plain(value: CellValue): string | number {
  return typeof value === "number" ? value : cellText(value);
}
