import { ByteWriter } from "./byte-writer.js";
import { byteLength, type CsvFile, type CsvRecord, type NewCells } from "./csv-file.js";
import { recordText } from "./record-text.js";
import { type TextEncoding, textEncoding } from "./text-encoding.js";

/**
 * The file's bytes with some records replaced (by index) and records appended: records not
 * replaced are copied byte for byte; new text is written in the file's encoding, delimiter and the
 * record's own line ending. Throws before producing anything when a character of the new text
 * cannot be written in the file's encoding, so the caller writes nothing.
 */
export function encodeCsvFile(
  file: CsvFile,
  replaced: ReadonlyMap<number, NewCells>,
  appended: readonly (readonly string[])[] = [],
): Uint8Array {
  const { records, source } = file;
  for (const index of replaced.keys()) {
    if (!Number.isInteger(index) || index < 0 || index >= records.length) {
      throw new Error(`Record ${index} is not in this CSV file, which has ${records.length} records.`);
    }
  }
  const encoding = textEncoding(file.encoding);
  // Only a record that had no line ending, or an added one, needs the file's usual ending.
  let common: string | undefined;
  const newline = () => (common ??= commonEnding(records));
  // Added records quote every cell if the file's last record does, else only where needed.
  const last = records.findLast((record) => record.cells.length > 0);
  const appendQuoteAll = last !== undefined && quotesAll(last);
  const total = records.length + appended.length;
  const piecesOf = (index: number, ending: string, previousEnding: string): [string, string] => {
    const record: CsvRecord | undefined = records[index];
    const cells = record === undefined ? appended[index - records.length] : replaced.get(index);
    const quoteAll = record === undefined ? appendQuoteAll : quotesAll(record);
    const pieces = recordText(file, record, cells ?? [], quoteAll);
    // An empty line would vanish at the end of the file, or join a lone CR before it into one CRLF.
    const empty = pieces[0] === "" && pieces[1] === "";
    if (empty && (ending === "" || (ending.startsWith("\n") && previousEnding === "\r"))) pieces[1] = '""';
    return pieces;
  };
  const textOf = (index: number) => piecesOf(index, "\n", "").join("");
  const endingOf = (index: number): string => {
    const ending = records[index]?.ending ?? "";
    if (ending !== "") return ending;
    if (index < total - 1) return newline();
    // The last record ends as the file did.
    return index < records.length || (records.length > 0 && !file.finalNewline) ? "" : newline();
  };

  const newIndices = () => [...replaced.keys(), ...Array.from(appended, (_, at) => at + records.length)];

  // Room for a first run's usual growth (Tend's columns about double a file); more is made when needed.
  const out = new ByteWriter(encoding, 2 * source.bytes.length + SLACK);
  out.bytes(encoding.bom);
  // Byte offsets are found walking forward: in UTF-8 beyond ASCII they cost a pass over the text.
  let textAt = 0;
  let byteAt = source.bomLength;
  const byteOffset = (index: number) => {
    byteAt += byteLength(source, textAt, index);
    textAt = index;
    return byteAt;
  };
  // New text is checked and encoded a record at a time, straight into the file's bytes, and the
  // bytes of a run of records Tend leaves alone copied as one.
  const write = (text: string) => {
    if (encoding.unrepresentable(text) !== undefined) refuseUnrepresentable(newIndices(), textOf, encoding);
    out.text(text);
  };
  const sepLine = file.sepLine ?? "";
  write(sepLine);
  let previousEnding = /\r$/.test(sepLine) ? "\r" : "";
  let runStart: number | undefined;
  for (let index = 0; index < total; index++) {
    const record: CsvRecord | undefined = records[index];
    const ending = endingOf(index);
    if (record !== undefined && !replaced.has(index)) {
      runStart ??= record.start;
      const next = records[index + 1];
      if (next === undefined || replaced.has(index + 1)) {
        const from = byteOffset(runStart);
        out.bytes(source.bytes.subarray(from, byteOffset(record.end)));
        runStart = undefined;
        out.ending(ending);
      }
    } else {
      const [own, added] = piecesOf(index, ending, previousEnding);
      write(own);
      write(added);
      out.ending(ending);
    }
    previousEnding = ending;
  }
  return out.result();
}

const SLACK = 1 << 16;

function quotesAll(record: CsvRecord): boolean {
  return record.cells.length > 0 && record.quotedCells.length === record.cells.length;
}

/** Names the first record whose new text the encoding cannot hold. */
function refuseUnrepresentable(
  indices: number[],
  textOf: (index: number) => string,
  encoding: TextEncoding,
): never {
  for (const index of indices.sort((a, b) => a - b)) {
    const char = encoding.unrepresentable(textOf(index));
    if (char === undefined) continue;
    const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    throw new Error(
      `Tend cannot save row ${index + 1}: the character "${char}" (U+${code}) cannot be written in this file's ` +
        `${encoding.label} encoding (save the file as "CSV UTF-8" to use it).`,
    );
  }
  throw new Error(
    `Tend cannot save this file: its new text cannot be written in its ${encoding.label} encoding.`,
  );
}

/** The line ending most records use, for records Tend adds; a file of one line gets CRLF. */
function commonEnding(records: readonly CsvRecord[]): string {
  const counts = new Map<string, number>();
  for (const { ending } of records) if (ending !== "") counts.set(ending, (counts.get(ending) ?? 0) + 1);
  let best = "\r\n";
  let most = 0;
  for (const [ending, count] of counts) {
    if (count > most) {
      best = ending;
      most = count;
    }
  }
  return best;
}
