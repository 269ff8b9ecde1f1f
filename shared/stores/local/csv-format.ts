import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

/**
 * How the user's CSV file is written, so that Tend writes it back the same way: delimiter,
 * line ending, BOM, whether every field is quoted, and whether the file ends with a newline.
 */
export interface CsvFormat {
  delimiter: string;
  lineEnding: string;
  bom: boolean;
  quoteAll: boolean;
  finalNewline: boolean;
}

export interface CsvRecord {
  cells: string[];
  /** The record exactly as it stands in the file, without its line ending. */
  raw: string;
}

export function detectFormat(text: string): CsvFormat {
  const bom = text.startsWith("\uFEFF");
  const body = bom ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((delimiter) => ({
    delimiter,
    count: countOutsideQuotes(firstLine, delimiter),
  }));
  const delimiter = counts.reduce((best, next) => (next.count > best.count ? next : best)).delimiter;
  const fields = firstLine.split(delimiter);
  return {
    delimiter: counts.every((c) => c.count === 0) ? "," : delimiter,
    // The header's own line ending: quoted cells further down may hold other line breaks.
    lineEnding: body.charAt(firstLine.length) === "\r" ? "\r\n" : "\n",
    bom,
    quoteAll: fields.length > 0 && fields.every((field) => /^".*"$/.test(field.trim())),
    finalNewline: /\n$/.test(body),
  };
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

export function parseCsv(text: string, format: CsvFormat): CsvRecord[] {
  if (text.replace(/^\uFEFF/, "").trim() === "") return [];
  const records = parse(text, {
    bom: true,
    raw: true,
    delimiter: format.delimiter,
    record_delimiter: format.lineEnding,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as unknown as { record: string[]; raw: string }[];
  // csv-parse leaves part of the line ending on `raw`; the format puts it back on writing.
  return records.map(({ record, raw }) => ({ cells: record, raw: raw.replace(/\r?\n$|\r$/, "") }));
}

export function formatRecord(cells: readonly string[], format: CsvFormat): string {
  return stringify([cells as string[]], {
    delimiter: format.delimiter,
    record_delimiter: format.lineEnding,
    quoted: format.quoteAll,
    quoted_empty: format.quoteAll,
    eof: false,
  });
}

export function joinRecords(lines: readonly string[], format: CsvFormat): string {
  return (
    (format.bom ? "\uFEFF" : "") +
    lines.join(format.lineEnding) +
    (format.finalNewline ? format.lineEnding : "")
  );
}

/**
 * Spreadsheet programs run a cell starting with = + - @ as a formula when they open a CSV;
 * Tend's own cells are written with a leading apostrophe, which they show as plain text.
 */
export function escapeFormula(text: string): string {
  return startsLikeFormula(text, 0) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.charCodeAt(0) === 0x27 && startsLikeFormula(text, 1) ? text.slice(1) : text;
}

/** Whether some text of the file may be a cell {@link unescapeFormula} changes: a quick look before looking at every cell. */
export function mayHoldEscapedFormula(text: string): boolean {
  for (let at = text.indexOf("'"); at >= 0; at = text.indexOf("'", at + 1))
    if (startsLikeFormula(text, at + 1)) return true;
  return false;
}

/** = + - @ tab CR, compared as codes: this runs for every cell of a large file. */
function startsLikeFormula(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  // Letters, most of what Tend writes, come after all of them: one comparison.
  if (code > 0x40) return false;
  switch (code) {
    case 0x3d:
    case 0x2b:
    case 0x2d:
    case 0x40:
    case 0x09:
    case 0x0d:
      return true;
    default:
      return false;
  }
}
