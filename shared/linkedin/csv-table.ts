import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { ExportFileError } from "./export-file-error.js";

/** One data row: its cells as written (nothing trimmed) and the 1-based line it starts on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

export interface CsvTable {
  /** Header cells as written. */
  header: string[];
  /** 1-based line of the header; 0 when the file was empty. */
  headerLine: number;
  rows: CsvRow[];
  /** True when the file held nothing but whitespace. */
  empty: boolean;
  /** Column index of a header key ({@link headerKey}); the first column with that key wins. */
  column(key: string): number | undefined;
}

/**
 * Header text reduced to letters and digits, lower case: `Sent At`, `SENT AT` and `sent_at` all
 * become `sentat`, so headers match whatever the year's capitalisation or a re-save did to them.
 */
export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

// Excel re-saves in some locales use `;`, and "Unicode text" saves use tabs.
const DELIMITERS = [",", ";", "\t"] as const;

/**
 * Reads a CSV export file whose header line is found by its content, never by skipping a fixed
 * number of lines (the Notes preamble comes and goes across years and Excel re-saves).
 * `isHeader` gets the header keys of one record and says whether it is the header.
 * Fully blank rows (`,,,`) are dropped; everything else is returned for the caller to judge.
 */
export function readCsvTable(
  text: string,
  file: string,
  isHeader: (keys: ReadonlySet<string>) => boolean,
  expected: string,
): CsvTable {
  // One line-end convention keeps csv-parse's line count right for files whose header was
  // re-saved with CRLF and whose rows still end in LF; the CSV values do not change meaning.
  const source = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, "\n");
  if (source.trim() === "") return emptyTable();
  let unreadable: unknown;
  for (const delimiter of DELIMITERS) {
    let rows: CsvRow[];
    try {
      rows = parseRows(source, file, delimiter);
    } catch (error) {
      // LinkedIn writes commas: report what went wrong with those, not with a guessed delimiter.
      if (delimiter === ",") unreadable = error;
      continue;
    }
    const headerIndex = findHeader(rows, isHeader);
    if (headerIndex !== undefined) return tableFrom(rows, headerIndex);
  }
  if (unreadable !== undefined) throw unreadable;
  throw new ExportFileError(file, `found no header line with ${expected}; is this the right file?`);
}

function tableFrom(rows: CsvRow[], headerIndex: number): CsvTable {
  const headerRow = rows[headerIndex] ?? { cells: [], line: 0 };
  const columns = new Map<string, number>();
  headerRow.cells.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key !== "" && !columns.has(key)) columns.set(key, index);
  });
  return {
    header: headerRow.cells,
    headerLine: headerRow.line,
    rows: rows.slice(headerIndex + 1).filter((row) => row.cells.some((cell) => cell.trim() !== "")),
    empty: false,
    column: (key) => columns.get(key),
  };
}

function findHeader(rows: readonly CsvRow[], isHeader: (keys: ReadonlySet<string>) => boolean) {
  const index = rows.findIndex((row) => row.cells.length > 1 && isHeader(new Set(row.cells.map(headerKey))));
  return index === -1 ? undefined : index;
}

function parseRows(source: string, file: string, delimiter: string): CsvRow[] {
  const options = {
    delimiter,
    bom: true,
    relax_column_count: true,
    // LinkedIn does not quote names, so `James "Tyler" Smith` can reach us unquoted.
    relax_quotes: true,
  };
  let records: string[][];
  try {
    records = parse(source, options);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const problem =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? "cannot be read as CSV: a quote opened in this row is never closed"
        : `cannot be read as CSV: ${error.message}`;
    throw new ExportFileError(file, problem, brokenRecordLine(source, options));
  }
  // Every record takes one line plus the line breaks inside its quoted cells (line ends are
  // all LF by now). Counting them here is several times cheaper than csv-parse's per-record
  // info, which matters for a messages.csv of tens of thousands of rows.
  let line = 1;
  return records.map((cells) => {
    const row = { cells, line };
    line += 1 + lineBreaksIn(cells);
    return row;
  });
}

function lineBreaksIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) count += 1;
  }
  return count;
}

/**
 * Where the record that broke the parse starts: right after the last record that was read.
 * csv-parse names the line where it gave up, which for an unclosed quote is the end of the file.
 * Only runs for a broken file, so a second parse is fine.
 */
function brokenRecordLine(source: string, options: object): number {
  let lastEnd = 0;
  try {
    parse(source, {
      ...options,
      on_record: (record, context) => {
        lastEnd = context.lines;
        return record;
      },
    });
  } catch {
    // Expected: it fails at the same place as before.
  }
  return lastEnd + 1;
}

function emptyTable(): CsvTable {
  return { header: [], headerLine: 0, rows: [], empty: true, column: () => undefined };
}

/** A cell by header key, `""` when the column or the cell is missing (ragged rows are common). */
export function cellOf(row: CsvRow, index: number | undefined): string {
  return index === undefined ? "" : (row.cells[index] ?? "");
}
