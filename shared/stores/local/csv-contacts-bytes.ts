import { TendError } from "../../errors/tend-error.js";
import type { CsvFile, CsvRecord, NewCells } from "../csv-text/csv-file.js";
import { encodeCsvPieces } from "../csv-text/encode-csv-file.js";
import type { CellWrite, GridValue } from "../grid/grid-document.js";
import { type CsvFormat, escapeFormula, formatRecord, joinRecords } from "./csv-format.js";
import { RowEdit } from "./row-edit.js";

/** How Tend writes a CSV file of its own (the Run log beside the contacts, a new file). */
export const RUN_LOG_FORMAT: CsvFormat = {
  delimiter: ",",
  lineEnding: "\n",
  bom: false,
  quoteAll: false,
  finalNewline: true,
};

/**
 * The file with Tend's cells written, as bytes or pieces of them: records Tend changes are
 * rewritten in the file's encoding, delimiter, quoting and their own line ending; every other
 * record keeps its bytes.
 */
export function contactsBytes(file: CsvFile, cells: readonly CellWrite[]): Uint8Array | Uint8Array[] {
  const { records } = file;
  // A record Tend rewrites gets every column of the table, as a spreadsheet program writes it.
  const width = Math.max(widestRecord(records), widestCell(cells));
  const { replaced, added } = rowEdits(records, cells, width);
  const appended: string[][] = [];
  for (const row of [...added.keys()].sort((a, b) => a - b)) {
    while (records.length + appended.length < row) appended.push([]);
    appended.push(added.get(row)?.cells ?? []);
  }
  // A file Tend starts from nothing is a plain UTF-8 file with LF line ends, ending with one.
  if (records.length === 0 && file.sepLine === undefined)
    return Buffer.from(
      joinRecords(
        appended.map((cells) => formatRecord(cells, RUN_LOG_FORMAT)),
        RUN_LOG_FORMAT,
      ),
    );
  try {
    const changes = new Map<number, NewCells>();
    replaced.forEach((edit, index) => {
      changes.set(index, edit.newCells());
    });
    return encodeCsvPieces(file, changes, appended);
  } catch (error) {
    throw new TendError("invalid-setup", `${(error as Error).message} Nothing was written.`, {
      cause: error,
    });
  }
}

// The loops over every record and cell below are small functions of their own: V8 optimises a
// small function's loop within a few hundred turns, a large one's only after thousands.
function widestRecord(records: readonly CsvRecord[]): number {
  let width = 0;
  for (let at = 0; at < records.length; at++)
    width = Math.max(width, (records[at] as CsvRecord).cells.length);
  return width;
}

function widestCell(cells: readonly CellWrite[]): number {
  let width = 0;
  for (let at = 0; at < cells.length; at++) width = Math.max(width, (cells[at] as CellWrite).column + 1);
  return width;
}

/** Each row's edit: rows of the file in `replaced`, rows after its end in `added`. */
function rowEdits(records: readonly CsvRecord[], cells: readonly CellWrite[], width: number) {
  const replaced = new Map<number, RowEdit>();
  const added = new Map<number, RowEdit>();
  // The cells come a row at a time: the row's edit is looked up once per row, not once per cell.
  for (let from = 0; from < cells.length; ) {
    const row = (cells[from] as CellWrite).row;
    const rows = row < records.length ? replaced : added;
    let edit = rows.get(row);
    if (edit === undefined) {
      edit = new RowEdit(records[row]?.cells ?? [], width);
      rows.set(row, edit);
    }
    from = setRowCells(edit, cells, from);
  }
  return { replaced, added };
}

/**
 * Sets the cells of the row that starts at `from` into its edit; returns where the next row
 * starts. A function called once a row: V8 optimises it after a few rows, where the same loop
 * inside contactsBytes ran unoptimised through most of a first run's 70,000 cells.
 */
function setRowCells(edit: RowEdit, cells: readonly CellWrite[], from: number): number {
  const row = (cells[from] as CellWrite).row;
  let at = from;
  for (; at < cells.length; at++) {
    const cell = cells[at] as CellWrite;
    if (cell.row !== row) break;
    const { value } = cell;
    // Text, nearly every cell Tend writes, without a call through the other kinds.
    edit.set(cell.column, typeof value === "string" ? escapeFormula(value) : csvText(value));
  }
  return at;
}

export function csvText(value: GridValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeFormula(value);
  // A CSV file has no checkboxes: a cleared tick is a blank cell.
  if (typeof value === "boolean") return value ? "TRUE" : "";
  return "day" in value ? value.day : escapeFormula(value.link);
}
