import type { CsvFile, CsvRecord, NewCells } from "./csv-file.js";
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
  cells: NewCells,
  quoteAll: boolean,
): string {
  const added = record === undefined ? undefined : addedCells(file, record, cells);
  if (record !== undefined && added !== undefined) {
    const own = file.source.text.slice(record.start, record.end);
    return added.length === 0 ? own : own + formatRecord(added, file.delimiter, NONE, quoteAll, true);
  }
  const all = "added" in cells ? [...(record?.cells ?? []), ...cells.added] : cells;
  return formatRecord(all, file.delimiter, record?.quotedCells ?? NONE, quoteAll);
}

/** The cells after the record's own, when the record keeps all of its own (so its text can stay); else undefined. */
function addedCells(file: CsvFile, record: CsvRecord, cells: NewCells): readonly string[] | undefined {
  const own = record.cells;
  // A record running to the end of the file may end inside a quote that never closes: cells added after it would join it.
  if (own.length === 0 || record.end >= file.source.text.length) return undefined;
  if ("added" in cells) return cells.added;
  if (cells.length < own.length) return undefined;
  for (let index = 0; index < own.length; index++) if (cells[index] !== own[index]) return undefined;
  return cells.length === own.length ? [] : cells.slice(own.length);
}
