import type ExcelJS from "exceljs";
import type { InputColumn } from "../../contacts/columns.js";
import { IMPORT_DATE_COLUMNS, type ImportSaveResult, type ImportWrites } from "../../run/ports.js";
import { cellsAt, importColumnPositions } from "../grid-import.js";
import type { GridTable } from "../grid-table.js";

const DATE_FORMAT = "yyyy-mm-dd";
/** Excel cannot show days before 1 March 1900 as dates: those stay ISO text, which Tend reads too. */
const FIRST_DATE_CELL = "1900-03-01";

/**
 * Puts an import into the Contacts worksheet (in memory; the store saves the file): missing
 * input columns at the right end of the header, changed cells of existing rows, new rows after
 * the last non-blank row. Days become real date cells shown as yyyy-mm-dd (or in the column's
 * own date format); text stays text, even when it starts with `=`.
 */
export function writeImportToSheet(
  sheet: ExcelJS.Worksheet,
  table: Pick<GridTable, "header" | "map">,
  writes: ImportWrites,
): ImportSaveResult {
  const { positions, added } = importColumnPositions(table.header, table.map, writes);
  const headerRow = sheet.getRow(1);
  const headerFont = headerRow.getCell(1).font;
  for (const { at, header } of added) {
    const cell = headerRow.getCell(at + 1);
    cell.value = header;
    if (headerFont !== undefined) cell.font = headerFont;
  }
  const dateFormats = new Map<number, string>();
  const setCell = (row: ExcelJS.Row, at: number, column: InputColumn, value: string) => {
    const cell = row.getCell(at + 1);
    if (!IMPORT_DATE_COLUMNS.has(column) || value < FIRST_DATE_CELL || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      cell.value = value;
      return;
    }
    let format = dateFormats.get(at);
    if (format === undefined) {
      const own = sheet.getColumn(at + 1).numFmt;
      format = typeof own === "string" && /[dy]/i.test(own) ? own : DATE_FORMAT;
      dateFormats.set(at, format);
    }
    cell.value = new Date(`${value}T00:00:00Z`);
    cell.numFmt = format;
  };
  for (const change of writes.changes) {
    const row = sheet.getRow(Number(change.ref) + 2);
    for (const { at, column, value } of cellsAt(change.cells, positions)) setCell(row, at, column, value);
  }
  // exceljs numbers rows from 1; the header is row 1, so the first free row follows the last used one.
  const firstNewRow = lastUsedRow(sheet) + 1;
  writes.newRows.forEach((cells, index) => {
    const row = sheet.getRow(firstNewRow + index);
    for (const { at, column, value } of cellsAt(cells, positions)) setCell(row, at, column, value);
  });
  return {
    skipped: [],
    addedColumns: added.map((column) => column.header),
    ...(writes.newRows.length > 0 ? { firstNewRow } : {}),
  };
}

/** The last row holding a value (at least the header row, 1): formatting alone does not count. */
function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  const values = sheet.getSheetValues() as (ExcelJS.CellValue[] | undefined)[];
  for (let row = values.length - 1; row > 1; row--) {
    const cells = values[row];
    if (cells?.some((value) => value !== null && value !== undefined && String(value).trim() !== ""))
      return row;
  }
  return 1;
}
