import type { CsvSource } from "./csv-file.js";
import { RecordReader } from "./read-record.js";

const CANDIDATES = [",", ";", "\t"] as const;

/**
 * Excel's `sep=;` first line (Excel writes it bare; some exporters quote it). It names the
 * delimiter, and spreadsheet programs hide it, so it is not a record.
 */
export function readSepLine(text: string, start: number): { delimiter: string; end: number } | undefined {
  const match = /^"?sep=([^\r\n"])"?(\r\n|\r|\n|$)/i.exec(text.slice(start, start + 12));
  if (match === null) return undefined;
  return { delimiter: match[1] as string, end: start + match[0].length };
}

/** Records looked at: enough to see past a title or a note above the table. */
const SAMPLE_RECORDS = 20;

/**
 * The delimiter of a file: the one that splits the first record it can split into most cells
 * (read quote-aware: a quoted "Last; first" header is one cell), provided most of the records
 * after it split too, so that a title or a note above the table ("Updated weekly, do not sort")
 * does not decide. Without such a record, the first non-blank record decides; a file of one
 * column gets a comma.
 */
export function detectDelimiter(
  source: CsvSource,
  start: number,
  isHeader?: (cells: readonly string[]) => boolean,
): string {
  // A header the caller recognises settles it: the delimiter that reads it earliest.
  if (isHeader !== undefined) {
    let found: { candidate: string; index: number } | undefined;
    for (const candidate of CANDIDATES) {
      const index = headerIndex(source, start, candidate, isHeader);
      if (index !== undefined && (found === undefined || index < found.index)) found = { candidate, index };
    }
    if (found !== undefined) return found.candidate;
  }
  const records = CANDIDATES.map((candidate) => counts(source, start, candidate));
  const length = Math.min(...records.map((list) => list.length));
  for (let index = 0; index < length; index++) {
    let best: number | undefined;
    CANDIDATES.forEach((_, at) => {
      const list = records[at] as number[];
      const cells = list[index] ?? 1;
      if (cells < 2 || !confirmed(list, index)) return;
      if (best === undefined || cells > ((records[best] as number[])[index] ?? 1)) best = at;
    });
    if (best !== undefined) return CANDIDATES[best] as string;
  }
  let first: string = CANDIDATES[0];
  let most = 1;
  CANDIDATES.forEach((candidate, at) => {
    const cells = (records[at] as number[])[0] ?? 1;
    if (cells > most) {
      first = candidate;
      most = cells;
    }
  });
  return first;
}

/** Whether most of the records after `index` split into several cells too (at least one of them). */
function confirmed(cells: readonly number[], index: number): boolean {
  const after = cells.slice(index + 1);
  const split = after.filter((count) => count > 1).length;
  return split > 0 && split * 2 > after.length;
}

/** Which of the first records, read with this delimiter, is a header (`undefined`: none). */
function headerIndex(
  source: CsvSource,
  start: number,
  delimiter: string,
  isHeader: (cells: readonly string[]) => boolean,
): number | undefined {
  const reader = new RecordReader(source, delimiter);
  let at = start;
  for (let read = 0; read < SAMPLE_RECORDS && at < source.text.length; read++) {
    const record = reader.read(at);
    if (record.cells.length > 1 && isHeader(record.cells)) return read;
    const next = record.end + record.ending.length;
    if (next <= at) return undefined;
    at = next;
  }
  return undefined;
}

/** The cell counts of the first non-blank records, read with one delimiter. */
function counts(source: CsvSource, start: number, delimiter: string): number[] {
  const found: number[] = [];
  const reader = new RecordReader(source, delimiter);
  let at = start;
  for (
    let read = 0;
    found.length < SAMPLE_RECORDS && at < source.text.length && read < SAMPLE_RECORDS * 4;
    read++
  ) {
    const record = reader.read(at);
    const blank = record.cells.length <= 1 && (record.cells[0] ?? "") === "";
    if (!blank) found.push(record.cells.length);
    const next = record.end + record.ending.length;
    if (next <= at) break;
    at = next;
  }
  return found;
}
