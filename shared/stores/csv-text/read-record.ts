import type { CsvSource } from "./csv-file.js";
import { FileRecord, NONE } from "./file-record.js";

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Reads the records of a text one after another. Hand-written rather than csv-parse: csv-parse
 * takes one record delimiter (or tries a list but reports each record's raw text with a varying
 * part of its ending), does not say which cells were quoted, and with relax_quotes keeps the
 * quotes of `"a""b"c`. The rules are Excel's and Python's: a quote opens a quoted cell only as
 * the cell's first character, `""` inside one is a quote, text after the closing quote is kept as
 * typed, and a line break ends the record only outside quotes ("\r\n", "\n" or a lone "\r").
 */
export class RecordReader {
  // Where the next delimiter, LF and CR are, found with indexOf (native) rather than a character
  // loop: the loop runs in V8's interpreter for much of a single pass over a large file.
  private from = 0;
  private nextDelimiter = -1;
  private nextLf = -1;
  private nextCr = -1;

  constructor(
    private readonly source: CsvSource,
    private readonly delimiter: string,
  ) {}

  /** The record that starts at `start`. */
  read(start: number): FileRecord {
    const { text } = this.source;
    const length = text.length;
    if (start < this.from) this.nextDelimiter = this.nextLf = this.nextCr = -1;
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
        const stop = this.stopAfter(at);
        cells.push(stop === at ? value : value + text.slice(at, stop));
        at = stop;
        if (at >= length || at !== this.nextDelimiter) break;
        at++;
      }
    }
    this.from = at;
    const next = text.charCodeAt(at);
    const ending = next === CR ? (text.charCodeAt(at + 1) === LF ? "\r\n" : "\r") : next === LF ? "\n" : "";
    return new FileRecord(cells, ending, start, at, quoted ?? NONE, this.source);
  }

  /** The first delimiter or line break at or after `at`, or the end of the text. */
  private stopAfter(at: number): number {
    const { text } = this.source;
    if (this.nextDelimiter < at) this.nextDelimiter = found(text.indexOf(this.delimiter, at), text);
    if (this.nextLf < at) this.nextLf = found(text.indexOf("\n", at), text);
    if (this.nextCr < at) this.nextCr = found(text.indexOf("\r", at), text);
    return Math.min(this.nextDelimiter, this.nextLf, this.nextCr);
  }
}

function found(index: number, text: string): number {
  return index < 0 ? text.length : index;
}
