import type { sheets_v4 } from "@googleapis/sheets";
import type { CellValue } from "../../contacts/parse-date.js";
import {
  HISTORY_BLOCK_COLUMNS,
  HISTORY_BLOCK_ROWS,
  HISTORY_COLUMN,
  HISTORY_ROW,
  MAIN_BLOCK_COLUMNS,
  MAIN_BLOCK_ROWS,
  type MorningView,
  TODAY_TAB,
  todayTabBlocks,
} from "../../layout/morning-view.js";
import { cellRange } from "./a1.js";

/** Both blocks of the Today tab (see morning-view.ts), whole, so nothing of the last run survives. */
export function todayTabWrites(
  title: string,
  view: MorningView | undefined,
  runLog: readonly (readonly CellValue[])[],
): sheets_v4.Schema$ValueRange[] {
  const { main, history } = todayTabBlocks(view, runLog);
  return [
    { range: cellRange(title, 0, MAIN_BLOCK_COLUMNS - 1, 1, MAIN_BLOCK_ROWS), values: main },
    {
      range: cellRange(
        title,
        HISTORY_COLUMN,
        HISTORY_COLUMN + HISTORY_BLOCK_COLUMNS - 1,
        HISTORY_ROW + 1,
        HISTORY_ROW + HISTORY_BLOCK_ROWS,
      ),
      values: history,
    },
  ];
}

/** The Today tab, first among the tabs; its id is chosen here so a chart can point at it. */
export function addTodayTab(existingSheetIds: readonly number[]): {
  sheetId: number;
  request: sheets_v4.Schema$Request;
} {
  const sheetId = Math.max(0, ...existingSheetIds) + 1;
  return {
    sheetId,
    request: {
      addSheet: {
        properties: {
          sheetId,
          title: TODAY_TAB,
          index: 0,
          gridProperties: {
            rowCount: HISTORY_ROW + HISTORY_BLOCK_ROWS + 20,
            columnCount: MAIN_BLOCK_COLUMNS + 3,
          },
        },
      },
    },
  };
}

/**
 * A line chart of the history block, under it. Made by `tend init`, not by the daily run: the
 * run keeps to its four calls, and a chart is set up once.
 */
export function addHistoryChart(sheetId: number): sheets_v4.Schema$Request {
  const rows = { startRowIndex: HISTORY_ROW + 1, endRowIndex: HISTORY_ROW + HISTORY_BLOCK_ROWS };
  const column = (index: number) => ({
    sheetId,
    ...rows,
    startColumnIndex: index,
    endColumnIndex: index + 1,
  });
  const series = Array.from({ length: HISTORY_BLOCK_COLUMNS - 1 }, (_, i) => ({
    series: { sourceRange: { sources: [column(HISTORY_COLUMN + 1 + i)] } },
    targetAxis: "LEFT_AXIS",
  }));
  return {
    addChart: {
      chart: {
        spec: {
          title: "Your network over the last runs",
          basicChart: {
            chartType: "LINE",
            legendPosition: "BOTTOM_LEGEND",
            headerCount: 1,
            axis: [{ position: "BOTTOM_AXIS", title: "Run" }, { position: "LEFT_AXIS" }],
            domains: [{ domain: { sourceRange: { sources: [column(HISTORY_COLUMN)] } } }],
            series,
          },
        },
        position: {
          // Beside the history's figures, in the wide Why column, so it hides no figure.
          overlayPosition: {
            anchorCell: {
              sheetId,
              rowIndex: HISTORY_ROW,
              columnIndex: HISTORY_COLUMN + HISTORY_BLOCK_COLUMNS,
            },
          },
        },
      },
    },
  };
}
