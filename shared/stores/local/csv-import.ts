import type { ImportSaveResult, ImportWrites } from "../../run/ports.js";
import { cellsAt, importColumnPositions } from "../grid-import.js";
import type { GridTable } from "../grid-table.js";
import { type CsvFormat, type CsvRecord, escapeFormula, formatRecord, joinRecords } from "./csv-format.js";

/**
 * The CSV file after an import: missing input columns at the right end of the header, changed
 * cells of existing rows, new rows after the last non-blank record. Rows the import does not
 * touch keep their bytes (plus empty cells when columns were added). Days are written as ISO
 * text; text that a spreadsheet would run as a formula gets a leading apostrophe, which the
 * store takes off again when it reads the file.
 */
export function csvAfterImport(
  records: readonly CsvRecord[],
  format: CsvFormat,
  table: Pick<GridTable, "header" | "map">,
  writes: ImportWrites,
): { text: string; result: ImportSaveResult } {
  const { positions, added } = importColumnPositions(table.header, table.map, writes);
  const width = Math.max(table.header.length, ...added.map((column) => column.at + 1));
  const changed = new Map(writes.changes.map((change) => [Number(change.ref), change]));
  const pad = (cells: readonly string[]) => {
    const out = [...cells];
    while (out.length < width) out.push("");
    return out;
  };
  const lines = records.map((record, index) => {
    if (index === 0) {
      if (added.length === 0) return record.raw;
      const cells = pad(record.cells);
      for (const { at, header } of added) cells[at] = header;
      return formatRecord(cells, format);
    }
    const change = changed.get(index - 1);
    if (change !== undefined) {
      const cells = pad(record.cells);
      for (const { at, value } of cellsAt(change.cells, positions)) cells[at] = escapeFormula(value);
      return formatRecord(cells, format);
    }
    return added.length === 0
      ? record.raw
      : record.raw + format.delimiter.repeat(Math.max(0, width - record.cells.length));
  });
  if (records.length === 0) {
    lines.push(formatRecord(pad(added.map((column) => column.header)), format));
  }
  const newLines = writes.newRows.map((row) => {
    const cells = pad([]);
    for (const { at, value } of cellsAt(row, positions)) cells[at] = escapeFormula(value);
    return formatRecord(cells, format);
  });
  const after = lastNonBlankRecord(records);
  lines.splice(after + 1, 0, ...newLines);
  // A file Tend starts from nothing ends with a newline, as text files should.
  const finalFormat = records.length === 0 ? { ...format, finalNewline: true } : format;
  return {
    text: joinRecords(lines, finalFormat),
    result: {
      skipped: [],
      addedColumns: added.map((column) => column.header),
      ...(newLines.length > 0 ? { firstNewRow: after + 2 } : {}),
    },
  };
}

/** Index of the last record holding any text; the header (0) when there is none. */
function lastNonBlankRecord(records: readonly CsvRecord[]): number {
  for (let index = records.length - 1; index > 0; index--) {
    if (records[index]?.cells.some((cell) => cell.trim() !== "")) return index;
  }
  return 0;
}
