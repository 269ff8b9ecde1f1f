import type ExcelJS from "exceljs";
import {
  HISTORY_COLUMN,
  type MorningView,
  type TabCell,
  TODAY_TAB,
  todayTabBlocks,
} from "../../layout/morning-view.js";
import { TABS } from "./workbook-tabs.js";
import { rowValues } from "./xlsx-cells.js";

/** The heartbeat's lines at the top of the main block: a failed run rewrites only these. */
const HEARTBEAT_ROWS = 3;

/**
 * The Today tab of the workbook, rewritten on every run from the run's view and the Run log
 * (which already holds this run's row, so the heartbeat is current). Without a view (a failed
 * run) only the heartbeat changes: the last good list stays. Other tabs are untouched.
 */
export function writeTodayWorksheet(workbook: ExcelJS.Workbook, view: MorningView | undefined): void {
  const runLog = findTab(workbook, TABS.runLog);
  const runLogGrid =
    runLog === undefined
      ? []
      : (runLog.getSheetValues() as (ExcelJS.CellValue[] | undefined)[])
          .slice(1)
          .map((row) => rowValues(row, row === undefined ? 0 : row.length - 1));
  const { main, history } = todayTabBlocks(view, runLogGrid);
  let sheet = findTab(workbook, TODAY_TAB);
  if (sheet === undefined) {
    sheet = workbook.addWorksheet(TODAY_TAB);
    for (const [column, width] of [
      [1, 22],
      [2, 30],
      [3, 24],
      [4, 12],
      [5, 60],
      [6, 60],
      [7, 40],
      [9, 22],
    ] as const) {
      sheet.getColumn(column).width = width;
    }
  }
  writeBlock(sheet, view === undefined ? main.slice(1, HEARTBEAT_ROWS) : main, view === undefined ? 2 : 1, 1);
  if (view !== undefined) writeBlock(sheet, history, 1, HISTORY_COLUMN + 1);
  for (const row of [1, 5]) sheet.getRow(row).font = { bold: true, size: row === 1 ? 14 : 11 };
}

const PROFILE_LINK = /^https:\/\/www\.linkedin\.com\/(in|company)\//;

function writeBlock(sheet: ExcelJS.Worksheet, block: TabCell[][], top: number, left: number): void {
  block.forEach((cells, y) => {
    const row = sheet.getRow(top + y);
    cells.forEach((value, x) => {
      const cell = row.getCell(left + x);
      // Profile links open the contact's page; everything else is plain text or a number.
      cell.value =
        value === ""
          ? null
          : typeof value === "string" && PROFILE_LINK.test(value)
            ? { text: value, hyperlink: value }
            : value;
    });
  });
}

function findTab(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name.toLowerCase());
}
