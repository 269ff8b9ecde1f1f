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
}

export interface CsvRecord {
  cells: string[];
  /** The record's own line ending as in the file: "\r\n", "\n", "\r" or "" (last record without one). */
  ending: string;
  /** This record's exact bytes in the file, without its ending (a view into the decoded input). */
  bytes: Uint8Array;
  /** Which cells were quoted, to keep each cell's quoting style when the record is rewritten. */
  quoted: boolean[];
}
