import { CsvError } from "csv-parse";
import { parse } from "csv-parse/sync";
import { exportFileError } from "./export-file-error.js";

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
// Every known preamble is three lines; the header is looked for in this many lines first.
const HEADER_SEARCH_LINES = 50;
const PARSE_OPTIONS = {
  bom: true,
  relax_column_count: true,
  // LinkedIn does not quote names, so `James "Tyler" Smith` can reach us unquoted.
  relax_quotes: true,
} as const;

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
    try {
      const headerLine = findHeaderLine(source, file, delimiter, isHeader);
      if (headerLine !== undefined) return tableFrom(parseRows(source, file, delimiter, headerLine));
    } catch (error) {
      // LinkedIn writes commas: report what went wrong with those, not with a guessed delimiter.
      if (delimiter === ",") unreadable = error;
    }
  }
  if (unreadable !== undefined) throw unreadable;
  throw exportFileError(file, `found no header line with ${expected}; is this the right file?`);
}

/** `rows[0]` is the header. */
function tableFrom(rows: CsvRow[]): CsvTable {
  const headerRow = rows[0] ?? { cells: [], line: 0 };
  const columns = new Map<string, number>();
  headerRow.cells.forEach((cell, index) => {
    const key = headerKey(cell);
    if (key !== "" && !columns.has(key)) columns.set(key, index);
  });
  return {
    header: headerRow.cells,
    headerLine: headerRow.line,
    rows: rows.slice(1).filter((row) => row.cells.some((cell) => cell.trim() !== "")),
    empty: false,
    column: (key) => columns.get(key),
  };
}

/**
 * The line the header starts on, looked for in the first lines (cheap), else in the whole file.
 * The full parse then starts at the header: csv-parse measures every row against the first
 * one and builds an error object for each row of another length, which with a one-cell
 * `Notes:` line first made a 10,000-row Connections.csv take half a second.
 */
function findHeaderLine(
  source: string,
  file: string,
  delimiter: string,
  isHeader: (keys: ReadonlySet<string>) => boolean,
): number | undefined {
  const prefix = firstLines(source, HEADER_SEARCH_LINES);
  if (prefix.length === source.length)
    return findHeader(parseRows(source, file, delimiter, 1), isHeader)?.line;
  const header =
    findHeader(wholeRecordsOf(prefix, delimiter), isHeader) ??
    findHeader(parseRows(source, file, delimiter, 1), isHeader);
  return header?.line;
}

/**
 * The complete records at the start of a cut-off text. The cut may fall inside a quoted cell
 * (messages often hold line breaks), which csv-parse reports at the end; every record it
 * finished before that is whole.
 */
function wholeRecordsOf(prefix: string, delimiter: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let previousEnd = 0;
  try {
    parse(prefix, {
      ...PARSE_OPTIONS,
      delimiter,
      on_record: (record, context) => {
        rows.push({ cells: record, line: previousEnd + 1 });
        previousEnd = context.lines;
        return record;
      },
    });
  } catch {
    // The unfinished last record: ignored, as said above.
  }
  return rows;
}

function findHeader(rows: readonly CsvRow[], isHeader: (keys: ReadonlySet<string>) => boolean) {
  return rows.find((row) => row.cells.length > 1 && isHeader(new Set(row.cells.map(headerKey))));
}

function firstLines(source: string, count: number): string {
  let end = -1;
  for (let line = 0; line < count; line += 1) {
    end = source.indexOf("\n", end + 1);
    if (end === -1) return source;
  }
  return source.slice(0, end + 1);
}

function parseRows(source: string, file: string, delimiter: string, fromLine: number): CsvRow[] {
  const options = { ...PARSE_OPTIONS, delimiter, from_line: fromLine };
  let records: string[][];
  try {
    records = parse(source, options);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const problem =
      error.code === "CSV_QUOTE_NOT_CLOSED"
        ? "cannot be read as CSV: a quote opened in this row is never closed"
        : `cannot be read as CSV: ${error.message}`;
    throw exportFileError(file, problem, brokenRecordLine(source, options));
  }
  // Every record takes one line plus the line breaks inside its quoted cells (line ends are
  // all LF by now). Counting them here is several times cheaper than csv-parse's per-record
  // info, which matters for a messages.csv of tens of thousands of rows.
  let line = fromLine;
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
