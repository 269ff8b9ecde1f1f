import type { CsvFile, CsvRecord } from "./csv-file.js";
import { detectDelimiter, readSepLine } from "./detect-delimiter.js";
import { detectEncoding } from "./detect-encoding.js";
import { readRecord } from "./read-record.js";
import { textEncoding } from "./text-encoding.js";

/**
 * Reads a CSV file's bytes whatever program wrote them, keeping each record's own bytes and line
 * ending so that {@link encodeCsvFile} can write back the records Tend does not change as they
 * were. Throws an Error with one sentence when the bytes are not a text file Tend can read.
 * `isHeader` tells a header row when the caller knows one (the delimiter is then the one that
 * reads such a row among the first records).
 */
export function decodeCsvFile(bytes: Uint8Array, isHeader?: (cells: readonly string[]) => boolean): CsvFile {
  const encoding = textEncoding(detectEncoding(bytes));
  const text = encoding.decode(bytes.subarray(encoding.bom.length));
  const sep = readSepLine(text, 0);
  const sepLine = sep === undefined ? undefined : text.slice(0, sep.end);
  let at = sep?.end ?? 0;
  const delimiter = sep?.delimiter ?? detectDelimiter(text, at, isHeader);
  let offset = encoding.bom.length + byteLength(text, 0, at, encoding.unit);
  const records: CsvRecord[] = [];
  while (at < text.length) {
    const { cells, quoted, end, ending } = readRecord(text, at, delimiter);
    const size = byteLength(text, at, end, encoding.unit);
    records.push({ cells, quoted, ending, bytes: bytes.subarray(offset, offset + size) });
    offset += size + ending.length * Math.max(encoding.unit, 1);
    at = end + ending.length;
  }
  const finalNewline = records.length > 0 ? records.at(-1)?.ending !== "" : /[\r\n]$/.test(text);
  return { encoding: encoding.name, sepLine, delimiter, records, finalNewline };
}

/** Bytes that text[from, to) takes in the file: fixed per code unit, except in UTF-8. */
function byteLength(text: string, from: number, to: number, unit: number): number {
  return unit > 0 ? (to - from) * unit : Buffer.byteLength(text.slice(from, to), "utf8");
}
