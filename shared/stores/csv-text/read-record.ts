import type { CsvSource } from "./csv-file.js";
import { FileRecord, NONE } from "./file-record.js";

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Reads one record from `start`. Hand-written rather than csv-parse: csv-parse takes one record
 * delimiter (or tries a list but reports each record's raw text with a varying part of its
 * ending), does not say which cells were quoted, and with relax_quotes keeps the quotes of
 * `"a""b"c`. The rules are Excel's and Python's: a quote opens a quoted cell only as the cell's
 * first character, `""` inside one is a quote, text after the closing quote is kept as typed,
 * and a line break ends the record only outside quotes ("\r\n", "\n" or a lone "\r").
 */
export function readRecord(source: CsvSource, start: number, delimiter: string): FileRecord {
  const { text } = source;
  const length = text.length;
  const separator = delimiter.charCodeAt(0);
  const cells: string[] = [];
  let quoted: number[] | undefined;
  let at = start;
  const first = text.charCodeAt(at);
  if (at < length && first !== CR && first !== LF) {
    for (;;) {
      let value = "";
      if (text.charCodeAt(at) === QUOTE) {
        at++;
        for (;;) {
          const close = text.indexOf('"', at);
          if (close < 0) {
            value += text.slice(at);
            at = length;
            break;
          }
          value += text.slice(at, close);
          at = close + 1;
          if (text.charCodeAt(at) !== QUOTE) break;
          value += '"';
          at++;
        }
        quoted ??= [];
        quoted.push(cells.length);
      }
      const from = at;
      while (at < length) {
        const code = text.charCodeAt(at);
        if (code === separator || code === CR || code === LF) break;
        at++;
      }
      cells.push(at === from ? value : value + text.slice(from, at));
      if (at >= length || text.charCodeAt(at) !== separator) break;
      at++;
    }
  }
  const next = text.charCodeAt(at);
  const ending = next === CR ? (text.charCodeAt(at + 1) === LF ? "\r\n" : "\r") : next === LF ? "\n" : "";
  return new FileRecord(cells, ending, start, at, quoted ?? NONE, source);
}
