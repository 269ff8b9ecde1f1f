/**
 * A CSV file as the user's program wrote it: enough to write back every record Tend leaves alone
 * byte for byte, and the records it changes in the same encoding, delimiter and line ending.
 */
export interface CsvFile {
  /** "utf-8", "utf-8-bom", "utf-16le" or "utf-16be" (both with a byte-order mark), "windows-1252". */
  encoding: string;
  /** Excel's `sep=;` first line, with its own line ending, exactly as in the file; not a record. */
  sepLine: string | undefined;
  /** From the `sep=` line, else the one of , ; tab that splits the first record into most cells. */
  delimiter: string;
  /** Header and data records in file order; a blank line is a record with no cells. */
  records: CsvRecord[];
  /** Whether the last record ends with a line break. */
  finalNewline: boolean;
  /** The file as read, and its text without the byte-order mark: records point into both. */
  source: CsvSource;
}

export interface CsvRecord {
  readonly cells: string[];
  /** The record's own line ending as in the file: "\r\n", "\n", "\r" or "" (last record without one). */
  readonly ending: string;
  /** Where the record stands in the file's text, without its ending. */
  readonly start: number;
  readonly end: number;
  /** Indices of the cells the file quoted, ascending, to keep each cell's quoting when the record is rewritten. */
  readonly quotedCells: readonly number[];
  /** Which cells were quoted, one flag a cell (made from `quotedCells` on each use). */
  readonly quoted: boolean[];
  /** This record's exact bytes in the file, without its ending (a view into the input; in UTF-8 it costs a pass over the text before it). */
  readonly bytes: Uint8Array;
}

/**
 * A record's new cells: every cell, or `added` after the record's own cells, unchanged (Tend's
 * new columns on a first run), which spares copying and comparing the cells it keeps.
 */
export type NewCells = readonly string[] | { readonly added: readonly string[] };

export interface CsvSource {
  bytes: Uint8Array;
  text: string;
  bomLength: number;
  /** Bytes per UTF-16 code unit of the text: 2 (UTF-16), 1 (a code page, or UTF-8 that is all ASCII), 0 (varies: UTF-8). */
  unit: number;
}

/** Bytes that text[from, to) takes in the file: fixed per code unit, except in UTF-8 beyond ASCII. */
export function byteLength(source: CsvSource, from: number, to: number): number {
  return source.unit > 0 ? (to - from) * source.unit : Buffer.byteLength(source.text.slice(from, to), "utf8");
}
