import type { sheets_v4 } from "@googleapis/sheets";
import type { TabWrite } from "../grid/grid-document.js";

type SheetProperties = sheets_v4.Schema$SheetProperties;

/** Values writes do not grow the grid: the tabs, columns and rows the writes need, added first (rarely needed). */
export function roomRequests(
  tabs: readonly SheetProperties[],
  writes: readonly TabWrite[],
): sheets_v4.Schema$Request[] {
  const requests: sheets_v4.Schema$Request[] = [];
  for (const write of writes) {
    if (write.cells.length === 0) continue;
    // A loop, not Math.max(...cells): 30,000 contacts make more arguments than the stack holds.
    let columns = 0;
    let rows = 0;
    for (const cell of write.cells) {
      columns = Math.max(columns, cell.column + 1);
      rows = Math.max(rows, cell.row + 1);
    }
    const tab = tabs.find((candidate) => candidate.title === write.tab);
    if (tab === undefined) {
      requests.push(addTab(tabs, write, rows, columns));
      continue;
    }
    // An API that does not tell the grid's size is trusted to grow it itself.
    const sheetId = tab.sheetId ?? 0;
    const columnCount = tab.gridProperties?.columnCount ?? Number.POSITIVE_INFINITY;
    const rowCount = tab.gridProperties?.rowCount ?? Number.POSITIVE_INFINITY;
    if (columns > columnCount)
      requests.push({ appendDimension: { sheetId, dimension: "COLUMNS", length: columns - columnCount } });
    if (rows > rowCount)
      requests.push({ appendDimension: { sheetId, dimension: "ROWS", length: rows - rowCount } });
  }
  return requests;
}

function addTab(
  tabs: readonly SheetProperties[],
  write: TabWrite,
  rows: number,
  columns: number,
): sheets_v4.Schema$Request {
  const layout = write.layout ?? {};
  // A tab shown first gets its id chosen here, as `tend init` does, so a chart can point at it.
  const placement = layout.first
    ? { sheetId: Math.max(0, ...tabs.map((tab) => tab.sheetId ?? 0)) + 1, index: 0 }
    : {};
  return {
    addSheet: {
      properties: {
        ...placement,
        title: write.tab,
        gridProperties: {
          rowCount: Math.max(layout.gridRows ?? 0, rows),
          columnCount: Math.max(layout.gridColumns ?? 0, columns),
          ...(layout.frozenRows === undefined ? {} : { frozenRowCount: layout.frozenRows }),
        },
      },
    },
  };
}
