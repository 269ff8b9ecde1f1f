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
  return Buffer.concat(encodeCsvPieces(file, replaced, appended));
}

/** {@link encodeCsvFile}'s bytes in the pieces they are made of, for a writer that writes them one after another. */
export function encodeCsvPieces(
  file: CsvFile,
  replaced: ReadonlyMap<number, NewCells>,
  appended: readonly (readonly string[])[] = [],
): Uint8Array[] {
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
  const textOf = (index: number, ending: string, previousEnding: string): string => {
    const record: CsvRecord | undefined = records[index];
    const cells = record === undefined ? appended[index - records.length] : replaced.get(index);
    const quoteAll = record === undefined ? appendQuoteAll : quotesAll(record);
    const text = recordText(file, record, cells ?? [], quoteAll);
    // An empty line would vanish at the end of the file, or join a lone CR before it into one CRLF.
    if (text === "" && (ending === "" || (ending.startsWith("\n") && previousEnding === "\r"))) return '""';
    return text;
  };
  const endingOf = (index: number): string => {
    const ending = records[index]?.ending ?? "";
    if (ending !== "") return ending;
    if (index < total - 1) return newline();
    // The last record ends as the file did.
    return index < records.length || (records.length > 0 && !file.finalNewline) ? "" : newline();
  };

  const newIndices = () => [...replaced.keys(), ...Array.from(appended, (_, at) => at + records.length)];

  const chunks: Uint8Array[] = [encoding.bom];
  // Byte offsets are found walking forward: in UTF-8 beyond ASCII they cost a pass over the text.
  let textAt = 0;
  let byteAt = source.bomLength;
  const byteOffset = (index: number) => {
    byteAt += byteLength(source, textAt, index);
    textAt = index;
    return byteAt;
  };
  // New text is encoded a run of records at a time, and the bytes of a run of records Tend leaves
  // alone copied as one: one call a record costs more than the work.
  let pending = file.sepLine ?? "";
  const flush = () => {
    if (pending === "") return;
    if (encoding.unrepresentable(pending) !== undefined)
      refuseUnrepresentable(newIndices(), textOf, encoding);
    chunks.push(encoding.encode(pending));
    pending = "";
  };
  let previousEnding = /\r$/.test(pending) ? "\r" : "";
  let runStart: number | undefined;
  for (let index = 0; index < total; index++) {
    const record: CsvRecord | undefined = records[index];
    const ending = endingOf(index);
    if (record !== undefined && !replaced.has(index)) {
      if (runStart === undefined) {
        flush();
        runStart = record.start;
      }
      const next = records[index + 1];
      if (next === undefined || replaced.has(index + 1)) {
        const from = byteOffset(runStart);
        chunks.push(source.bytes.subarray(from, byteOffset(record.end)));
        runStart = undefined;
        pending = ending;
      }
    } else {
      pending += textOf(index, ending, previousEnding) + ending;
      if (pending.length > CHUNK) flush();
    }
    previousEnding = ending;
  }
  flush();
  return chunks.filter((chunk) => chunk.length > 0);
}

/**
 * Characters of new text encoded at a time: few encoder calls, and the records' texts are gone
 * before the garbage collector would have to move them (all of a large file's at once took
 * longer to flatten and encode than its records took to write).
 */
const CHUNK = 1 << 16;

function quotesAll(record: CsvRecord): boolean {
  return record.cells.length > 0 && record.quotedCells.length === record.cells.length;
}

/** Names the first record whose new text the encoding cannot hold. */
function refuseUnrepresentable(
  indices: number[],
  textOf: (index: number, ending: string, previousEnding: string) => string,
  encoding: TextEncoding,
): never {
  for (const index of indices.sort((a, b) => a - b)) {
    const char = encoding.unrepresentable(textOf(index, "\n", ""));
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
