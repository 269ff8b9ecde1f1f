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
  private nextQuote = -1;

  constructor(
    private readonly source: CsvSource,
    private readonly delimiter: string,
  ) {}

  /** The record that starts at `start`. */
  read(start: number): FileRecord {
    const { text } = this.source;
    const length = text.length;
    if (start < this.from) this.nextDelimiter = this.nextLf = this.nextCr = this.nextQuote = -1;
    let cells: string[] = [];
    let quoted: number[] | undefined;
    let at = start;
    const first = text.charCodeAt(at);
    if (at < length && first !== CR && first !== LF) {
      for (;;) {
        if (text.charCodeAt(at) !== QUOTE) {
          // Cells with no quote in them, up to the record's end or the cell holding the next
          // quote, are split natively: most cells of most files, at a fraction of the cost.
          const lineEnd = this.lineEndAfter(at);
          if (this.nextQuote < at) this.nextQuote = found(text.indexOf('"', at), text);
          if (this.nextQuote >= lineEnd) {
            cells = joined(cells, text.slice(at, lineEnd).split(this.delimiter));
            at = lineEnd;
            break;
          }
          const last = text.lastIndexOf(this.delimiter, this.nextQuote - 1);
          if (last >= at) {
            cells = joined(cells, text.slice(at, last).split(this.delimiter));
            at = last + 1;
          }
        }
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
    return Math.min(this.nextDelimiter, this.lineEndAfter(at));
  }

  /** The first line break at or after `at`, or the end of the text. */
  private lineEndAfter(at: number): number {
    const { text } = this.source;
    if (this.nextLf < at) this.nextLf = found(text.indexOf("\n", at), text);
    if (this.nextCr < at) this.nextCr = found(text.indexOf("\r", at), text);
    return Math.min(this.nextLf, this.nextCr);
  }
}

/** `after` added to `cells`: the list itself when there is nothing before it (a record with no quote). */
function joined(cells: string[], after: string[]): string[] {
  if (cells.length === 0) return after;
  for (let index = 0; index < after.length; index++) cells.push(after[index] as string);
  return cells;
}

function found(index: number, text: string): number {
  return index < 0 ? text.length : index;
}
