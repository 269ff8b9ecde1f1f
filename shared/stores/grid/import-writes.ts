import type { InputColumn } from "../../contacts/columns.js";
import type { HeaderMap } from "../../contacts/header-match.js";
import { IMPORT_DATE_COLUMNS, type ImportWrites } from "../../run/ports.js";
import type { CellWrite, GridValue } from "./grid-document.js";
import { cellsAt, importColumnPositions } from "./grid-import.js";

/**
 * An import as cell writes: missing input columns at the right end of the header, changed cells
 * of the rows found again (`targets`, by the data index they were read at), new rows after the
 * last row holding anything (`rows`: indexes in the tab). Days are handed over as days: each document writes its own kind of date.
 */
export function importCellWrites(
  header: readonly string[],
  map: HeaderMap,
  writes: ImportWrites,
  targets: ReadonlyMap<number, number>,
  rows: { header: number; lastFilled: number; firstFreeColumn: number },
): { cells: CellWrite[]; addedColumns: string[] } {
  const { positions, added } = importColumnPositions(header, map, writes, rows.firstFreeColumn);
  const cells: CellWrite[] = added.map(({ at, header: text }) => ({
    row: rows.header,
    column: at,
    value: text,
    look: "header",
  }));
  const put = (row: number, values: ImportWrites["newRows"][number]) => {
    for (const { at, column, value } of cellsAt(values, positions))
      cells.push({ row, column: at, value: importValue(column, value) });
  };
  for (const change of writes.changes) {
    const target = targets.get(Number(change.ref));
    if (target !== undefined) put(rows.header + 1 + target, change.cells);
  }
  writes.newRows.forEach((row, index) => {
    put(rows.lastFilled + 1 + index, row);
  });
  return { cells, addedColumns: added.map((column) => column.header) };
}

function importValue(column: InputColumn, value: string): GridValue {
  return IMPORT_DATE_COLUMNS.has(column) && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { day: value } : value;
}
