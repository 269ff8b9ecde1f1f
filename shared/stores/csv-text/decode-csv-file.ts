import type { CsvFile, CsvRecord, CsvSource } from "./csv-file.js";
import { detectDelimiter, readSepLine } from "./detect-delimiter.js";
import { detectEncoding } from "./detect-encoding.js";
import { RecordReader } from "./read-record.js";
import { textEncoding } from "./text-encoding.js";

/**
 * Reads a CSV file's bytes whatever program wrote them, keeping where each record stands and its
 * own line ending so that {@link encodeCsvFile} can write back the records Tend does not change
 * as they were. Throws an Error with one sentence when the bytes are not a text file Tend can read.
 * `isHeader` tells a header row when the caller knows one (the delimiter is then the one that
 * reads such a row among the first records).
 */
export function decodeCsvFile(bytes: Uint8Array, isHeader?: (cells: readonly string[]) => boolean): CsvFile {
  const encoding = textEncoding(detectEncoding(bytes));
  const bomLength = encoding.bom.length;
  const text = encoding.decode(bytes.subarray(bomLength));
  // UTF-8 text as long as its bytes is all ASCII: a byte a character, like a code page.
  const unit = encoding.unit === 0 && text.length === bytes.length - bomLength ? 1 : encoding.unit;
  const source: CsvSource = { bytes, text, bomLength, unit };
  const sep = readSepLine(text, 0);
  const sepLine = sep === undefined ? undefined : text.slice(0, sep.end);
  let at = sep?.end ?? 0;
  const delimiter = sep?.delimiter ?? detectDelimiter(source, at, isHeader);
  const records: CsvRecord[] = [];
  const reader = new RecordReader(source, delimiter);
  while (at < text.length) {
    const record = reader.read(at);
    records.push(record);
    at = record.end + record.ending.length;
  }
  const finalNewline = records.length > 0 ? records.at(-1)?.ending !== "" : /[\r\n]$/.test(text);
  return { encoding: encoding.name, sepLine, delimiter, records, finalNewline, source };
}
