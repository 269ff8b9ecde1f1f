import { byteLength, type CsvRecord, type CsvSource } from "./csv-file.js";

/** The quoted cells of a record with none (most records): one list for them all. */
export const NONE: readonly number[] = Object.freeze([]);

/**
 * A record as read: its cells, where it stands in the text and which cells were quoted, and
 * nothing more, since a 10,000-record file keeps every record alive for the whole run (a byte
 * view and a flag per cell each record cost as much memory, and garbage collection, as its cells).
 */
export class FileRecord implements CsvRecord {
  constructor(
    readonly cells: string[],
    readonly ending: string,
    readonly start: number,
    readonly end: number,
    readonly quotedCells: readonly number[],
    private readonly source: CsvSource,
  ) {}

  get quoted(): boolean[] {
    const flags = this.cells.map(() => false);
    for (const index of this.quotedCells) flags[index] = true;
    return flags;
  }

  get bytes(): Uint8Array {
    const from = this.source.bomLength + byteLength(this.source, 0, this.start);
    return this.source.bytes.subarray(from, from + byteLength(this.source, this.start, this.end));
  }
}
