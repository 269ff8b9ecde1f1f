import type { CsvFile, CsvRecord } from "./csv-file.js";
import { formatRecord } from "./format-record.js";
import { type TextEncoding, textEncoding } from "./text-encoding.js";

/**
 * The file's bytes with some records replaced (by index) and records appended: records not
 * replaced are copied byte for byte; new text is written in the file's encoding, delimiter and the
 * record's own line ending. Throws before producing anything when a character of the new text
 * cannot be written in the file's encoding, so the caller writes nothing.
 */
export function encodeCsvFile(
  file: CsvFile,
  replaced: ReadonlyMap<number, readonly string[]>,
  appended: readonly (readonly string[])[] = [],
): Uint8Array {
  const { records } = file;
  for (const index of replaced.keys()) {
    if (!Number.isInteger(index) || index < 0 || index >= records.length) {
      throw new Error(`Record ${index} is not in this CSV file, which has ${records.length} records.`);
    }
  }
  const encoding = textEncoding(file.encoding);
  const newline = commonEnding(records);
  const lastEnding = records.length > 0 && !file.finalNewline ? "" : newline;
  // Added records quote every cell if the file's last record does, else only where needed.
  const lastQuoted = records.findLast((record) => record.cells.length > 0)?.quoted ?? [];
  const appendedStyle = lastQuoted.every(Boolean) ? lastQuoted : [];
  const chunks: Uint8Array[] = [encoding.bom];
  // New text is encoded a run of records at a time: one encoder call per record costs more than the work.
  let pending = file.sepLine ?? "";
  let previousEnding = /\r$/.test(pending) ? "\r" : "";
  const total = records.length + appended.length;
  for (let index = 0; index < total; index++) {
    const record: CsvRecord | undefined = records[index];
    const isLast = index === total - 1;
    const ending =
      record === undefined ? (isLast ? lastEnding : newline) : record.ending || (isLast ? "" : newline);
    const cells = record === undefined ? appended[index - records.length] : replaced.get(index);
    if (record !== undefined && cells === undefined) {
      if (pending !== "") chunks.push(encoding.encode(pending));
      chunks.push(record.bytes);
      pending = ending;
    } else {
      let text = formatRecord(cells ?? [], file.delimiter, record?.quoted ?? appendedStyle);
      // An empty line would vanish at the end of the file, or join a lone CR before it into one CRLF.
      if (text === "" && (ending === "" || (ending.startsWith("\n") && previousEnding === "\r"))) text = '""';
      refuseUnrepresentable(text, index, encoding);
      pending += text + ending;
    }
    previousEnding = ending;
  }
  if (pending !== "") chunks.push(encoding.encode(pending));
  return Buffer.concat(chunks);
}

function refuseUnrepresentable(text: string, index: number, encoding: TextEncoding): void {
  const char = encoding.unrepresentable(text);
  if (char === undefined) return;
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  throw new Error(
    `Tend cannot save row ${index + 1}: the character "${char}" (U+${code}) cannot be written in this file's ` +
      `${encoding.label} encoding (save the file as "CSV UTF-8" to use it).`,
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
