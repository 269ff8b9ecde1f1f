import type { CsvFile, CsvRecord } from "./csv-file.js";
import { NONE } from "./file-record.js";
import { formatRecord } from "./format-record.js";

/**
 * The text of a record Tend writes. A record that keeps every cell it had and only gains cells
 * after them (Tend's new columns, on the first run) keeps its own text for its cells, as the
 * user's program wrote them, and only the new cells are formatted: on a first run that is a
 * fifth of the cells to format. Otherwise every cell is formatted, keeping each one's quoting.
 */
export function recordText(
  file: CsvFile,
  record: CsvRecord | undefined,
  cells: readonly string[],
  quoteAll: boolean,
): string {
  if (record !== undefined && keepsItsCells(file, record, cells)) {
    const own = file.source.text.slice(record.start, record.end);
    if (cells.length === record.cells.length) return own;
    const added = formatRecord(cells.slice(record.cells.length), file.delimiter, NONE, quoteAll);
    return own + file.delimiter + added;
  }
  return formatRecord(cells, file.delimiter, record?.quotedCells ?? NONE, quoteAll);
}

function keepsItsCells(file: CsvFile, record: CsvRecord, cells: readonly string[]): boolean {
  const own = record.cells;
  // A record running to the end of the file may end inside a quote that never closes: cells added after it would join it.
  if (own.length === 0 || cells.length < own.length || record.end >= file.source.text.length) return false;
  for (let index = 0; index < own.length; index++) if (cells[index] !== own[index]) return false;
  return true;
}
